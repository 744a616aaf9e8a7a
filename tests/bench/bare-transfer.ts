import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { DuckDBInstance } from "@duckdb/node-api";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { rawEventColumns } from "../../pipeline/sync/raw-columns.ts";
import { readCsvSql } from "../../pipeline/sync/read-csv-sql.ts";
import { settleDisk } from "./settle-disk.ts";

/**
 * What a build cannot go below: every event out of PostgreSQL with COPY … TO STDOUT and into a
 * new DuckDB file with read_csv, nothing else (with `where`, only the events it selects); resolves
 * to its seconds and rows. In PostgreSQL's default CSV, quoted with `"`, as the floor is defined;
 * the sync quotes with copyOutQuote, which is faster (see copy-out-statement.ts).
 */
export async function bareTransfer(
  url: string,
  options: { where?: string } = {},
): Promise<{ seconds: number; rows: number }> {
  const dir = mkdtempSync(join(tmpdir(), "normmonitor-bench-transfer-"));
  settleDisk();
  const started = performance.now();
  try {
    const file = join(dir, "events.csv");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query("SET TimeZone = 'UTC'");
      await client.query("SET DateStyle = 'ISO, YMD'");
      const names = rawEventColumns.map((column) => column.name).join(", ");
      const where = options.where ? ` WHERE ${options.where}` : "";
      const query = `COPY (SELECT ${names} FROM events${where} ORDER BY position) TO STDOUT (FORMAT csv)`;
      await pipeline(client.query(copyTo(query)), createWriteStream(file));
    } finally {
      await client.end();
    }
    const instance = await DuckDBInstance.create(join(dir, "bare.duckdb"));
    const connection = await instance.connect();
    await connection.run(
      `CREATE TABLE raw_events AS SELECT * FROM ${readCsvSql(file, rawEventColumns, '"')}`,
    );
    const counted = await connection.runAndReadAll("SELECT count(*) FROM raw_events");
    const rows = Number(counted.getRows()[0]?.[0]);
    connection.closeSync();
    instance.closeSync();
    return { seconds: (performance.now() - started) / 1000, rows };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
