/** The six gemeenten weighted by population (CBS, 1 January 2024), to place district records. */
export const gemeenteWeights: readonly (readonly [string, number])[] = [
  ["GM0034", 226_630],
  ["GM0995", 84_091],
  ["GM0171", 50_050],
  ["GM0303", 44_337],
  ["GM0050", 23_883],
  ["GM0184", 21_929],
];
