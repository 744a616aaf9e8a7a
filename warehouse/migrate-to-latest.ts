import {
  type Kysely,
  type Migration,
  type MigrationProvider,
  type MigrationResultSet,
  Migrator,
  sql,
} from "kysely";
import type { Database } from "./database.ts";
import * as createDeliveries from "./migrations/2026_11_28_create_deliveries.ts";
import * as createEvents from "./migrations/2026_11_28_create_events.ts";
import * as guardAppendOnly from "./migrations/2026_11_28_guard_append_only.ts";
import * as addTransactionIdsForSync from "./migrations/2026_11_29_add_transaction_ids_for_sync.ts";
import * as createLeastPrivilegeRoles from "./migrations/2026_11_29_create_least_privilege_roles.ts";
import { SchemaOutOfDateError } from "./schema-out-of-date-error.ts";

// Listed by hand rather than read from the folder: works the same under tsx, vitest and a bundle.
const MIGRATIONS: Record<string, Migration> = {
  "2026_11_28_create_deliveries": createDeliveries,
  "2026_11_28_create_events": createEvents,
  "2026_11_28_guard_append_only": guardAppendOnly,
  "2026_11_29_add_transaction_ids_for_sync": addTransactionIdsForSync,
  "2026_11_29_create_least_privilege_roles": createLeastPrivilegeRoles,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

const INSUFFICIENT_PRIVILEGE = "42501";

/**
 * Brings the schema up to date and returns the names of the migrations it ran. When it already is
 * up to date it only reads, so a role that may only read or append can open the store. Throws
 * SchemaOutOfDateError when migrations are due and this role may not run them, else an Error on
 * the first failure.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const run = async (): Promise<MigrationResultSet> => {
    const due = (await migrator.getMigrations()).filter((m) => m.executedAt === undefined);
    return due.length === 0 ? { results: [] } : migrator.migrateToLatest();
  };
  // A role that may not read Kysely's tables fails already in getMigrations: the same case.
  const { error, results = [] } = await run().catch(
    (caught: unknown): MigrationResultSet => ({ error: caught }),
  );
  if (error === undefined) return results.map((result) => result.migrationName);
  if (hasCode(error, INSUFFICIENT_PRIVILEGE)) {
    // The migrations ran in one transaction (PostgreSQL has transactional DDL): nothing is half done.
    const { rows } = await sql<{ role: string }>`SELECT current_user AS role`.execute(db);
    throw new SchemaOutOfDateError(rows[0]?.role ?? "?");
  }
  const failed = results.find((result) => result.status === "Error")?.migrationName;
  throw new Error(`Migratie ${failed ?? "?"} is mislukt (migration failed)`, { cause: error });
}

/** The names of the migrations this database has run, in order. Reads only. */
export async function appliedMigrations(db: Kysely<Database>): Promise<string[]> {
  const migrations = await new Migrator({ db, provider }).getMigrations();
  return migrations.flatMap((m) => (m.executedAt === undefined ? [] : [m.name]));
}

function hasCode(error: unknown, code: string): boolean {
  for (let e = error; e instanceof Error; e = e.cause) {
    if ((e as { code?: unknown }).code === code) return true;
  }
  return false;
}
