// Types for the tests, which import the component from TypeScript.
export type CsvColumn = readonly [key: string, heading: string, ...rest: unknown[]];
export function csvTekst(
  rows: readonly Record<string, unknown>[],
  columns: readonly CsvColumn[],
): string;
export function csvDownload(
  rows: readonly Record<string, unknown>[],
  columns: readonly CsvColumn[],
  bestand: string,
): HTMLAnchorElement;
