import { sql } from "kysely";
import type { Session } from "./store.ts";

/**
 * Waits for, then holds until the transaction ends, the lock of one stream (e.g.
 * `gemeente-almere/signalen/2025-Q1`), so two ingests of it read and append one after the other.
 */
export async function lockStream(session: Session, streamKey: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${streamKey}, 0))`.execute(session.db);
}
