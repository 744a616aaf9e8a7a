import { lockWarehouse } from "./lock-warehouse.ts";
import type { DuckDBFile } from "./open-duckdb-file.ts";
import { openDuckDBFile } from "./open-duckdb-file.ts";
import { warehousePaths } from "./warehouse-paths.ts";

/**
 * Opens `<home>/warehouse.duckdb` (creating it when missing) as its only writer; close() writes
 * it out and lets the next writer in. Throws CliError when another process is writing it.
 */
export async function openWarehouse(home: string): Promise<DuckDBFile> {
  const unlock = await lockWarehouse(home);
  let file: DuckDBFile;
  try {
    file = await openDuckDBFile(warehousePaths(home).file);
  } catch (error) {
    await unlock();
    throw error;
  }
  let closed = false;
  return {
    connection: file.connection,
    close: async () => {
      if (closed) return;
      closed = true;
      try {
        await file.close();
      } finally {
        await unlock();
      }
    },
  };
}
