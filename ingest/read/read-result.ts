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
