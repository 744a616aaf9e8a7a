import type { DuckDBConnection } from "@duckdb/node-api";

/** Runs fn in one DuckDB transaction: all it changed is kept, or (when it throws) none of it. */
export async function inOneTransaction<T>(
  connection: DuckDBConnection,
  fn: () => Promise<T>,
): Promise<T> {
  await connection.run("BEGIN TRANSACTION");
  try {
    const result = await fn();
    await connection.run("COMMIT");
    return result;
  } catch (error) {
    // The error that got us here is the one to report, not a failed rollback after it.
    await connection.run("ROLLBACK").catch(() => {});
    throw error;
  }
}
