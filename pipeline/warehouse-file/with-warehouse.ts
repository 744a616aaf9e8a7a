import type { DuckDBConnection } from "@duckdb/node-api";
import { openWarehouse } from "./open-warehouse.ts";

/** Runs fn on the warehouse of `home`, opened for writing, and closes it however fn ends. */
export async function withWarehouse<T>(
  home: string,
  fn: (connection: DuckDBConnection) => Promise<T>,
): Promise<T> {
  const warehouse = await openWarehouse(home);
  try {
    return await fn(warehouse.connection);
  } finally {
    await warehouse.close();
  }
}
