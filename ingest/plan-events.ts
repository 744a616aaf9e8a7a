import { contentUuid } from "./content-hash.ts";
import type { ParsedDelivery, ParsedRecord } from "./delivery.ts";
import type { DiffCounts, EventType, KnownEvent, PlannedEvent } from "./events.ts";
import type { Payload } from "./kinds/kind-spec.ts";
import { type Period, periodOfDate } from "./period.ts";
import { inEffectOrder, type RecordVersion, replay } from "./record-state.ts";

export interface PlanInput {
  delivery: ParsedDelivery;
  deliveryId: string;
  /** The events already stored for this delivery's stream, in position order. */
  known: readonly KnownEvent[];
  /** Snapshot kinds: the peildata of the snapshots accepted before. */
  knownPeildata: readonly string[];
}

type Diff = { events: PlannedEvent[]; counts: DiffCounts };

/**
 * Works out what a delivery changes: new records are delivered, changed ones corrected,
 * missing ones withdrawn, unchanged ones add nothing. Pure; event ids derive from content,
 * so planning the same delivery twice gives the same events.
 */
export function planEvents(input: PlanInput): Diff {
  const target = new Map<string, DiffedRecord>();
  for (const record of input.delivery.records) {
    target.set(record.recordId, record);
  }
  if (input.delivery.spec.mode === "period") {
    return diff(input, replay(input.known), target, undefined);
  }
  return planSnapshot(input, target);
}

/** Snapshot kinds: diff against the state in force on the peildatum, then keep the next snapshot intact. */
function planSnapshot(input: PlanInput, target: Map<string, DiffedRecord>): Diff {
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
  const restore = new Map<string, DiffedRecord>();
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
  target: Map<string, DiffedRecord>,
  effective: string | undefined,
): Diff {
  const differ = recordDiff(input.delivery, input.deliveryId, state, effective);
  const events: PlannedEvent[] = [];
  for (const [recordId, record] of target) {
    const event = differ.next(recordId, record);
    if (event) events.push(event);
  }
  events.push(...differ.withdrawals(target));
  return { events, counts: differ.counts };
}

/** What a diff needs to know of the delivery whose records it compares. */
export type DiffedDelivery = Pick<
  ParsedDelivery,
  "organisatie" | "spec" | "fileName" | "sha256"
> & {
  periode: Period;
};

/** A record of a delivery as the diff compares it. */
export type DiffedRecord = Pick<ParsedRecord, "contentHash" | "payload" | "line" | "occurredAt"> & {
  /** Absent for a version restored from the store (its payload comes back as an object). */
  payloadJson?: string;
};

/**
 * A diff taken one delivered record at a time, so a large delivery can be stored while it is
 * read: `next` gives each record's event (or none when it is unchanged), `withdrawals` the
 * events of the records the delivery left out. `counts` adds up as it goes.
 */
export interface RecordDiff {
  next(recordId: string, record: DiffedRecord): PlannedEvent | undefined;
  withdrawals(delivered: { has(recordId: string): boolean }): PlannedEvent[];
  readonly counts: DiffCounts;
}

/** The diff of a delivery against `state`; `effective` fixes the date of every event (snapshots). */
export function recordDiff(
  delivery: DiffedDelivery,
  deliveryId: string,
  state: ReadonlyMap<string, RecordVersion>,
  effective: string | undefined,
): RecordDiff {
  const counts: DiffCounts = { added: 0, corrected: 0, withdrawn: 0, unchanged: 0 };
  const make = (
    type: EventType,
    recordId: string,
    occurredAt: string,
    supersedes: string | null,
    record: DiffedRecord | undefined,
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
  return {
    counts,
    next(recordId, record) {
      const current = state.get(recordId);
      const occurredAt = effective ?? record.occurredAt;
      if (!current || current.withdrawn) {
        counts.added++;
        const follows = current?.eventId ?? null;
        return make("RecordDelivered", recordId, occurredAt, follows, record, record.line);
      }
      if (current.contentHash === record.contentHash) {
        counts.unchanged++;
        return undefined;
      }
      counts.corrected++;
      return make("RecordCorrected", recordId, occurredAt, current.eventId, record, record.line);
    },
    withdrawals(delivered) {
      const events: PlannedEvent[] = [];
      for (const [recordId, current] of state) {
        if (current.withdrawn || delivered.has(recordId)) continue;
        counts.withdrawn++;
        const occurredAt = effective ?? current.occurredAt;
        events.push(
          make("RecordWithdrawn", recordId, occurredAt, current.eventId, undefined, null),
        );
      }
      return events;
    },
  };
}
