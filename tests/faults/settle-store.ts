import { openStore, type StoreOptions } from "../../warehouse/open-store.ts";
import { waitUntilSettled } from "../pipeline/sync/copied-rows.ts";

/**
 * Waits until every transaction running on the server now has ended. A build copies only what
 * committed below the oldest running transaction of the whole server, other databases included,
 * so while parallel test files ingest elsewhere a build can leave out what was just ingested
 * here (it comes with the next build). Nothing to wait for on the embedded database.
 */
export async function settleStore(options: StoreOptions): Promise<void> {
  if (!options.databaseUrl) return;
  const store = await openStore(options);
  try {
    await waitUntilSettled(store);
  } finally {
    await store.close();
  }
}
