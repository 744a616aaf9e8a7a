import { sql } from "kysely";
import type { Session } from "./store.ts";

/** An event ready to append; ids are content-derived by the caller, so a repeat is recognised. */
export interface NewEvent {
  eventId: string;
  type: string;
  organisatie: string;
  soort: string;
  periode: string;
  recordId: string;
  /** ISO date `YYYY-MM-DD`. */
  occurredAt: string;
  deliveryId: string;
  fileName: string;
  sha256: string;
  line: number | null;
  supersedes: string | null;
  contentHash: string | null;
  /** Stored as jsonb; null is SQL NULL. */
  payload: unknown | null;
  /** The payload's JSON text when the caller has it already: stored instead of serialising again. */
  payloadJson?: string;
}

export interface AppendReceipt {
  added: number;
  alreadyKnown: number;
}

/** The columns an append writes; position, recorded_at and transaction_id are defaults. */
export const appendedColumns = [
  "event_id",
  "type",
  "organisatie",
  "soort",
  "periode",
  "record_id",
  "occurred_at",
  "delivery_id",
  "file_name",
  "sha256",
  "line",
  "supersedes",
  "content_hash",
  "payload",
] as const;

/**
 * Appends events in input order, skipping those whose event_id is already stored (also
 * repeats within the batch). Bulk: one COPY straight into events, streamed while it is encoded.
 */
export async function appendEvents(
  session: Session,
  events: readonly NewEvent[],
): Promise<AppendReceipt> {
  const fresh = withoutRepeats(events);
  if (fresh.length === 0) return { added: 0, alreadyKnown: events.length };
  if (await copyEvents(session, fresh)) {
    return { added: fresh.length, alreadyKnown: events.length - fresh.length };
  }
  const added = await appendThroughStaging(session, fresh);
  return { added, alreadyKnown: events.length - added };
}

/**
 * Copies events into the store in one COPY, taking them from `events` as the database takes
 * them. Resolves to false, with nothing copied, when one of them is stored already: ids are
 * content-derived and callers plan against what is stored, so that is rare, and the unique index
 * finds it during the COPY (looking every id up first cost more than the COPY saved); the
 * transaction survives that. Any other failure, `events` throwing included, is thrown.
 */
export async function copyEvents(session: Session, events: Iterable<NewEvent>): Promise<boolean> {
  await sql`SAVEPOINT append_events`.execute(session.db);
  try {
    await session.copyRows("events", appendedColumns, eventRows(events));
    await sql`RELEASE SAVEPOINT append_events`.execute(session.db);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code !== "23505") throw error;
    await sql`ROLLBACK TO SAVEPOINT append_events`.execute(session.db);
    return false;
  }
}

/** The events without the later repeats of an event_id within them, in input order. */
function withoutRepeats(events: readonly NewEvent[]): NewEvent[] {
  const seen = new Set<string>();
  const fresh: NewEvent[] = [];
  for (const event of events) {
    if (seen.has(event.eventId)) continue;
    seen.add(event.eventId);
    fresh.push(event);
  }
  return fresh;
}

async function appendThroughStaging(
  session: Session,
  events: readonly NewEvent[],
): Promise<number> {
  // Kept per connection and emptied on commit, so repeated appends do not churn the catalog.
  await sql`
    CREATE TEMP TABLE IF NOT EXISTS events_staging (
      ord integer NOT NULL, event_id uuid NOT NULL, type text NOT NULL, organisatie text NOT NULL,
      soort text NOT NULL, periode text NOT NULL, record_id text NOT NULL, occurred_at date NOT NULL,
      delivery_id uuid NOT NULL, file_name text NOT NULL, sha256 text NOT NULL, line integer,
      supersedes uuid, content_hash text, payload jsonb
    ) ON COMMIT DELETE ROWS`.execute(session.db);
  // A second append in the same transaction must not see the first one's rows.
  await sql`TRUNCATE events_staging`.execute(session.db);
  await session.copyRows(
    "pg_temp.events_staging",
    ["ord", ...appendedColumns],
    stagingRows(events),
  );
  const columns = sql.join(appendedColumns.map((column) => sql.ref(column)));
  const result = await sql`
    INSERT INTO events (${columns})
    SELECT ${columns} FROM pg_temp.events_staging ORDER BY ord
    ON CONFLICT (event_id) DO NOTHING`.execute(session.db);
  return Number(result.numAffectedRows ?? 0n);
}

/** An accepted delivery (file) with the counts of what it changed. */
export interface NewDelivery {
  /** Content-derived by the caller, so the same file twice is recognised. */
  deliveryId: string;
  fileName: string;
  sha256: string;
  organisatie: string;
  soort: string;
  periode: string;
  /** `YYYY-MM-DD` for snapshot kinds, null otherwise. */
  peildatum: string | null;
  format: string;
  recordCount: number;
  added: number;
  corrected: number;
  withdrawn: number;
  unchanged: number;
  warnings: number;
}

/** Records a delivery; false when its delivery_id was already recorded (nothing is changed). */
export async function recordDelivery(session: Session, delivery: NewDelivery): Promise<boolean> {
  const result = await session.db
    .insertInto("deliveries")
    .values({
      delivery_id: delivery.deliveryId,
      file_name: delivery.fileName,
      sha256: delivery.sha256,
      organisatie: delivery.organisatie,
      soort: delivery.soort,
      periode: delivery.periode,
      peildatum: delivery.peildatum,
      format: delivery.format,
      record_count: delivery.recordCount,
      added: delivery.added,
      corrected: delivery.corrected,
      withdrawn: delivery.withdrawn,
      unchanged: delivery.unchanged,
      warnings: delivery.warnings,
    })
    .onConflict((conflict) => conflict.column("delivery_id").doNothing())
    .executeTakeFirst();
  return result.numInsertedOrUpdatedRows === 1n;
}

function* stagingRows(events: readonly NewEvent[]): Generator<(string | null)[]> {
  let ord = 0;
  for (const row of eventRows(events)) yield [String(ord++), ...row];
}

function* eventRows(events: Iterable<NewEvent>): Generator<(string | null)[]> {
  for (const event of events) {
    yield [
      event.eventId,
      event.type,
      event.organisatie,
      event.soort,
      event.periode,
      event.recordId,
      event.occurredAt,
      event.deliveryId,
      event.fileName,
      event.sha256,
      event.line === null ? null : String(event.line),
      event.supersedes,
      event.contentHash,
      event.payload === null || event.payload === undefined
        ? null
        : (event.payloadJson ?? JSON.stringify(event.payload)),
    ];
  }
}
