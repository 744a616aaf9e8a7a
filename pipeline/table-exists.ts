import type { DuckDBConnection } from "@duckdb/node-api";

/** Whether the current DuckDB database holds a table `table` in its main schema. */
export async function tableExists(connection: DuckDBConnection, table: string): Promise<boolean> {
  const reader = await connection.runAndReadAll(
    `SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database()
       AND schema_name = 'main' AND table_name = '${table.replaceAll("'", "''")}'`,
  );
  return Number(reader.getRows()[0]?.[0]) > 0;
}
