import type { CsvKind } from "./dutch-csv.ts";

/** A column of a package table: its name, DuckDB type and how the formats write it. */
export interface EobColumn {
  name: string;
  duckdbType: string;
  kind: CsvKind;
}

const kinds: Readonly<Record<string, CsvKind>> = {
  VARCHAR: "text",
  INTEGER: "number",
  BIGINT: "number",
  DOUBLE: "number",
  BOOLEAN: "boolean",
  DATE: "date",
  "TIMESTAMP WITH TIME ZONE": "timestamp",
  "VARCHAR[]": "list",
};

/** The column with its kind; a type the package does not know is a bug in a model, not input. */
export function eobColumn(name: string, duckdbType: string): EobColumn {
  const kind = kinds[duckdbType];
  if (!kind)
    throw new Error(`column ${name} has type ${duckdbType}, which the EOB package cannot write`);
  return { name, duckdbType, kind };
}

const typeNamen: Readonly<Record<CsvKind, string>> = {
  text: "tekst",
  number: "getal",
  boolean: "ja/nee",
  date: "datum",
  timestamp: "tijdstip (UTC)",
  list: "lijst van tekst",
};

/** The type in Dutch for the data dictionary, with the exact type of the Parquet file. */
export function typeOmschrijving(column: EobColumn): string {
  const exact =
    column.duckdbType === "DOUBLE" ? "decimaal" : column.kind === "number" ? "geheel" : "";
  return exact
    ? `${typeNamen[column.kind]} (${exact}, ${column.duckdbType})`
    : `${typeNamen[column.kind]} (${column.duckdbType})`;
}

/**
 * The expression that reads a column for the Arrow and CSV writers: dates and times as ISO text
 * (times in UTC to the millisecond), so that neither the session's time zone nor a driver's
 * representation can change the bytes.
 */
export function readExpression(column: EobColumn): string {
  const name = `"${column.name}"`;
  if (column.kind === "date") return `CAST(${name} AS VARCHAR) AS ${name}`;
  if (column.kind === "timestamp")
    return `strftime(timezone('UTC', ${name}), '%Y-%m-%dT%H:%M:%S.%gZ') AS ${name}`;
  if (column.duckdbType === "BIGINT") return `CAST(${name} AS DOUBLE) AS ${name}`;
  return name;
}
