import { findKind } from "../../ingest/kinds/registry.ts";
import { inEffectOrder, replay } from "../../ingest/record-state.ts";
import { openStore, type StoreOptions } from "../../warehouse/open-store.ts";
import { readDeliveries } from "../../warehouse/read-deliveries.ts";
import { toStoredEvent } from "../../warehouse/stored-event.ts";

/** What a store knows, in a form two stores can be compared by (no positions, no times). */
export interface StoreKnowledge {
  /** `file: added/corrected/withdrawn/unchanged` per recorded delivery, sorted. */
  deliveries: string[];
  /** Per stream, the current version of each record (`record: content hash` or withdrawn), sorted. */
  streams: Map<string, string[]>;
  events: number;
}

/**
 * Replays every stream of the store the way ingest does (position order; snapshot kinds in
 * effect order, across their periods) into the current version of every record.
 */
export async function readKnowledge(options: StoreOptions): Promise<StoreKnowledge> {
  const store = await openStore(options);
  try {
    const rows = await store.db.selectFrom("events").selectAll().orderBy("position").execute();
    const byStream = new Map<string, ReturnType<typeof toStoredEvent>[]>();
    for (const event of rows.map(toStoredEvent)) {
      const snapshot = findKind(event.soort)?.mode === "snapshot";
      const key = [event.organisatie, event.soort, snapshot ? "*" : event.periode].join("/");
      byStream.set(key, [...(byStream.get(key) ?? []), event]);
    }
    const streams = new Map<string, string[]>();
    for (const [key, events] of [...byStream].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const ordered = key.endsWith("/*") ? inEffectOrder(events) : events;
      const state = [...replay(ordered)].map(([record, version]) =>
        version.withdrawn ? `${record}: withdrawn` : `${record}: ${version.contentHash}`,
      );
      streams.set(key, state.sort());
    }
    const deliveries = (await readDeliveries(store.db))
      .map((d) => `${d.fileName}: ${d.added}/${d.corrected}/${d.withdrawn}/${d.unchanged}`)
      .sort();
    return { deliveries, streams, events: rows.length };
  } finally {
    await store.close();
  }
}
