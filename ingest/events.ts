import type { Payload } from "./kinds/kind-spec.ts";

/** The three things that can happen to a delivered record, named in the past tense. */
export type EventType = "RecordDelivered" | "RecordCorrected" | "RecordWithdrawn";

/** An event as planned by the diff, ready to append. */
export interface PlannedEvent {
  eventId: string;
  type: EventType;
  organisatie: string;
  soort: string;
  periode: string;
  recordId: string;
  occurredAt: string;
  deliveryId: string;
  fileName: string;
  sha256: string;
  line: number | null;
  /** The event this one corrects or withdraws (or the withdrawal a re-delivery follows). */
  supersedes: string | null;
  contentHash: string | null;
  payload: Payload | null;
  /** The payload as JSON when it is at hand already (a delivered record's canonical JSON). */
  payloadJson?: string;
}

/** What the diff needs to know of an event already in the store. */
export interface KnownEvent {
  position: string | number | bigint;
  eventId: string;
  type: string;
  recordId: string;
  occurredAt: string;
  contentHash: string | null;
  /** Needed only for snapshot kinds, to restore a later snapshot's version. */
  payload?: unknown;
}

/** How a delivery changed what was known. */
export interface DiffCounts {
  added: number;
  corrected: number;
  withdrawn: number;
  unchanged: number;
}
