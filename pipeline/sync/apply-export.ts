import { stat } from "node:fs/promises";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { ExportFiles } from "./export-settled-rows.ts";
import { type RawColumn, rawDeliveryColumns, rawEventColumns } from "./raw-columns.ts";
import { readCsvSql } from "./read-csv-sql.ts";
import { transactionColumn } from "./settled-rows-query.ts";

/** What one sync added to the warehouse, and the highest position it now holds. */
export interface AppliedExport {
  events: number;
  deliveries: number;
  lastPosition: bigint;
}

/**
 * Inserts the exported rows, notes the (organisatie, periode) cells they touch for the next
 * incremental model run (pending_cells) and moves the checkpoint to `settledBefore`, all in one
 * DuckDB transaction: after a failure or a crash, none of them has moved.
 */
export async function applyExport(
  connection: DuckDBConnection,
  files: ExportFiles,
  settledBefore: bigint,
): Promise<AppliedExport> {
  await connection.run("BEGIN TRANSACTION");
  try {
    const deliveries = await insertNewRows(connection, {
      settledBefore,
      table: "raw_deliveries",
      key: "delivery_id",
      columns: rawDeliveryColumns,
      file: files.deliveries,
    });
    const events = await insertNewRows(connection, {
      settledBefore,
      table: "raw_events",
      key: "position",
      columns: rawEventColumns,
      file: files.events,
      alsoFrom: (rows) =>
        connection.run(
          `INSERT INTO pending_cells SELECT DISTINCT organisatie, periode FROM ${rows}`,
        ),
    });
    await connection.run("DELETE FROM sync_state");
    await connection.run(
      `INSERT INTO sync_state (last_position, settled_before, synced_at)
       SELECT coalesce(max(position), 0), ${settledBefore}, current_timestamp FROM raw_events`,
    );
    const state = await connection.runAndReadAll("SELECT last_position FROM sync_state");
    await connection.run("COMMIT");
    return { events, deliveries, lastPosition: BigInt(String(state.getRows()[0]?.[0] ?? 0)) };
  } catch (error) {
    // The error that got us here is the one to report, not a failed rollback after it.
    await connection.run("ROLLBACK").catch(() => {});
    throw error;
  }
}

interface NewRows {
  /** Only rows of transactions below it are taken (see settledRowsQuery). */
  settledBefore: bigint;
  table: string;
  /** Unique in the table, though not declared (see raw-tables.ts): checked here. */
  key: string;
  columns: readonly RawColumn[];
  file: string;
  /** Told which relation holds exactly the new rows, once they are in the table. */
  alsoFrom?: (rows: string) => Promise<unknown>;
}

/**
 * Appends the rows of `file` to `table`, reading the file once; throws when a row has a key the
 * table already holds (a repeat would mean a checkpoint that went wrong).
 */
async function insertNewRows(connection: DuckDBConnection, rows: NewRows): Promise<number> {
  // Nothing new is the common incremental case; read_csv has nothing to read in an empty file.
  if ((await stat(rows.file)).size === 0) return 0;
  const names = rows.columns.map((column) => `"${column.name}"`).join(", ");
  const settled = `(SELECT * FROM ${readCsvSql(rows.file, [...rows.columns, transactionColumn])}
    WHERE transaction_id < ${rows.settledBefore})`;
  const held = await connection.runAndReadAll(`SELECT count(*) FROM ${rows.table}`);
  if (Number(held.getRows()[0]?.[0] ?? 0) === 0) {
    // A first or full sync has nothing to collide with: straight in.
    const inserted = await connection.run(
      `INSERT INTO ${rows.table} (${names}) SELECT ${names} FROM ${settled}`,
    );
    await rows.alsoFrom?.(rows.table);
    return inserted.rowsChanged;
  }
  const incoming = `incoming_${rows.table}`;
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE ${incoming} AS SELECT ${names} FROM ${settled}`,
  );
  try {
    const known = await connection.runAndReadAll(
      `SELECT count(*) FROM ${rows.table} WHERE ${rows.key} IN (SELECT ${rows.key} FROM ${incoming})`,
    );
    const repeated = Number(known.getRows()[0]?.[0] ?? 0);
    if (repeated > 0) {
      throw new Error(
        `${rows.table}: ${repeated} new rows repeat a ${rows.key} already present; nothing was synced`,
      );
    }
    const inserted = await connection.run(
      `INSERT INTO ${rows.table} (${names}) SELECT ${names} FROM ${incoming}`,
    );
    await rows.alsoFrom?.(incoming);
    return inserted.rowsChanged;
  } finally {
    await connection.run(`DROP TABLE IF EXISTS ${incoming}`);
  }
}
