import { expect } from "vitest";
import type { ParseResult } from "../../../ingest/delivery.ts";
import { type IssueCode, issueCodes } from "../../../ingest/issue.ts";

const codes = new Set<IssueCode>(issueCodes);

// Problems that only a row can have: they must say where it is (line or record).
const rowCodes = new Set<IssueCode>([
  "nested-value",
  "too-many-fields",
  "formula-injection",
  "required",
  "invalid-boolean",
  "invalid-count",
  "invalid-code",
  "invalid-text",
  "not-a-gemeente",
  "outside-period",
  "duplicate-key",
  "rule",
]);

// Problems of one value or name, in a row or in a JSON file's own fields: they name its column.
const cellCodes = new Set<IssueCode>([
  ...[...rowCodes].filter((code) => code !== "too-many-fields"),
  "personal-data",
  "invalid-date",
  "in-future",
  "field-too-long",
  "duplicate-column",
  "missing-column",
  "unknown-column",
  "forbidden-key",
]);

const isoDate = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Asserts the contract of parseDelivery on any input: accepted with records that have a key,
 * a real date not after today and a real quarter; or refused with at least one error, each
 * naming the file, a known code, what was expected and, for a row, where it is.
 */
export function expectWellFormed(
  result: ParseResult,
  input: { fileName: string; bytes: Uint8Array; today: string },
): void {
  const file = input.fileName.split(/[/\\]/).pop();
  if (result.ok) {
    const { delivery } = result;
    expect(delivery.periode.code).toMatch(/^\d{4}-Q[1-4]$/);
    if (delivery.peildatum !== null) {
      expect(delivery.peildatum).toMatch(isoDate);
      expect(delivery.peildatum <= input.today).toBe(true);
    }
    for (const record of delivery.records) {
      expect(typeof record.recordId).toBe("string");
      expect(record.occurredAt).toMatch(isoDate);
      expect(record.occurredAt <= input.today).toBe(true);
    }
    return;
  }
  expect(result.issues.length).toBeGreaterThan(0);
  const lines = countLines(input.bytes);
  for (const issue of result.issues) {
    expect(codes.has(issue.code), issue.code).toBe(true);
    expect(issue.severity).toBe("error");
    expect([input.fileName, file]).toContain(issue.file);
    expect(issue.expected.length).toBeGreaterThan(0);
    if (issue.line !== undefined) {
      expect(Number.isInteger(issue.line) && issue.line >= 1 && issue.line <= lines).toBe(true);
    }
    if (issue.record !== undefined) expect(issue.record).toBeGreaterThanOrEqual(1);
    if (rowCodes.has(issue.code)) expect(issue.line ?? issue.record, issue.code).toBeDefined();
    if (cellCodes.has(issue.code)) expect(issue.column, issue.code).toBeTruthy();
  }
}

// Lines as a partner's editor counts them: LF, CRLF and a lone CR each end one.
function countLines(bytes: Uint8Array): number {
  let lines = 1;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) lines++;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) lines++;
  }
  return lines;
}
