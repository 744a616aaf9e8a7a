import { randomUUID } from "node:crypto";
import type { NewDelivery, NewEvent } from "../../warehouse/append-events.ts";

/** A valid event with fresh ids; override what the test is about. */
export function newTestEvent(overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    eventId: randomUUID(),
    type: "RecordDelivered",
    organisatie: "gemeente-almere",
    soort: "signalen",
    periode: "2025-Q1",
    recordId: "S-1",
    occurredAt: "2025-02-14",
    deliveryId: randomUUID(),
    fileName: "almere_signalen_2025-Q1.csv",
    sha256: "0".repeat(64),
    line: 2,
    supersedes: null,
    contentHash: "hash-1",
    payload: { categorie: "vastgoed", aantal: 1 },
    ...overrides,
  };
}

/** A valid delivery with a fresh id; override what the test is about. */
export function newTestDelivery(overrides: Partial<NewDelivery> = {}): NewDelivery {
  return {
    deliveryId: randomUUID(),
    fileName: "almere_signalen_2025-Q1.csv",
    sha256: "0".repeat(64),
    organisatie: "gemeente-almere",
    soort: "signalen",
    periode: "2025-Q1",
    peildatum: null,
    format: "csv",
    recordCount: 3,
    added: 3,
    corrected: 0,
    withdrawn: 0,
    unchanged: 0,
    warnings: 0,
    ...overrides,
  };
}
