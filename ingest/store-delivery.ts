import { appendEvents, recordDelivery } from "../warehouse/append-events.ts";
import { lockStream } from "../warehouse/lock-stream.ts";
import {
  deliveryKnown,
  readPeildata,
  readStream,
  readStreamVersions,
  type StreamFilter,
} from "../warehouse/read-stream.ts";
import type { Session } from "../warehouse/store.ts";
import type { ParsedDelivery } from "./delivery.ts";
import { type DiffedDelivery, planEvents } from "./plan-events.ts";
import type { FileReceipt } from "./receipt.ts";

/** The stream a delivery belongs to: its organisation's kind in its period (snapshots: in all). */
export function streamOf(delivery: DiffedDelivery): StreamFilter {
  return {
    organisatie: delivery.organisatie.code,
    soort: delivery.spec.soort,
    ...(delivery.spec.mode === "snapshot" ? {} : { periode: delivery.periode.code }),
  };
}

/** The name a stream is locked by. */
export function streamKeyOf(stream: StreamFilter): string {
  return [stream.organisatie, stream.soort, stream.periode ?? "*"].join("/");
}

/**
 * Stores a validated delivery in the caller's transaction: under the lock of its stream, reads
 * what is known, plans the diff, records the delivery and appends its events. All or nothing,
 * with the transaction.
 */
export async function storeDelivery(
  session: Session,
  delivery: ParsedDelivery,
  deliveryId: string,
  accepted: Omit<FileReceipt, "status">,
  onProgress?: (done: number, total: number) => void,
): Promise<FileReceipt> {
  const snapshot = delivery.spec.mode === "snapshot";
  const stream = streamOf(delivery);
  await lockStream(session, streamKeyOf(stream));
  if (await deliveryKnown(session, deliveryId))
    return { ...accepted, status: "already-known", unchanged: delivery.records.length };
  // Only a snapshot's diff restores a stored version, and so needs the payloads.
  const known = snapshot
    ? await readStream(session, stream)
    : await readStreamVersions(session, stream);
  const knownPeildata = snapshot ? await readPeildata(session, stream) : [];
  const plan = planEvents({ delivery, deliveryId, known, knownPeildata });
  await recordDelivery(session, {
    deliveryId,
    fileName: delivery.fileName,
    sha256: delivery.sha256,
    organisatie: stream.organisatie,
    soort: stream.soort,
    periode: delivery.periode.code,
    peildatum: delivery.peildatum,
    format: delivery.format,
    recordCount: delivery.records.length,
    ...plan.counts,
    warnings: delivery.warnings.length,
  });
  const events = (await appendEvents(session, plan.events)).added;
  onProgress?.(delivery.records.length, delivery.records.length);
  return { ...accepted, ...plan.counts, events, status: "accepted" };
}
