import type { NewDelivery } from "./append-events.ts";
import { dbOf, type Queryable } from "./store.ts";

/** A recorded delivery, with when the store received it. */
export interface StoredDelivery extends NewDelivery {
  receivedAt: Date;
}

/** Every recorded delivery, oldest first. */
export async function readDeliveries(source: Queryable): Promise<StoredDelivery[]> {
  const rows = await dbOf(source)
    .selectFrom("deliveries")
    .selectAll()
    .orderBy("received_at")
    .orderBy("organisatie")
    .orderBy("soort")
    .orderBy("periode")
    .orderBy("file_name")
    .execute();
  return rows.map((row) => ({
    deliveryId: row.delivery_id,
    fileName: row.file_name,
    sha256: row.sha256,
    organisatie: row.organisatie,
    soort: row.soort,
    periode: row.periode,
    peildatum: row.peildatum,
    format: row.format,
    recordCount: row.record_count,
    added: row.added,
    corrected: row.corrected,
    withdrawn: row.withdrawn,
    unchanged: row.unchanged,
    warnings: row.warnings,
    receivedAt: row.received_at,
  }));
}
