import type { Organisation } from "../organisations.ts";
import type { Period } from "../period.ts";
import type { Random } from "./random-source.ts";

/** How a column's values are written; the dialect decides the exact spelling. */
export type CellType = "text" | "date" | "boolean" | "count" | "list";

export interface SampleColumn {
  name: string;
  type: CellType;
}

/** A value as generated: dates as ISO strings, lists as arrays, null for an empty cell. */
export type Cell = string | number | boolean | null | readonly string[];

export type SampleRecord = Readonly<Record<string, Cell>>;

/** What one delivery's records depend on. Everything is derived from the seed, never from the clock. */
export interface SampleContext {
  seed: number;
  scale: number;
  /** The generation date (jjjj-mm-dd): nothing is dated after it. */
  today: string;
  organisatie: Organisation;
  periode: Period;
  /** For snapshot kinds: the date of the snapshot. */
  peildatum?: string;
}

/** One export kind's sample records: its columns, its key and how its rows are made. */
export interface SampleKind {
  soort: string;
  columns: readonly SampleColumn[];
  keyColumn: string;
  records(context: SampleContext): Iterable<SampleRecord>;
  /** The record as a partner would correct it in a re-delivery. */
  correct(record: SampleRecord, random: Random): SampleRecord;
}
