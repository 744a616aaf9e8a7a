import type { Issue } from "../issue.ts";
import type { RawRow } from "../kinds/kind-spec.ts";

/** Who delivered what for when, as raw strings found in the file name or the JSON object. */
export interface DeliveryIdentity {
  organisatie?: string;
  soort?: string;
  periode?: string;
  peildatum?: string;
}

/** One row as read. CSV: `line` is the physical line where the row starts (header = 1). JSON: `record` is 1-based. */
export interface ReadRow {
  line?: number;
  record?: number;
  cells: RawRow;
  /** What reading this row found wrong (CSV: too many fields, a field too long, a value without a column name), reported before the row's own checks. Only from openDelivery. */
  issues?: readonly Issue[];
}

/** A delivery file read into rows, before any kind-specific validation. */
export interface ReadResult {
  format: "csv" | "json";
  encoding?: "utf-8" | "windows-1252";
  delimiter?: string;
  identity: DeliveryIdentity;
  /** Normalised column names, in header order (CSV) or order of first appearance (JSON). */
  columns: string[];
  rows: ReadRow[];
  issues: Issue[];
}

/**
 * A delivery file opened up to its rows: the rows are read as they are iterated (a CSV file's;
 * JSON is read whole), each with the problems found reading it, and can be iterated again.
 * `issues` are the file's own problems (encoding, syntax, header).
 */
export interface OpenedDelivery extends Omit<ReadResult, "rows"> {
  rows: Iterable<ReadRow>;
  /** The rows to expect, at most (a CSV file's blank lines are counted, then skipped). */
  rowCount: number;
}
