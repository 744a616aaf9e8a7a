import { createReadStream } from "node:fs";
import { parse } from "csv-parse";
import { appendedColumns } from "../../warehouse/append-events.ts";
import { settleDisk } from "./settle-disk.ts";

/** Emmett's batch size in the comparison the architecture names. */
const batchSize = 500;

/**
 * Appends the prepared rows to Emmett's PostgreSQL event store, one stream per delivery, in
 * batches of 500 events per appendToStream; resolves to the seconds and the events appended.
 */
export async function appendWithEmmett(
  url: string,
  file: string,
): Promise<{ seconds: number; events: number }> {
  const { getPostgreSQLEventStore } = await import("@event-driven-io/emmett-postgresql");
  const store = getPostgreSQLEventStore(url);
  try {
    // Schema creation is Emmett's one-off cost, not an append: do it before the clock starts.
    await store.appendToStream("bench-warmup", [{ type: "warmup", data: {} }]);
    settleDisk();
    const started = performance.now();
    let events = 0;
    let stream = "";
    let batch: { type: string; data: Record<string, string | null> }[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      await store.appendToStream(stream, batch);
      events += batch.length;
      batch = [];
    };
    const rows = createReadStream(file).pipe(parse({ relax_column_count: false }));
    for await (const row of rows as AsyncIterable<string[]>) {
      const data: Record<string, string | null> = {};
      appendedColumns.forEach((column, index) => {
        data[column] = row[index] === "" ? null : (row[index] ?? null);
      });
      const deliveryStream = `delivery-${data.delivery_id}`;
      if (deliveryStream !== stream || batch.length === batchSize) {
        await flush();
        stream = deliveryStream;
      }
      batch.push({ type: data.type ?? "event", data });
    }
    await flush();
    return { seconds: (performance.now() - started) / 1000, events };
  } finally {
    await store.close();
  }
}
