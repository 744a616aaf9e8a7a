import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { sql } from "kysely";
import type { Store } from "../../warehouse/store.ts";
import { CliError } from "../cli/cli-error.ts";
import { rawDeliveryColumns, rawEventColumns } from "./raw-columns.ts";
import { settledRowsQuery } from "./settled-rows-query.ts";

// Transaction ids only grow, so a horizon below the checkpoint means another database.
const warehouseAheadMessage =
  "Het datawarehouse is verder dan de database (warehouse is ahead of the event store): " +
  "is DATABASE_URL veranderd? Bouw het opnieuw op met `normmonitor build --full`.";

/** Where the exported CSV goes, per table. */
export interface ExportFiles {
  events: string;
  deliveries: string;
}

/** The new horizon, and how many committed events wait beyond it. */
export interface SettledExport {
  /** Every transaction below it has ended: the next export starts here. */
  settledBefore: bigint;
  /**
   * Events already committed but left for a later export, because a transaction older than
   * theirs was still running (on a shared server: in any database of it).
   */
  pendingEvents: number;
}

/**
 * Writes the events and deliveries of every transaction that ended since `from` (an earlier
 * horizon, or 0) to CSV files, and returns the new horizon: every transaction below it has
 * ended. Both tables are read in one snapshot, so a delivery comes with its events.
 * Throws CliError when the horizon is below `from` (the checkpoint belongs to another database).
 */
export async function exportSettledRows(
  store: Store,
  from: bigint,
  files: ExportFiles,
): Promise<SettledExport> {
  return store.withTransaction(async (session) => {
    await sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`.execute(session.db);
    // Timestamps leave as UTC with an explicit offset, so DuckDB reads the instant, not a local time.
    await sql`SET LOCAL TimeZone = 'UTC'`.execute(session.db);
    await sql`SET LOCAL DateStyle = 'ISO, YMD'`.execute(session.db);
    const { rows } = await sql<{ horizon: string }>`
      SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon`.execute(session.db);
    const before = BigInt(rows[0]?.horizon ?? "0");
    if (before < from) throw new CliError(warehouseAheadMessage, 1);
    const window = { from, before };
    await pipeline(
      session.copyOut(settledRowsQuery("deliveries", rawDeliveryColumns, window, "delivery_id")),
      createWriteStream(files.deliveries),
    );
    await pipeline(
      session.copyOut(settledRowsQuery("events", rawEventColumns, window, "position")),
      createWriteStream(files.events),
    );
    // Visible in this snapshot means committed; at or past the horizon means not exported yet.
    const pending = await sql<{ pending: string }>`
      SELECT count(*)::text AS pending FROM events
      WHERE transaction_id >= ${String(before)}::xid8`.execute(session.db);
    return { settledBefore: before, pendingEvents: Number(pending.rows[0]?.pending ?? 0) };
  });
}
