import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { DuckDBInstance } from "@duckdb/node-api";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { rawEventColumns } from "../../pipeline/sync/raw-columns.ts";
import { readCsvSql } from "../../pipeline/sync/read-csv-sql.ts";

/**
 * What a build cannot go below: every event out of PostgreSQL with COPY … TO STDOUT and into a
 * new DuckDB file with read_csv, nothing else; resolves to its seconds and rows.
 */
export async function bareTransfer(url: string): Promise<{ seconds: number; rows: number }> {
  const dir = mkdtempSync(join(tmpdir(), "normmonitor-bench-transfer-"));
  const started = performance.now();
  try {
    const file = join(dir, "events.csv");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query("SET TimeZone = 'UTC'");
      await client.query("SET DateStyle = 'ISO, YMD'");
      const names = rawEventColumns.map((column) => column.name).join(", ");
      const query = `COPY (SELECT ${names} FROM events ORDER BY position) TO STDOUT (FORMAT csv)`;
      await pipeline(client.query(copyTo(query)), createWriteStream(file));
    } finally {
      await client.end();
    }
    const instance = await DuckDBInstance.create(join(dir, "bare.duckdb"));
    const connection = await instance.connect();
    const result = await connection.run(
      `CREATE TABLE raw_events AS SELECT * FROM ${readCsvSql(file, rawEventColumns)}`,
    );
    const rows = result.rowsChanged;
    connection.closeSync();
    instance.closeSync();
    return { seconds: (performance.now() - started) / 1000, rows };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
