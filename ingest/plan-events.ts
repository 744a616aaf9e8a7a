import { contentUuid } from "./content-hash.ts";
import type { ParsedDelivery } from "./delivery.ts";
import type { DiffCounts, EventType, KnownEvent, PlannedEvent } from "./events.ts";
import type { Payload } from "./kinds/kind-spec.ts";
import { periodOfDate } from "./period.ts";
import { inEffectOrder, type RecordVersion, replay } from "./record-state.ts";

export interface PlanInput {
  delivery: ParsedDelivery;
  deliveryId: string;
  /** The events already stored for this delivery's stream, in position order. */
  known: readonly KnownEvent[];
  /** Snapshot kinds: the peildata of the snapshots accepted before. */
  knownPeildata: readonly string[];
}

interface TargetRecord {
  contentHash: string;
  payload: Payload;
  /** Absent for a version restored from the store (its payload comes back as an object). */
  payloadJson?: string;
  line: number | null;
  occurredAt: string;
}

type Diff = { events: PlannedEvent[]; counts: DiffCounts };

/**
 * Works out what a delivery changes: new records are delivered, changed ones corrected,
 * missing ones withdrawn, unchanged ones add nothing. Pure; event ids derive from content,
 * so planning the same delivery twice gives the same events.
 */
export function planEvents(input: PlanInput): Diff {
  const target = new Map<string, TargetRecord>();
  for (const record of input.delivery.records) {
    target.set(record.recordId, {
      contentHash: record.contentHash,
      payload: record.payload,
      payloadJson: record.payloadJson,
      line: record.line,
      occurredAt: record.occurredAt,
    });
  }
  if (input.delivery.spec.mode === "period") {
    return diff(input, replay(input.known), target, undefined);
  }
  return planSnapshot(input, target);
}

/** Snapshot kinds: diff against the state in force on the peildatum, then keep the next snapshot intact. */
function planSnapshot(input: PlanInput, target: Map<string, TargetRecord>): Diff {
  const peildatum = input.delivery.peildatum ?? input.delivery.periode.end;
  const ordered = inEffectOrder(input.known);
  const stateOn = (events: readonly KnownEvent[], date: string) =>
    replay(events.filter((e) => e.occurredAt <= date));
  const first = diff(input, stateOn(ordered, peildatum), target, peildatum);

  const next = input.knownPeildata.filter((date) => date > peildatum).sort()[0];
  if (next === undefined) return first;
  const lastPosition = input.known.reduce(
    (max, e) => (BigInt(e.position) > max ? BigInt(e.position) : max),
    0n,
  );
  const planned: KnownEvent[] = first.events.map((event, index) => ({
    ...event,
    position: lastPosition + BigInt(index + 1),
  }));
  const truth = stateOn(ordered, next);
  const after = stateOn(inEffectOrder([...input.known, ...planned]), next);
  const payloads = new Map(input.known.map((e) => [e.eventId, e.payload]));
  const restore = new Map<string, TargetRecord>();
  for (const [recordId, version] of truth) {
    if (version.withdrawn || version.contentHash === null) continue;
    restore.set(recordId, {
      contentHash: version.contentHash,
      payload: payloads.get(version.eventId) as Payload,
      line: null,
      occurredAt: next,
    });
  }
  const second = diff(input, after, restore, next);
  return { events: [...first.events, ...second.events], counts: first.counts };
}

/** The events that turn `state` into `target`; `effective` fixes the date of every event (snapshots). */
function diff(
  input: PlanInput,
  state: Map<string, RecordVersion>,
  target: Map<string, TargetRecord>,
  effective: string | undefined,
): Diff {
  const { delivery, deliveryId } = input;
  const counts: DiffCounts = { added: 0, corrected: 0, withdrawn: 0, unchanged: 0 };
  const events: PlannedEvent[] = [];
  const make = (
    type: EventType,
    recordId: string,
    occurredAt: string,
    supersedes: string | null,
    record: TargetRecord | undefined,
    line: number | null,
  ): PlannedEvent => {
    const periode = effective ? periodOfDate(occurredAt).code : delivery.periode.code;
    const contentHash = record?.contentHash ?? null;
    return {
      eventId: contentUuid(
        type,
        delivery.organisatie.code,
        delivery.spec.soort,
        periode,
        recordId,
        occurredAt,
        contentHash,
        supersedes,
      ),
      type,
      organisatie: delivery.organisatie.code,
      soort: delivery.spec.soort,
      periode,
      recordId,
      occurredAt,
      deliveryId,
      fileName: delivery.fileName,
      sha256: delivery.sha256,
      line,
      supersedes,
      contentHash,
      payload: record?.payload ?? null,
      ...(record?.payloadJson === undefined ? {} : { payloadJson: record.payloadJson }),
    };
  };
  for (const [recordId, record] of target) {
    const current = state.get(recordId);
    const occurredAt = effective ?? record.occurredAt;
    if (!current || current.withdrawn) {
      counts.added++;
      events.push(
        make(
          "RecordDelivered",
          recordId,
          occurredAt,
          current?.eventId ?? null,
          record,
          record.line,
        ),
      );
    } else if (current.contentHash === record.contentHash) {
      counts.unchanged++;
    } else {
      counts.corrected++;
      events.push(
        make("RecordCorrected", recordId, occurredAt, current.eventId, record, record.line),
      );
    }
  }
  for (const [recordId, current] of state) {
    if (current.withdrawn || target.has(recordId)) continue;
    counts.withdrawn++;
    events.push(
      make(
        "RecordWithdrawn",
        recordId,
        effective ?? current.occurredAt,
        current.eventId,
        undefined,
        null,
      ),
    );
  }
  return { events, counts };
}
