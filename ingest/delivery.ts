import type { Issue } from "./issue.ts";
import type { KindSpec, Payload } from "./kinds/kind-spec.ts";
import type { Organisation } from "./organisations.ts";
import type { Period } from "./period.ts";

/** One validated record of a delivery: its key, where it stood, its reference date and content. */
export interface ParsedRecord {
  recordId: string;
  line: number | null;
  occurredAt: string;
  payload: Payload;
  /** The payload's canonical JSON: hashed into contentHash and stored as the event's payload. */
  payloadJson: string;
  /** sha256 of payloadJson: equal content, equal hash. */
  contentHash: string;
}

/** A delivery that passed every check: ready to be diffed against what is known. */
export interface ParsedDelivery {
  fileName: string;
  sha256: string;
  format: "csv" | "json";
  organisatie: Organisation;
  spec: KindSpec;
  periode: Period;
  /** The snapshot date of snapshot kinds; null for period kinds. */
  peildatum: string | null;
  records: ParsedRecord[];
  warnings: Issue[];
}

/** The CLI's overrides of the identity a file name or JSON header gives. */
export interface IdentityOverrides {
  organisatie?: string | undefined;
  soort?: string | undefined;
  periode?: string | undefined;
}

export type ParseResult = { ok: true; delivery: ParsedDelivery } | { ok: false; issues: Issue[] };
