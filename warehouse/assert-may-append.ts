import { sql } from "kysely";
import type { Store } from "./store.ts";
import { StoreUnavailableError } from "./store-unavailable-error.ts";

/**
 * Throws StoreUnavailableError (exit code 2) unless the connected role may append to the store,
 * so an ingest run with the read role stops before its first file instead of failing on each.
 * `where` names the database in the message and must be safe to print.
 */
export async function assertMayAppend(store: Store, where: string): Promise<void> {
  const { rows } = await sql<{ role: string; may: boolean }>`
    SELECT current_user AS role,
      has_table_privilege('events', 'INSERT') AND has_table_privilege('deliveries', 'INSERT') AS may
  `.execute(store.db);
  const row = rows[0];
  if (row?.may) return;
  throw new StoreUnavailableError(
    `de rol ${row?.role ?? "?"} mag niets toevoegen aan de database ${where} (no INSERT privilege). ` +
      "Lees aanleveringen in met de rol normmonitor_append of de eigenaar van de database.",
    2,
  );
}
