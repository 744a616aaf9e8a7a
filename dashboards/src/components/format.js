// Numbers and dates as Dutch readers write them: 1.234,5 and dd-mm-jjjj.
const getal = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });
const procent = new Intl.NumberFormat("nl-NL", { style: "percent", maximumFractionDigits: 0 });

/** 1234.5 → "1.234,5"; empty for a missing value. */
export function formatGetal(value) {
  return value == null || Number.isNaN(value) ? "" : getal.format(value);
}

/** 0.834 → "83%"; empty for a missing value. */
export function formatProcent(value) {
  return value == null || Number.isNaN(value) ? "" : procent.format(value);
}

/** "2026-11-28" or an ISO instant → "28-11-2026" (the calendar day in the Netherlands). */
export function formatDatum(value) {
  if (!value) return "";
  const text = String(value);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(text)
    ? new Date(`${text}T12:00:00Z`)
    : new Date(text.replace(" ", "T"));
  const [d, m, y] = date
    .toLocaleDateString("nl-NL", {
      timeZone: "Europe/Amsterdam",
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
    })
    .split("-");
  return `${d}-${m}-${y}`;
}

/** Whole days from an ISO instant's date to a jjjj-mm-dd date. */
export function dagenTot(instant, datum) {
  const from = Date.parse(`${String(instant).slice(0, 10)}T00:00:00Z`);
  return Math.round((Date.parse(`${datum}T00:00:00Z`) - from) / 86_400_000);
}

/** "2025-Q3" → "3e kwartaal 2025"; a year stays a year. */
export function formatPeriode(periode) {
  const match = /^(\d{4})-Q([1-4])$/.exec(String(periode));
  return match ? `${match[2]}e kwartaal ${match[1]}` : String(periode);
}

/** A code as words: "niet_voldaan" → "niet voldaan". */
export function leesbaar(code) {
  return String(code ?? "").replaceAll("_", " ");
}
