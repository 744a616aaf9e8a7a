/** The issue codes a column schema can raise; everything else about a row is checked by the caller. */
export const fieldIssueCodes = [
  "required",
  "invalid-date",
  "invalid-boolean",
  "invalid-count",
  "invalid-code",
  "invalid-text",
  "not-a-gemeente",
  "rule",
] as const;

/** What can be wrong with a delivery. Expected problems are data, never exceptions. */
export const issueCodes = [
  "empty-file",
  "file-too-large",
  "invalid-bytes",
  "malformed-csv",
  "malformed-json",
  "forbidden-key",
  "nested-value",
  "missing-header",
  "duplicate-column",
  "missing-column",
  "unknown-column",
  "too-many-fields",
  "field-too-long",
  "unknown-organisation",
  "unknown-kind",
  "bad-period",
  "identity-mismatch",
  "personal-data",
  "formula-injection",
  ...fieldIssueCodes,
  "outside-period",
  "in-future",
  "inconsistent-peildatum",
  "duplicate-key",
] as const;

export type IssueCode = (typeof issueCodes)[number];

export type Severity = "error" | "warning";

/**
 * One problem found in a delivery. `value` is always safe to show: personal data is
 * never put here in full. `line` is the physical line in a CSV file (1 = header);
 * `record` is the 1-based index in a JSON file's `records`.
 */
export interface Issue {
  code: IssueCode;
  severity: Severity;
  file: string;
  line?: number;
  record?: number;
  column?: string;
  value?: string;
  /** What was expected, in Dutch, e.g. "een datum (jjjj-mm-dd of dd-mm-jjjj)". */
  expected: string;
}

export const isError = (issue: Issue): boolean => issue.severity === "error";
