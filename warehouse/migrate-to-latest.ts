import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import type { Database } from "./database.ts";
import * as createDeliveries from "./migrations/2026_11_28_create_deliveries.ts";
import * as createEvents from "./migrations/2026_11_28_create_events.ts";
import * as guardAppendOnly from "./migrations/2026_11_28_guard_append_only.ts";
import * as addTransactionIdsForSync from "./migrations/2026_11_29_add_transaction_ids_for_sync.ts";

// Listed by hand rather than read from the folder: works the same under tsx, vitest and a bundle.
const MIGRATIONS: Record<string, Migration> = {
  "2026_11_28_create_deliveries": createDeliveries,
  "2026_11_28_create_events": createEvents,
  "2026_11_28_guard_append_only": guardAppendOnly,
  "2026_11_29_add_transaction_ids_for_sync": addTransactionIdsForSync,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Brings the schema up to date; a no-op when it already is. Throws on the first failure. */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((result) => result.status === "Error")?.migrationName;
    throw new Error(`Migratie ${failed ?? "?"} is mislukt (migration failed)`, { cause: error });
  }
}
