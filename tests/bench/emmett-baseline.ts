import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { appendedColumns } from "../../warehouse/append-events.ts";
import { settleDisk } from "./settle-disk.ts";

/** Emmett's batch size in the comparison the architecture names. */
const batchSize = 500;

/**
 * Appends the prepared rows (COPY text format) to Emmett's PostgreSQL event store, one stream per delivery, in
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
    for await (const line of createInterface({ input: createReadStream(file), crlfDelay: 0 })) {
      const row = line.split("\t").map(fromCopyText);
      const data: Record<string, string | null> = {};
      appendedColumns.forEach((column, index) => {
        data[column] = row[index] ?? null;
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

const unescaped: Readonly<Record<string, string>> = { "\\": "\\", t: "\t", n: "\n", r: "\r" };

/** A field of COPY's text format as its value: \N is null, backslash escapes undone. */
function fromCopyText(field: string): string | null {
  if (field === "\\N") return null;
  return field.includes("\\")
    ? field.replace(/\\(.)/g, (_, c: string) => unescaped[c] ?? c)
    : field;
}
