import { describe, expect, it } from "vitest";
import { hashedPayload } from "../../ingest/content-hash.ts";
import type { ParsedDelivery, ParsedRecord } from "../../ingest/delivery.ts";
import type { KnownEvent, PlannedEvent } from "../../ingest/events.ts";
import type { KindSpec } from "../../ingest/kinds/kind-spec.ts";
import { findOrganisation } from "../../ingest/organisations.ts";
import { type Period, parsePeriod } from "../../ingest/period.ts";
import { planEvents } from "../../ingest/plan-events.ts";

const almere = findOrganisation("GM0034");
if (!almere) throw new Error("Almere is missing from the organisations");

function spec(mode: KindSpec["mode"]): KindSpec {
  return {
    soort: mode === "period" ? "signalen" : "formatie",
    mode,
    title: "test",
    columns: [],
    required: [],
    keyColumns: [],
    referenceColumn: mode === "period" ? "datum_ontvangen" : "peildatum",
    referenceRule: "inside",
    schema: () => {
      throw new Error("not used by the diff");
    },
  };
}

function period(code: string): Period {
  const found = parsePeriod(code);
  if (!found) throw new Error(code);
  return found;
}

function withHash(
  payload: ParsedRecord["payload"],
): Pick<ParsedRecord, "payload" | "payloadJson" | "contentHash"> {
  return { payload, ...hashedPayload(payload) };
}

function delivery(
  mode: KindSpec["mode"],
  records: Record<string, string>,
  date: string,
  periode = "2025-Q3",
): ParsedDelivery {
  const parsed: ParsedRecord[] = Object.entries(records).map(([recordId, value], index) => ({
    recordId,
    line: index + 2,
    occurredAt: date,
    // Snapshot payloads do not carry their peildatum: the event's occurred_at does.
    ...withHash(mode === "period" ? { id: recordId, value, datum: date } : { id: recordId, value }),
  }));
  return {
    fileName: "f.csv",
    sha256: "abc",
    format: "csv",
    organisatie: almere as NonNullable<typeof almere>,
    spec: spec(mode),
    periode: period(periode),
    peildatum: mode === "snapshot" ? date : null,
    records: parsed,
    warnings: [],
  };
}

/** Stores planned events as known ones, with positions continuing after the given ones. */
function asKnown(
  planned: readonly PlannedEvent[],
  before: readonly KnownEvent[] = [],
): KnownEvent[] {
  return [
    ...before,
    ...planned.map((event, index) => ({ ...event, position: before.length + index + 1 })),
  ];
}

const types = (events: readonly PlannedEvent[]) =>
  events.map((e) => `${e.type}:${e.recordId}@${e.occurredAt}`).sort();

describe("planEvents(period kind)", () => {
  const first = delivery("period", { A: "1", B: "2", C: "3" }, "2025-08-01");

  it("delivers every record of a first delivery", () => {
    const plan = planEvents({ delivery: first, deliveryId: "d1", known: [], knownPeildata: [] });
    expect(plan.counts).toEqual({ added: 3, corrected: 0, withdrawn: 0, unchanged: 0 });
    expect(types(plan.events)).toEqual([
      "RecordDelivered:A@2025-08-01",
      "RecordDelivered:B@2025-08-01",
      "RecordDelivered:C@2025-08-01",
    ]);
  });

  it("adds nothing for the same content again", () => {
    const known = asKnown(
      planEvents({ delivery: first, deliveryId: "d1", known: [], knownPeildata: [] }).events,
    );
    const again = planEvents({ delivery: first, deliveryId: "d2", known, knownPeildata: [] });
    expect(again.events).toEqual([]);
    expect(again.counts.unchanged).toBe(3);
  });

  it("corrects a changed record and withdraws a missing one, pointing at what they supersede", () => {
    const known = asKnown(
      planEvents({ delivery: first, deliveryId: "d1", known: [], knownPeildata: [] }).events,
    );
    const second = delivery("period", { A: "1", B: "20" }, "2025-08-01");
    const plan = planEvents({ delivery: second, deliveryId: "d2", known, knownPeildata: [] });
    expect(plan.counts).toEqual({ added: 0, corrected: 1, withdrawn: 1, unchanged: 1 });
    expect(types(plan.events)).toEqual([
      "RecordCorrected:B@2025-08-01",
      "RecordWithdrawn:C@2025-08-01",
    ]);
    const byRecord = Object.fromEntries(known.map((e) => [e.recordId, e.eventId]));
    for (const event of plan.events) expect(event.supersedes).toBe(byRecord[event.recordId]);
  });

  it("re-delivers a withdrawn record as a new event with its own id", () => {
    const d1 = planEvents({ delivery: first, deliveryId: "d1", known: [], knownPeildata: [] });
    const withoutC = delivery("period", { A: "1", B: "2" }, "2025-08-01");
    const d2 = planEvents({
      delivery: withoutC,
      deliveryId: "d2",
      known: asKnown(d1.events),
      knownPeildata: [],
    });
    const known = asKnown(d2.events, asKnown(d1.events));
    const d3 = planEvents({ delivery: first, deliveryId: "d3", known, knownPeildata: [] });
    expect(types(d3.events)).toEqual(["RecordDelivered:C@2025-08-01"]);
    const firstC = d1.events.find((e) => e.recordId === "C");
    expect(d3.events[0]?.eventId).not.toBe(firstC?.eventId);
  });

  it("derives the same event ids when the same delivery is planned twice", () => {
    const one = planEvents({ delivery: first, deliveryId: "d1", known: [], knownPeildata: [] });
    const two = planEvents({ delivery: first, deliveryId: "d1", known: [], knownPeildata: [] });
    expect(two.events.map((e) => e.eventId)).toEqual(one.events.map((e) => e.eventId));
    expect(new Set(one.events.map((e) => e.eventId)).size).toBe(3);
  });
});

describe("planEvents(snapshot kind)", () => {
  const june = delivery("snapshot", { A: "1", B: "2" }, "2025-06-30", "2025-Q2");

  it("withdraws items absent from a later snapshot from its peildatum", () => {
    const known = asKnown(
      planEvents({ delivery: june, deliveryId: "d1", known: [], knownPeildata: [] }).events,
    );
    const december = delivery("snapshot", { A: "1" }, "2025-12-31", "2025-Q4");
    const plan = planEvents({
      delivery: december,
      deliveryId: "d2",
      known,
      knownPeildata: ["2025-06-30"],
    });
    expect(types(plan.events)).toEqual(["RecordWithdrawn:B@2025-12-31"]);
    expect(plan.events[0]?.periode).toBe("2025-Q4");
  });

  it("keeps a later snapshot intact when an earlier one arrives late", () => {
    // June {A, B}, September {A, B} (adds nothing), December {A}; then a late August {A, B, C}.
    const d1 = planEvents({ delivery: june, deliveryId: "d1", known: [], knownPeildata: [] });
    const september = delivery("snapshot", { A: "1", B: "2" }, "2025-09-30", "2025-Q3");
    const d2 = planEvents({
      delivery: september,
      deliveryId: "d2",
      known: asKnown(d1.events),
      knownPeildata: ["2025-06-30"],
    });
    expect(d2.events).toEqual([]);
    const december = delivery("snapshot", { A: "1" }, "2025-12-31", "2025-Q4");
    const d3 = planEvents({
      delivery: december,
      deliveryId: "d3",
      known: asKnown(d1.events),
      knownPeildata: ["2025-06-30", "2025-09-30"],
    });
    const known = asKnown(d3.events, asKnown(d1.events));
    const august = delivery("snapshot", { A: "1", B: "2", C: "9" }, "2025-08-15", "2025-Q3");
    const plan = planEvents({
      delivery: august,
      deliveryId: "d4",
      known,
      knownPeildata: ["2025-06-30", "2025-09-30", "2025-12-31"],
    });
    // C is in force from 15 August until the September snapshot, which did not list it.
    expect(types(plan.events)).toEqual([
      "RecordDelivered:C@2025-08-15",
      "RecordWithdrawn:C@2025-09-30",
    ]);
    expect(plan.counts).toEqual({ added: 1, corrected: 0, withdrawn: 0, unchanged: 2 });
  });

  it("restores the later snapshot's version of an item an earlier late snapshot corrects", () => {
    const d1 = planEvents({ delivery: june, deliveryId: "d1", known: [], knownPeildata: [] });
    const december = delivery("snapshot", { A: "1", B: "2" }, "2025-12-31", "2025-Q4");
    const d2 = planEvents({
      delivery: december,
      deliveryId: "d2",
      known: asKnown(d1.events),
      knownPeildata: ["2025-06-30"],
    });
    expect(d2.events).toEqual([]);
    const known = asKnown(d1.events);
    const september = delivery("snapshot", { A: "5", B: "2" }, "2025-09-30", "2025-Q3");
    const plan = planEvents({
      delivery: september,
      deliveryId: "d3",
      known,
      knownPeildata: ["2025-06-30", "2025-12-31"],
    });
    expect(types(plan.events)).toEqual([
      "RecordCorrected:A@2025-09-30",
      "RecordCorrected:A@2025-12-31",
    ]);
    const restored = plan.events.find((e) => e.occurredAt === "2025-12-31");
    expect(restored?.payload).toEqual({ id: "A", value: "1" });
  });
});
