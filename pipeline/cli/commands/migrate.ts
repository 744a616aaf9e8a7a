import { resolve } from "node:path";
import type { Command } from "commander";
import { maskDatabaseUrl } from "../../../warehouse/mask-database-url.ts";
import { appliedMigrations } from "../../../warehouse/migrate-to-latest.ts";
import { openStore } from "../../../warehouse/open-store.ts";
import { readConfig } from "../../config.ts";

/**
 * `migrate`: brings the schema and the roles' grants up to date, with DATABASE_URL (the owner).
 * Every command that opens the store does the same when it may; this one says so, for the run
 * after an upgrade before the roles that may only append or read take over.
 */
export function registerMigrate(program: Command): void {
  program
    .command("migrate")
    .description(
      "het schema en de rechten van normmonitor_append en normmonitor_read bijwerken (met de URL van de eigenaar)",
    )
    .action(async () => {
      const config = readConfig();
      const store = await openStore(config);
      try {
        // Opening migrated whatever was due, or failed saying why.
        const applied = await appliedMigrations(store.db);
        const where = config.databaseUrl
          ? maskDatabaseUrl(config.databaseUrl)
          : resolve(config.home, "pgdata");
        process.stdout.write(
          `Het schema van ${where} is bij: ${applied.length} migraties, de laatste ${applied.at(-1)}.\n` +
            "Rollen: normmonitor_append (ingest) en normmonitor_read (de andere stappen); " +
            "een wachtwoord geeft de beheerder met ALTER ROLE … PASSWORD.\n",
        );
      } finally {
        await store.close();
      }
    });
}
