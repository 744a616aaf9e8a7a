import type { DuckDBConnection } from "@duckdb/node-api";
import { sql } from "kysely";
import type { Store } from "../../../warehouse/store.ts";

/** A row as both databases can show it exactly: timestamps in microseconds, dates as text. */
export type ComparableRow = Record<string, unknown>;

/** Every event in the store, in position order (the number, not its text), in comparable form. */
export async function storeEvents(store: Store): Promise<ComparableRow[]> {
  const { rows } = await sql<ComparableRow>`
    SELECT position::text AS position, event_id::text AS event_id, type, organisatie, soort,
      periode, record_id, occurred_at::text AS occurred_at,
      (extract(epoch FROM recorded_at) * 1000000)::bigint::text AS recorded_at,
      delivery_id::text AS delivery_id, file_name, sha256, line, supersedes::text AS supersedes,
      content_hash, payload
    FROM events ORDER BY events.position`.execute(store.db);
  return rows;
}

/** Every row of raw_events, in position order, in the same form as storeEvents. */
export async function warehouseEvents(connection: DuckDBConnection): Promise<ComparableRow[]> {
  const reader = await connection.runAndReadAll(`
    SELECT position::VARCHAR AS position, event_id, type, organisatie, soort, periode, record_id,
      occurred_at::VARCHAR AS occurred_at, epoch_us(recorded_at)::VARCHAR AS recorded_at,
      delivery_id, file_name, sha256, line, supersedes, content_hash, payload::VARCHAR AS payload
    FROM raw_events ORDER BY raw_events.position`);
  return reader.getRowObjectsJS().map((row) => ({
    ...row,
    payload: row.payload === null ? null : JSON.parse(String(row.payload)),
  }));
}

/** Every delivery in the store, by delivery_id, in comparable form. */
export async function storeDeliveries(store: Store): Promise<ComparableRow[]> {
  const { rows } = await sql<ComparableRow>`
    SELECT delivery_id::text AS delivery_id, file_name, sha256, organisatie, soort, periode,
      peildatum::text AS peildatum, format, record_count, added, corrected, withdrawn, unchanged,
      warnings, (extract(epoch FROM received_at) * 1000000)::bigint::text AS received_at
    FROM deliveries ORDER BY delivery_id`.execute(store.db);
  return rows;
}

/** Every row of raw_deliveries, by delivery_id, in the same form as storeDeliveries. */
export async function warehouseDeliveries(connection: DuckDBConnection): Promise<ComparableRow[]> {
  const reader = await connection.runAndReadAll(`
    SELECT delivery_id, file_name, sha256, organisatie, soort, periode,
      peildatum::VARCHAR AS peildatum, format, record_count, added, corrected, withdrawn,
      unchanged, warnings, epoch_us(received_at)::VARCHAR AS received_at
    FROM raw_deliveries ORDER BY delivery_id`);
  return reader.getRowObjectsJS();
}

/** The one row of sync_state, in comparable form. */
export async function syncState(connection: DuckDBConnection): Promise<ComparableRow[]> {
  const reader = await connection.runAndReadAll(
    "SELECT last_position::VARCHAR AS last_position, settled_before::VARCHAR AS settled_before FROM sync_state",
  );
  return reader.getRowObjectsJS();
}

/**
 * Waits until every transaction that has committed so far is settled for a reader: on a shared
 * server another test's open transaction may hold the horizon back for a moment.
 */
export async function waitUntilSettled(store: Store): Promise<void> {
  const mark = await store.withTransaction(async (session) => {
    const { rows } = await sql<{ id: string }>`SELECT pg_current_xact_id()::text AS id`.execute(
      session.db,
    );
    return rows[0]?.id ?? "0";
  });
  for (let attempt = 0; attempt < 200; attempt++) {
    const { rows } = await sql<{ settled: boolean }>`
      SELECT pg_snapshot_xmin(pg_current_snapshot()) > ${mark}::xid8 AS settled`.execute(store.db);
    if (rows[0]?.settled) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("transactions did not settle within 10 s");
}
