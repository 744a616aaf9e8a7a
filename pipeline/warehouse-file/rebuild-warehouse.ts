import { open, rename, rm } from "node:fs/promises";
import type { DuckDBConnection } from "@duckdb/node-api";
import { lockWarehouse } from "./lock-warehouse.ts";
import { openDuckDBFile } from "./open-duckdb-file.ts";
import { warehousePaths } from "./warehouse-paths.ts";

/**
 * Builds a new warehouse for `home` from nothing with fill, then swaps it in with one rename:
 * until then, and whenever fill fails or the process dies, the previous warehouse stays as it was.
 */
export async function rebuildWarehouse<T>(
  home: string,
  fill: (connection: DuckDBConnection) => Promise<T>,
): Promise<T> {
  const paths = warehousePaths(home);
  const unlock = await lockWarehouse(home);
  try {
    const fresh = await openDuckDBFile(paths.next);
    let result: T;
    try {
      result = await fill(fresh.connection);
    } catch (error) {
      await fresh.close().catch(() => {});
      await rm(paths.next, { force: true });
      await rm(`${paths.next}.wal`, { force: true });
      throw error;
    }
    await fresh.close();
    // A WAL left by a crash of the old file would be replayed into the new one: it must go first.
    await rm(`${paths.file}.wal`, { force: true });
    await rename(paths.next, paths.file);
    await syncDirectory(home);
    return result;
  } finally {
    await unlock();
  }
}

/** Makes the rename itself durable, not only the file's contents. */
async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
