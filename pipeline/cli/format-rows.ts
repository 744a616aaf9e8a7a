import { stringify } from "csv-stringify/sync";

export type Row = Record<string, string | number | boolean | null>;
export type Format = "table" | "csv" | "json";

const cell = (value: Row[string]) =>
  value === null
    ? ""
    : typeof value === "number"
      ? value.toLocaleString("nl-NL", { maximumFractionDigits: 3 })
      : String(value);

/** Rows as an aligned text table (numbers as 1.234,5), CSV (RFC 4180, comma) or JSON. */
export function formatRows(
  rows: readonly Row[],
  columns: readonly string[],
  format: Format,
): string {
  if (format === "json") return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === "csv")
    return stringify(
      rows.map((row) => columns.map((c) => row[c] ?? null)),
      { header: true, columns: [...columns] },
    );
  const widths = columns.map((c) =>
    Math.max(c.length, ...rows.map((row) => cell(row[c] ?? null).length)),
  );
  const line = (values: string[]) =>
    values
      .map((v, i) => v.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return `${[line([...columns]), ...rows.map((row) => line(columns.map((c) => cell(row[c] ?? null))))].join("\n")}\n`;
}
