import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "./database.ts";
import { hidePassword } from "./hide-password.ts";
import { maskDatabaseUrl } from "./mask-database-url.ts";
import { migrateToLatest } from "./migrate-to-latest.ts";
import type { Store } from "./store.ts";
import { StoreUnavailableError } from "./store-unavailable-error.ts";
import { withPostgresTransaction } from "./with-postgres-transaction.ts";

const DATE_OID = 1082;

// Dates stay the `YYYY-MM-DD` text they are: a JS Date would shift them by the local time zone.
// Per pool, not pg.types.setTypeParser, so no other user of pg in the process is affected.
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === DATE_OID && format !== "binary"
      ? (value: string) => value
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig["getTypeParser"],
};

/**
 * Opens the event store on a PostgreSQL server and migrates it when it is behind (a role that may
 * only read or append opens an up-to-date store without migrating). The password is never printed.
 */
export async function openPostgresStore(databaseUrl: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: databaseUrl, types });
  // An idle client that loses its connection must not crash the process; the next query reports it.
  pool.on("error", () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    // The original error is not kept as a cause: some (URL parse errors) carry the whole URL,
    // password included, and a printed cause would show it.
    throw new StoreUnavailableError(
      `Kan de database ${maskDatabaseUrl(databaseUrl)} niet openen (cannot open database): ` +
        hidePassword(reasonOf(error), databaseUrl),
      error instanceof StoreUnavailableError ? error.exitCode : 1,
    );
  }
  return {
    db,
    engine: "postgres",
    withTransaction: (fn) => withPostgresTransaction(pool, fn),
    close: () => db.destroy(),
  };
}

function reasonOf(error: unknown): string {
  const reason = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return reason instanceof Error ? reason.message : String(reason);
}
