import type { ColumnType, GeneratedAlways } from "kysely";

/** Written once, never updated: the store is append-only, so no column is updateable. */
type Fixed<T> = ColumnType<T, T, never>;
/** Filled in by the database when left out, never updated. */
type Defaulted<T> = ColumnType<T, T | undefined, never>;

/**
 * One row per event. `position` is the global order (a bigint, read as a string);
 * `occurred_at` is a date read as `YYYY-MM-DD`; `recorded_at` is the transaction time.
 */
export interface EventsTable {
  position: GeneratedAlways<string>;
  event_id: Fixed<string>;
  type: Fixed<string>;
  organisatie: Fixed<string>;
  soort: Fixed<string>;
  periode: Fixed<string>;
  record_id: Fixed<string>;
  occurred_at: Fixed<string>;
  recorded_at: Defaulted<Date>;
  /** xid8 of the appending transaction, read as a string. */
  transaction_id: Defaulted<string>;
  delivery_id: Fixed<string>;
  file_name: Fixed<string>;
  sha256: Fixed<string>;
  line: Fixed<number | null>;
  supersedes: Fixed<string | null>;
  content_hash: Fixed<string | null>;
  payload: ColumnType<unknown, string | null, never>;
}

/** One row per accepted delivery (file), with the counts of what it changed. */
export interface DeliveriesTable {
  delivery_id: Fixed<string>;
  file_name: Fixed<string>;
  sha256: Fixed<string>;
  organisatie: Fixed<string>;
  soort: Fixed<string>;
  periode: Fixed<string>;
  peildatum: Fixed<string | null>;
  format: Fixed<string>;
  record_count: Fixed<number>;
  added: Fixed<number>;
  corrected: Fixed<number>;
  withdrawn: Fixed<number>;
  unchanged: Fixed<number>;
  warnings: Fixed<number>;
  received_at: Defaulted<Date>;
  /** xid8 of the recording transaction, read as a string. */
  transaction_id: Defaulted<string>;
}

export interface Database {
  events: EventsTable;
  deliveries: DeliveriesTable;
}
