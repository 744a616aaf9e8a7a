import type { DuckDBConnection } from "@duckdb/node-api";

/**
 * Runs fn in a scratch database that sees the warehouse's raw tables, so models computed as of an
 * earlier moment never overwrite the warehouse's own current tables.
 */
export async function inScratchDatabase<T>(
  connection: DuckDBConnection,
  fn: () => Promise<T>,
): Promise<T> {
  const reader = await connection.runAndReadAll("SELECT current_database()");
  const warehouse = String(reader.getRows()[0]?.[0]);
  await connection.run("ATTACH ':memory:' AS tijdreis");
  await connection.run("USE tijdreis");
  try {
    for (const table of ["raw_events", "raw_deliveries"]) {
      await connection.run(`CREATE VIEW ${table} AS SELECT * FROM "${warehouse}".main.${table}`);
    }
    return await fn();
  } finally {
    await connection.run(`USE "${warehouse}"`);
    await connection.run("DETACH tijdreis");
  }
}
