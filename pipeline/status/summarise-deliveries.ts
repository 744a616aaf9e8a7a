import type { StoredDelivery } from "../../warehouse/read-deliveries.ts";
import { deliveryKey, findOverdue, type Overdue } from "./find-overdue.ts";

export interface StreamStatus {
  organisatie: string;
  soort: string;
  perioden: string[];
  /** When the last delivery of this organisation and kind was received (jjjj-mm-dd uu:mm). */
  laatste: string;
  records: number;
  correcties: number;
  intrekkingen: number;
}

export interface DeliveryStatus {
  events: number;
  deliveries: number;
  streams: StreamStatus[];
  overdue: Overdue[];
}

const minute = (date: Date) => date.toISOString().slice(0, 16).replace("T", " ");

/** What `status` shows, from the recorded deliveries: pure, so it is tested without a database. */
export function summariseDeliveries(
  deliveries: readonly StoredDelivery[],
  events: number,
  today: string,
): DeliveryStatus {
  const streams = new Map<string, StreamStatus>();
  for (const d of deliveries) {
    const key = `${d.organisatie}/${d.soort}`;
    const stream = streams.get(key) ?? {
      organisatie: d.organisatie,
      soort: d.soort,
      perioden: [],
      laatste: "",
      records: 0,
      correcties: 0,
      intrekkingen: 0,
    };
    if (!stream.perioden.includes(d.periode)) stream.perioden.push(d.periode);
    stream.laatste = minute(d.receivedAt); // deliveries come oldest first
    stream.records += d.added;
    stream.correcties += d.corrected;
    stream.intrekkingen += d.withdrawn;
    streams.set(key, stream);
  }
  const delivered = new Set(deliveries.map((d) => deliveryKey(d.organisatie, d.soort, d.periode)));
  const sorted = [...streams.values()].sort((a, b) =>
    a.organisatie + a.soort < b.organisatie + b.soort ? -1 : 1,
  );
  for (const stream of sorted) stream.perioden.sort();
  return {
    events,
    deliveries: deliveries.length,
    streams: sorted,
    overdue: findOverdue(delivered, today),
  };
}
