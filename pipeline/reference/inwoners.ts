/** Inhabitants on 1 January 2024 (CBS), export-formats.md §3: rates are per 10,000 inhabitants. */
export const inwoners: Readonly<Record<string, number>> = {
  GM0034: 226_630,
  GM0995: 84_091,
  GM0171: 50_050,
  GM0303: 44_337,
  GM0050: 23_883,
  GM0184: 21_929,
  PV24: 450_920,
};
