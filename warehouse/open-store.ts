import { resolve } from "node:path";
import { assertMayAppend } from "./assert-may-append.ts";
import { maskDatabaseUrl } from "./mask-database-url.ts";
import type { Store } from "./store.ts";

export type { Session, Store } from "./store.ts";

export interface StoreOptions {
  /** A PostgreSQL server; unset or empty: the embedded PGlite database under `home`. */
  databaseUrl?: string | undefined;
  /** Where the embedded database lives (`<home>/pgdata`); default `./.normmonitor`. */
  home?: string | undefined;
  /**
   * What the caller will do: `append` checks at once that the role may insert (a run with the
   * read role's URL stops before its first file); `read` (the default) checks nothing.
   */
  access?: "append" | "read" | undefined;
}

/**
 * Opens the event store and migrates it to the latest schema when it is behind. Throws
 * StoreUnavailableError (InUseError when another process holds the embedded database;
 * SchemaOutOfDateError or a refused append with exit code 2 when the role does not fit the run).
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  const home = options.home ?? "./.normmonitor";
  // Each backend's driver is loaded only when it is used (PGlite ~30 ms, pg ~100 ms at start).
  const store = options.databaseUrl
    ? await (await import("./open-postgres-store.ts")).openPostgresStore(options.databaseUrl)
    : await (await import("./open-pglite-store.ts")).openPGliteStore(home);
  if (options.access === "append") {
    const where = options.databaseUrl
      ? maskDatabaseUrl(options.databaseUrl)
      : resolve(home, "pgdata");
    await assertMayAppend(store, where).catch(async (error: unknown) => {
      await store.close();
      throw error;
    });
  }
  return store;
}
