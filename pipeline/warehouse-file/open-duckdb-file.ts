import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";

/** An open DuckDB database file and the one connection this process uses on it. */
export interface DuckDBFile {
  connection: DuckDBConnection;
  /** Writes everything into the file (no WAL left beside it) and closes it. */
  close(): Promise<void>;
}

/** Opens (creating when missing) a DuckDB file for reading and writing. */
export async function openDuckDBFile(path: string): Promise<DuckDBFile> {
  const instance = await DuckDBInstance.create(path);
  let connection: DuckDBConnection;
  try {
    connection = await instance.connect();
  } catch (error) {
    instance.closeSync();
    throw error;
  }
  let closed = false;
  return {
    connection,
    close: async () => {
      if (closed) return;
      closed = true;
      try {
        // A file renamed or copied without its WAL would lose what only the WAL held.
        await connection.run("CHECKPOINT");
      } finally {
        connection.closeSync();
        instance.closeSync();
      }
    },
  };
}
