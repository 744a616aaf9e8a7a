import { stat } from "node:fs/promises";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { ExportFiles } from "./export-settled-rows.ts";
import { type RawColumn, rawDeliveryColumns, rawEventColumns } from "./raw-columns.ts";
import { readCsvSql } from "./read-csv-sql.ts";

/** What one sync added to the warehouse, and the highest position it now holds. */
export interface AppliedExport {
  events: number;
  deliveries: number;
  lastPosition: bigint;
}

/**
 * Inserts the exported rows and moves the checkpoint to `settledBefore` in one DuckDB
 * transaction: after a failure or a crash, neither the rows nor the checkpoint have moved.
 */
export async function applyExport(
  connection: DuckDBConnection,
  files: ExportFiles,
  settledBefore: bigint,
): Promise<AppliedExport> {
  await connection.run("BEGIN TRANSACTION");
  try {
    await refuseKnownKeys(
      connection,
      "raw_deliveries",
      "delivery_id",
      rawDeliveryColumns,
      files.deliveries,
    );
    const deliveries = await insertCsv(
      connection,
      "raw_deliveries",
      rawDeliveryColumns,
      files.deliveries,
    );
    await refuseKnownKeys(connection, "raw_events", "position", rawEventColumns, files.events);
    const events = await insertCsv(connection, "raw_events", rawEventColumns, files.events);
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

async function insertCsv(
  connection: DuckDBConnection,
  table: string,
  columns: readonly RawColumn[],
  file: string,
): Promise<number> {
  // Nothing new is the common incremental case; read_csv has nothing to read in an empty file.
  if ((await stat(file)).size === 0) return 0;
  const names = columns.map((column) => `"${column.name}"`).join(", ");
  const result = await connection.run(
    `INSERT INTO ${table} (${names}) SELECT ${names} FROM ${readCsvSql(file, columns)}`,
  );
  return result.rowsChanged;
}

/**
 * Throws when a row of `file` has a key the table already holds: the raw tables do not declare
 * their keys (see raw-tables.ts), and a repeat would mean a checkpoint that went wrong.
 */
async function refuseKnownKeys(
  connection: DuckDBConnection,
  table: string,
  key: string,
  columns: readonly RawColumn[],
  file: string,
): Promise<void> {
  if ((await stat(file)).size === 0) return;
  // A first or full sync has nothing to collide with: skip reading the whole file twice.
  const held = await connection.runAndReadAll(`SELECT count(*) FROM ${table}`);
  if (Number(held.getRows()[0]?.[0] ?? 0) === 0) return;
  const known = await connection.runAndReadAll(
    `SELECT count(*) FROM ${table} WHERE ${key} IN (SELECT ${key} FROM ${readCsvSql(file, columns)})`,
  );
  const repeated = Number(known.getRows()[0]?.[0] ?? 0);
  if (repeated > 0) {
    throw new Error(
      `${table}: ${repeated} new rows repeat a ${key} already present; nothing was synced`,
    );
  }
}
