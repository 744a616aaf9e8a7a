import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Store } from "../../warehouse/store.ts";
import { type AppliedExport, applyExport } from "./apply-export.ts";
import { exportSettledRows } from "./export-settled-rows.ts";
import { rawTablesSql } from "./raw-tables.ts";

/** What a sync added, and what it had to leave for the next one. */
export interface SyncReceipt extends AppliedExport {
  /** Committed events not copied yet: a transaction older than theirs was still running. */
  pendingEvents: number;
}

/**
 * Copies the events and deliveries the warehouse does not have yet from the store into
 * raw_events and raw_deliveries (creating them when missing), never skipping a row that commits
 * late; the rows and the checkpoint are written in one DuckDB transaction.
 */
export async function syncEvents(store: Store, connection: DuckDBConnection): Promise<SyncReceipt> {
  await connection.run(rawTablesSql);
  const checkpoint = await connection.runAndReadAll("SELECT settled_before FROM sync_state");
  const from = BigInt(String(checkpoint.getRows()[0]?.[0] ?? 0));
  // COPY output goes through files: DuckDB's read_csv is its fastest way in, and it reads files.
  const directory = await mkdtemp(join(tmpdir(), "normmonitor-sync-"));
  try {
    const files = {
      events: join(directory, "events.csv"),
      deliveries: join(directory, "deliveries.csv"),
    };
    const { settledBefore, pendingEvents } = await exportSettledRows(store, from, files);
    return { ...(await applyExport(connection, files, settledBefore)), pendingEvents };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
