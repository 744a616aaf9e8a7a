import type { Cell, CellType } from "./sample-record.ts";

/** How one partner's office software writes a CSV file. */
export interface CsvDialect {
  kind: "csv";
  name: string;
  delimiter: string;
  encoding: "windows-1252" | "utf-8";
  bom: boolean;
  lineEnding: string;
  date(iso: string): string;
  boolean(value: boolean): string;
}

export interface JsonDialect {
  kind: "json";
  name: "json";
}

export type Dialect = CsvDialect | JsonDialect;

const dutchDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

/** Dutch Excel, "CSV (gescheiden door lijstscheidingsteken)": `;`, Windows-1252, dd-mm-jjjj, CRLF. */
export const excelCp1252: CsvDialect = {
  kind: "csv",
  name: "excel-cp1252",
  delimiter: ";",
  encoding: "windows-1252",
  bom: false,
  lineEnding: "\r\n",
  date: dutchDate,
  boolean: (value) => (value ? "ja" : "nee"),
};

/** Dutch Excel, "CSV UTF-8": the same but UTF-8 with a byte order mark. */
export const excelUtf8: CsvDialect = {
  ...excelCp1252,
  name: "excel-utf8",
  encoding: "utf-8",
  bom: true,
};

/** What a case system or a script writes: `,`, UTF-8, ISO dates, true/false, LF. */
export const plainCsv: CsvDialect = {
  kind: "csv",
  name: "csv",
  delimiter: ",",
  encoding: "utf-8",
  bom: false,
  lineEnding: "\n",
  date: (iso) => iso,
  boolean: (value) => (value ? "true" : "false"),
};

export const json: JsonDialect = { kind: "json", name: "json" };

/** One cell as the dialect spells it, quoted where the value needs it. */
export function formatCsvCell(cell: Cell, type: CellType, dialect: CsvDialect): string {
  if (cell === null) return "";
  let text: string;
  if (typeof cell === "boolean") text = dialect.boolean(cell);
  else if (typeof cell === "number") text = String(cell);
  else if (typeof cell === "string") text = type === "date" ? dialect.date(cell) : cell;
  else text = cell.join("|");
  const needsQuotes =
    text.includes(dialect.delimiter) ||
    text.includes('"') ||
    text.includes("\n") ||
    text.includes("\r");
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}
