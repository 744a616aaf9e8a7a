import { stat } from "node:fs/promises";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { ExportFiles } from "./export-settled-rows.ts";
import { type RawColumn, rawDeliveryColumns, rawEventColumns } from "./raw-columns.ts";
import { readCsvSql } from "./read-csv-sql.ts";

/** What one sync added to the warehouse, and the highest position it now holds. */
export interface SyncReceipt {
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
): Promise<SyncReceipt> {
  await connection.run("BEGIN TRANSACTION");
  try {
    const deliveries = await insertCsv(
      connection,
      "raw_deliveries",
      rawDeliveryColumns,
      files.deliveries,
    );
    const events = await insertCsv(connection, "raw_events", rawEventColumns, files.events);
    await assertUnique(connection, "raw_deliveries", "delivery_id");
    await assertUnique(connection, "raw_events", "position");
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

/** The keys the raw tables do not declare (see raw-tables.ts): a repeat means a broken checkpoint. */
async function assertUnique(connection: DuckDBConnection, table: string, key: string) {
  const reader = await connection.runAndReadAll(
    `SELECT count(*) - count(DISTINCT ${key}) AS repeated FROM ${table}`,
  );
  const repeated = Number(reader.getRows()[0]?.[0] ?? 0);
  if (repeated > 0) {
    throw new Error(
      `${table}: ${repeated} rows repeat a ${key} already present; nothing was synced`,
    );
  }
}
