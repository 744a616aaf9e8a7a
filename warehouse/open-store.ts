import { openPGliteStore } from "./open-pglite-store.ts";
import { openPostgresStore } from "./open-postgres-store.ts";
import type { Store } from "./store.ts";

export type { Session, Store } from "./store.ts";

export interface StoreOptions {
  /** A PostgreSQL server; unset or empty: the embedded PGlite database under `home`. */
  databaseUrl?: string | undefined;
  /** Where the embedded database lives (`<home>/pgdata`); default `./.normmonitor`. */
  home?: string | undefined;
}

/**
 * Opens the event store and migrates it to the latest schema. Throws StoreUnavailableError
 * (InUseError when another process holds the embedded database).
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  if (options.databaseUrl) return openPostgresStore(options.databaseUrl);
  return openPGliteStore(options.home ?? "./.normmonitor");
}
