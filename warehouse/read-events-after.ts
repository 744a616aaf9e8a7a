import { sql } from "kysely";
import { dbOf, type Queryable } from "./store.ts";
import { type StoredEvent, toStoredEvent } from "./stored-event.ts";

/**
 * The condition that keeps a reader from skipping an event: positions are taken before commit,
 * so only events of transactions older than every running one are final in position order
 * (Emmett's approach). Use it in any reader that keeps a checkpoint, also in a COPY … TO.
 */
export const SETTLED_EVENTS = "transaction_id < pg_snapshot_xmin(pg_current_snapshot())";

/**
 * Up to `limit` events after `position`, in position order, never passing an event that is
 * still uncommitted: a later read from the last returned position sees everything in order.
 */
export async function readEventsAfter(
  source: Queryable,
  position: bigint | string | number,
  limit: number,
): Promise<StoredEvent[]> {
  const rows = await dbOf(source)
    .selectFrom("events")
    .selectAll()
    .where("position", ">", String(position))
    .where(sql.raw<boolean>(SETTLED_EVENTS))
    .orderBy("position")
    .limit(limit)
    .execute();
  return rows.map(toStoredEvent);
}
