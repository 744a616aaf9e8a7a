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
 * repeats within the batch). Bulk: one COPY straight into events, streamed while the rows are
 * encoded; `onProgress` hears (rows sent, rows in all) along the way.
 */
export async function appendEvents(
  session: Session,
  events: readonly NewEvent[],
  onProgress?: (done: number, total: number) => void,
): Promise<AppendReceipt> {
  const fresh = withoutRepeats(events);
  if (fresh.length === 0) return { added: 0, alreadyKnown: events.length };
  // Ids are content-derived and the caller plans against what is stored, so an id already
  // stored is rare: the unique index finds it during the COPY (looking every id up first cost
  // more than the COPY saved). Then the COPY is undone to a savepoint and the events go through
  // the staging table and ON CONFLICT, so the transaction survives.
  await sql`SAVEPOINT append_events`.execute(session.db);
  try {
    await session.copyRows("events", appendedColumns, eventRows(fresh, onProgress));
    await sql`RELEASE SAVEPOINT append_events`.execute(session.db);
    return { added: fresh.length, alreadyKnown: events.length - fresh.length };
  } catch (error) {
    if ((error as { code?: string }).code !== "23505") throw error;
    await sql`ROLLBACK TO SAVEPOINT append_events`.execute(session.db);
    const added = await appendThroughStaging(session, fresh);
    onProgress?.(fresh.length, fresh.length);
    return { added, alreadyKnown: events.length - added };
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

/** Progress is reported every this many rows (and at the end). */
const progressEvery = 5_000;

function* eventRows(
  events: readonly NewEvent[],
  onProgress?: (done: number, total: number) => void,
): Generator<(string | null)[]> {
  let done = 0;
  for (const event of events) {
    if (onProgress && done > 0 && done % progressEvery === 0) onProgress(done, events.length);
    done++;
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
  onProgress?.(done, events.length);
}
