import type { z } from "zod";
import type { Organisation } from "../organisations.ts";
import type { Period } from "../period.ts";

/** A cell as read: CSV cells are strings; JSON values may be scalars or flat arrays of scalars. */
export type RawValue =
  | string
  | number
  | boolean
  | null
  | readonly (string | number | boolean | null)[];

/** One row as read, keyed by normalised column name (lower case, `_` for spaces and hyphens, diacritics folded). */
export type RawRow = Readonly<Record<string, RawValue>>;

/** A normalised record value as stored in an event payload. */
export type PayloadValue = string | number | boolean | null | string[] | Record<string, number>;
export type Payload = Record<string, PayloadValue>;

/** What a row schema may depend on besides the row itself. */
export interface RowContext {
  organisatie: Organisation;
  periode: Period;
  /** The CSV delimiter (`;`, `,` or tab); undefined for JSON. Decides thousands dots and list separators. */
  delimiter: string | undefined;
}

export type DeliveryMode = "period" | "snapshot";

/**
 * Everything the product knows about one export kind. Adding a kind is one file that exports
 * one of these, plus one line in the registry.
 */
export interface KindSpec {
  soort: string;
  mode: DeliveryMode;
  /** Dutch one-line description. */
  title: string;
  /** Every known column, in the order of export-formats.md. */
  columns: readonly string[];
  /** The columns that must be present in the header (values may still be optional per row). */
  required: readonly string[];
  /** The columns whose values together identify a record within a delivery. */
  keyColumns: readonly string[];
  /** The column holding the reference date (`peildatum` for snapshot kinds). */
  referenceColumn: string;
  /** `inside`: the reference date falls inside the period; `not-after-end`: on or before its last day. */
  referenceRule: "inside" | "not-after-end";
  /**
   * The zod schema of one row: input a RawRow, output the normalised Payload (all known columns,
   * absent optional ones as null). Issues use the column name as path[0].
   */
  schema(context: RowContext): z.ZodType<Payload, RawRow>;
}
