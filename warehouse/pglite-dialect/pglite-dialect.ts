import type { PGlite } from "@electric-sql/pglite";
import {
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryCompiler,
} from "kysely";
import { PGliteDriver } from "./pglite-driver.ts";

/**
 * A Kysely dialect for an embedded PGlite database: PostgreSQL SQL over one connection.
 * `beforeAcquire` may throw to refuse a lease (e.g. one that would wait for itself forever).
 */
export class PGliteDialect implements Dialect {
  readonly #pglite: PGlite;
  readonly #beforeAcquire: () => void;

  constructor(pglite: PGlite, beforeAcquire: () => void = () => {}) {
    this.#pglite = pglite;
    this.#beforeAcquire = beforeAcquire;
  }

  createDriver(): Driver {
    return new PGliteDriver(this.#pglite, this.#beforeAcquire);
  }

  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return new PostgresAdapter();
  }

  // biome-ignore lint/suspicious/noExplicitAny: the Dialect interface itself takes Kysely<any>.
  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }
}
