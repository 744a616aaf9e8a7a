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
  const rows = await streamEvents(source, filter).selectAll().orderBy("position").execute();
  return rows.map(toStoredEvent);
}

/** The events of one stream, to select from. */
function streamEvents(source: Queryable, filter: StreamFilter) {
  const query = dbOf(source)
    .selectFrom("events")
    .where("organisatie", "=", filter.organisatie)
    .where("soort", "=", filter.soort);
  return filter.periode === undefined ? query : query.where("periode", "=", filter.periode);
}

/** What a diff needs of a stored event: which record, which version, when, and how it ended. */
export interface EventVersion {
  position: string;
  eventId: string;
  type: string;
  recordId: string;
  /** `YYYY-MM-DD`. */
  occurredAt: string;
  contentHash: string | null;
}

/**
 * The stream's events without their payloads, in position order: enough to know each record's
 * current version. A re-delivery of a large period reads 100,000 of these, and fetching and
 * parsing every payload (and time stamp) alongside cost more than the rest of the read.
 */
export async function readStreamVersions(
  source: Queryable,
  filter: StreamFilter,
): Promise<EventVersion[]> {
  const rows = await streamEvents(source, filter)
    .select(["position", "event_id", "type", "record_id", "occurred_at", "content_hash"])
    .orderBy("position")
    .execute();
  return rows.map((row) => ({
    position: String(row.position),
    eventId: row.event_id,
    type: row.type,
    recordId: row.record_id,
    occurredAt: row.occurred_at,
    contentHash: row.content_hash,
  }));
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
