import { createReadStream, createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { appendedColumns } from "../../warehouse/append-events.ts";
import { openStore } from "../../warehouse/open-store.ts";
import { settleDisk } from "./settle-disk.ts";

/** Writes the events ingest committed, as COPY rows (text format, as the ingest sends) of the prepared columns, in order. */
export async function exportPreparedRows(url: string, file: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const query = `COPY (SELECT ${appendedColumns.join(", ")} FROM events ORDER BY position) TO STDOUT (FORMAT text)`;
    await pipeline(client.query(copyTo(query)), createWriteStream(file));
  } finally {
    await client.end();
  }
}

/** Creates the events table (the product's migrations: same columns, same indexes) in `url`. */
export async function migrateEmpty(url: string): Promise<void> {
  const store = await openStore({ databaseUrl: url });
  await store.close();
}

/**
 * The database's own limit: one plain COPY of the prepared rows into the (migrated, empty)
 * events table, in one transaction; resolves to its seconds.
 */
export async function copyPreparedRows(url: string, file: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    settleDisk();
    const started = performance.now();
    await client.query("BEGIN");
    const query = `COPY events (${appendedColumns.join(", ")}) FROM STDIN (FORMAT text)`;
    await pipeline(createReadStream(file), client.query(copyFrom(query)));
    await client.query("COMMIT");
    return (performance.now() - started) / 1000;
  } finally {
    await client.end();
  }
}
