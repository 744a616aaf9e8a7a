import { stringify } from "csv-stringify/sync";

/** A cell as the package reads it from the warehouse (dates and times already as ISO text). */
export type CsvValue = string | number | boolean | null | readonly string[];

/** How a column's values are written: numbers with a decimal comma, dates as dd-mm-jjjj. */
export type CsvKind = "text" | "number" | "boolean" | "date" | "timestamp" | "list";

const dutchDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

function cell(value: CsvValue, kind: CsvKind): string {
  if (value === null) return "";
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "boolean") return value ? "ja" : "nee";
  if (typeof value === "number") return String(value).replace(".", ",");
  const text = String(value);
  if (kind === "date") return dutchDate(text);
  // Times stay in UTC, as in the other formats, but in a form Dutch Excel reads as a date and time.
  if (kind === "timestamp") return `${dutchDate(text)} ${text.slice(11, 19)}`;
  return text;
}

/**
 * A CSV that Dutch Excel opens correctly: UTF-8 with a byte-order mark, `;` between fields, CRLF
 * line ends, decimal commas, dates as dd-mm-jjjj, ja/nee for booleans, empty for unknown.
 */
export function toDutchCsv(
  columns: readonly { name: string; kind: CsvKind }[],
  rows: readonly Record<string, CsvValue>[],
): string {
  const records = rows.map((row) => columns.map((c) => cell(row[c.name] ?? null, c.kind)));
  const body = stringify([columns.map((c) => c.name), ...records], {
    delimiter: ";",
    record_delimiter: "\r\n",
  });
  return `\uFEFF${body}`;
}
