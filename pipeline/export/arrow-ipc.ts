import {
  Bool,
  type DataType,
  DateDay,
  Field,
  Float64,
  Int32,
  List,
  Table,
  TimestampMillisecond,
  tableToIPC,
  Utf8,
  vectorFromArray,
} from "apache-arrow";
import type { CsvValue } from "./dutch-csv.ts";
import type { EobColumn } from "./eob-column.ts";

function arrowType(column: EobColumn): DataType {
  switch (column.kind) {
    case "number":
      return column.duckdbType === "INTEGER" ? new Int32() : new Float64();
    case "boolean":
      return new Bool();
    case "date":
      return new DateDay();
    case "timestamp":
      return new TimestampMillisecond("UTC");
    case "list":
      return new List(new Field("item", new Utf8(), true));
    default:
      return new Utf8();
  }
}

function arrowValue(value: CsvValue, column: EobColumn): unknown {
  if (value === null) return null;
  if (column.kind === "date") return new Date(`${value}T00:00:00Z`);
  if (column.kind === "timestamp") return Date.parse(String(value));
  return value;
}

/** An Arrow IPC file (the random-access "file" format) with the columns in the given order. */
export function toArrowIpc(
  columns: readonly EobColumn[],
  rows: readonly Record<string, CsvValue>[],
): Uint8Array {
  const vectors = Object.fromEntries(
    columns.map((column) => [
      column.name,
      vectorFromArray(
        rows.map((row) => arrowValue(row[column.name] ?? null, column)),
        arrowType(column),
      ),
    ]),
  );
  return tableToIPC(new Table(vectors), "file");
}
