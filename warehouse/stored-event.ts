import type { Selectable } from "kysely";
import type { EventsTable } from "./database.ts";

/** An event as stored: the events columns in camelCase. */
export interface StoredEvent {
  /** Global order, a bigint as a decimal string (compare with BigInt, not as text). */
  position: string;
  eventId: string;
  type: string;
  organisatie: string;
  soort: string;
  periode: string;
  recordId: string;
  /** `YYYY-MM-DD`. */
  occurredAt: string;
  /** Transaction time: when the store learned of it. */
  recordedAt: Date;
  transactionId: string;
  deliveryId: string;
  fileName: string;
  sha256: string;
  line: number | null;
  supersedes: string | null;
  contentHash: string | null;
  payload: unknown;
}

/** The camelCase view of one row of events. */
export function toStoredEvent(row: Selectable<EventsTable>): StoredEvent {
  return {
    position: String(row.position),
    eventId: row.event_id,
    type: row.type,
    organisatie: row.organisatie,
    soort: row.soort,
    periode: row.periode,
    recordId: row.record_id,
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
    transactionId: String(row.transaction_id),
    deliveryId: row.delivery_id,
    fileName: row.file_name,
    sha256: row.sha256,
    line: row.line,
    supersedes: row.supersedes,
    contentHash: row.content_hash,
    payload: row.payload,
  };
}
