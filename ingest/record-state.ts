import type { KnownEvent } from "./events.ts";

/** A record as currently known: the event that last delivered or corrected it. */
export interface RecordVersion {
  eventId: string;
  contentHash: string | null;
  occurredAt: string;
  withdrawn: boolean;
}

/** Replays events (in the order given) into the latest version of every record. */
export function replay(events: Iterable<KnownEvent>): Map<string, RecordVersion> {
  const state = new Map<string, RecordVersion>();
  for (const event of events) {
    state.set(event.recordId, {
      eventId: event.eventId,
      contentHash: event.contentHash,
      occurredAt: event.occurredAt,
      withdrawn: event.type === "RecordWithdrawn",
    });
  }
  return state;
}

/** Known events ordered by when they take effect, then by position: the order of a snapshot history. */
export function inEffectOrder<T extends KnownEvent>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => {
    if (a.occurredAt !== b.occurredAt) return a.occurredAt < b.occurredAt ? -1 : 1;
    const left = BigInt(a.position);
    const right = BigInt(b.position);
    return left < right ? -1 : left > right ? 1 : 0;
  });
}
