import { sql } from "kysely";
import { openStore, type Store } from "../../warehouse/open-store.ts";
import type { TestStore } from "./test-stores.ts";

export const APPEND = "normmonitor_append";
export const READ = "normmonitor_read";

/** The test database's URL with another user and no password (the test server trusts 127.0.0.1). */
export function urlAs(databaseUrl: string, role: string): string {
  const url = new URL(databaseUrl);
  url.username = role;
  url.password = "";
  return url.toString();
}

/**
 * Runs fn on the store as the role: on the server through a connection of the role's own (its
 * URL, as an operator would), on PGlite with SET ROLE on the one connection, reset afterwards.
 */
export async function asRole<T>(
  fixture: TestStore,
  role: string,
  fn: (store: Store) => Promise<T>,
): Promise<T> {
  if (fixture.databaseUrl) {
    const store = await openStore({ databaseUrl: urlAs(fixture.databaseUrl, role) });
    try {
      return await fn(store);
    } finally {
      await store.close();
    }
  }
  await sql`SET ROLE ${sql.id(role)}`.execute(fixture.store.db);
  try {
    return await fn(fixture.store);
  } finally {
    await sql`RESET ROLE`.execute(fixture.store.db);
  }
}

/** The SQLSTATE the promise was rejected with; undefined when it was fulfilled. */
export async function sqlStateOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return String((error as { code?: unknown }).code);
  }
}
