import { dbOf, type Queryable } from "./store.ts";
import { type StoredEvent, toStoredEvent } from "./stored-event.ts";

/** One stream of events: an organisation's kind, in one period or (periode left out) in all. */
export interface StreamFilter {
  organisatie: string;
  soort: string;
  periode?: string | undefined;
}

/** Every event of the stream, in position order. Under lockStream this is the known state. */
export async function readStream(source: Queryable, filter: StreamFilter): Promise<StoredEvent[]> {
  let query = dbOf(source)
    .selectFrom("events")
    .selectAll()
    .where("organisatie", "=", filter.organisatie)
    .where("soort", "=", filter.soort);
  if (filter.periode !== undefined) query = query.where("periode", "=", filter.periode);
  const rows = await query.orderBy("position").execute();
  return rows.map(toStoredEvent);
}

/** Whether a delivery with this id was recorded before. */
export async function deliveryKnown(source: Queryable, deliveryId: string): Promise<boolean> {
  const row = await dbOf(source)
    .selectFrom("deliveries")
    .select("delivery_id")
    .where("delivery_id", "=", deliveryId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The distinct peildata (`YYYY-MM-DD`, ascending) of the stream's recorded deliveries. */
export async function readPeildata(source: Queryable, filter: StreamFilter): Promise<string[]> {
  let query = dbOf(source)
    .selectFrom("deliveries")
    .select("peildatum")
    .distinct()
    .where("organisatie", "=", filter.organisatie)
    .where("soort", "=", filter.soort)
    .where("peildatum", "is not", null);
  if (filter.periode !== undefined) query = query.where("periode", "=", filter.periode);
  const rows = await query.orderBy("peildatum").execute();
  return rows.flatMap((row) => (row.peildatum === null ? [] : [row.peildatum]));
}
