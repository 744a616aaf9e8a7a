import type { Kysely } from "kysely";
import type { Database } from "./database.ts";

/** One transaction on one connection. */
export interface Session {
  /** Bound to this transaction: every query through it is part of it. */
  db: Kysely<Database>;
  /** Bulk-loads rows with COPY … (FORMAT text); null is SQL NULL, "" is an empty string. */
  copyRows(
    table: string,
    columns: readonly string[],
    rows: Iterable<readonly (string | null)[]>,
  ): Promise<void>;
  /**
   * The rows of a SELECT as COPY … (FORMAT csv) output, in chunks; read it to the end before the
   * next statement of this session.
   */
  copyOut(query: string): AsyncIterable<Uint8Array>;
}

/** The event store: a PostgreSQL server or the embedded PGlite, migrated to the latest schema. */
export interface Store {
  db: Kysely<Database>;
  engine: "postgres" | "pglite";
  /**
   * Runs fn in one transaction: committed when fn resolves, rolled back when it throws.
   * Inside fn use session.db only: on PGlite store.db waits for the transaction to end.
   */
  withTransaction<T>(fn: (session: Session) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Either a whole store's db or one session: readers accept both. */
export type Queryable = Kysely<Database> | Session;

/** The Kysely instance to query through, for a db or a session. */
export function dbOf(source: Queryable): Kysely<Database> {
  return "copyRows" in source ? source.db : source;
}
