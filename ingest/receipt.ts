import type { DiffCounts } from "./events.ts";
import type { Issue } from "./issue.ts";

/** What became of one file: accepted (with what it changed), already known, valid (dry run) or refused. */
export interface FileReceipt extends DiffCounts {
  file: string;
  status: "accepted" | "already-known" | "valid" | "refused";
  organisatie?: string;
  soort?: string;
  periode?: string;
  records: number;
  /** Events actually appended (0 when another load stored the same events first). */
  events: number;
  warnings: Issue[];
  issues: Issue[];
}

export const noChanges: DiffCounts = { added: 0, corrected: 0, withdrawn: 0, unchanged: 0 };
