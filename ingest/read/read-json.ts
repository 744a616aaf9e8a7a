import {
  findPersonalData,
  type PersonalDataKind,
  personalDataNames,
} from "../checks/personal-data.ts";
import { personalDataInName } from "../checks/personal-data-in-name.ts";
import type { Issue } from "../issue.ts";
import { findForbiddenKeys, isForbiddenKey } from "./find-forbidden-keys.ts";
import { normaliseColumn } from "./normalise-column.ts";
import { type JsonColumns, readJsonRecord } from "./read-json-record.ts";
import type { DeliveryIdentity, ReadRow } from "./read-result.ts";

export interface JsonRead {
  identity: DeliveryIdentity;
  columns: string[];
  rows: ReadRow[];
  issues: Issue[];
}

const identityFields = ["organisatie", "soort", "periode", "peildatum"] as const;
const shape = 'een object { "organisatie", "soort", "periode", "records": [ {…}, … ] }';

/** Reads decoded JSON text: identity from the top-level fields, one row per object in `records`. */
export function readJson(file: string, text: string): JsonRead {
  const refused = (issues: Issue[]): JsonRead => ({ identity: {}, columns: [], rows: [], issues });
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    // The parser's message quotes the text, which may hold personal data: keep only where it stopped.
    const line = lineOfError(text, error instanceof Error ? error.message : "");
    return refused([{ ...malformed(file, "geldige JSON"), ...(line !== undefined && { line }) }]);
  }
  const forbidden = forbiddenKeyIssues(file, root);
  if (forbidden.length > 0) return refused(forbidden);
  if (!isObject(root)) return refused([malformed(file, shape)]);

  const top = new Map(Object.entries(root).map(([key, value]) => [normaliseColumn(key), value]));
  const issues: Issue[] = personalDataAtTop(file, root);
  const identity: DeliveryIdentity = {};
  for (const field of identityFields) {
    const value = top.get(field);
    if (typeof value === "string") identity[field] = value;
    else if (typeof value === "number") identity[field] = String(value);
    else if (value !== undefined && value !== null)
      issues.push({ ...malformed(file, "een tekst"), column: field });
  }
  const records = top.get("records");
  if (!Array.isArray(records)) {
    return { ...refused([...issues, { ...malformed(file, shape), column: "records" }]), identity };
  }

  const columns: JsonColumns = { seen: new Set(), normalised: new Map(), personal: new Set() };
  const rows: ReadRow[] = [];
  records.forEach((item: unknown, index) => {
    const record = index + 1;
    if (!isObject(item)) {
      issues.push({ ...malformed(file, "elk element van records een object { … }"), record });
      return;
    }
    const read = readJsonRecord(file, item, record, columns);
    issues.push(...read.issues);
    rows.push({ record, cells: read.cells });
  });
  return { identity, columns: [...columns.seen], rows, issues };
}

// Found before any row is built, so that no such key ever becomes a property; named by record where possible.
function forbiddenKeyIssues(file: string, root: unknown): Issue[] {
  const issue = (key: string, record?: number): Issue => ({
    code: "forbidden-key",
    severity: "error",
    file,
    ...(record !== undefined && { record }),
    column: key,
    expected: "geen sleutels __proto__, constructor of prototype",
  });
  if (!isObject(root)) return findForbiddenKeys(root).map((key) => issue(key));
  const issues: Issue[] = [];
  for (const [key, value] of Object.entries(root)) {
    if (isForbiddenKey(key)) issues.push(issue(key));
    if (normaliseColumn(key) === "records" && Array.isArray(value)) {
      value.forEach((item: unknown, index) => {
        for (const found of findForbiddenKeys(item)) issues.push(issue(found, index + 1));
      });
    } else for (const found of findForbiddenKeys(value)) issues.push(issue(found));
  }
  return issues;
}

// The fields beside `records` are never stored, but personal data there is refused all the same.
function personalDataAtTop(file: string, root: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  for (const [key, value] of Object.entries(root)) {
    const inName = personalDataInName(file, key, {});
    if (inName) issues.push(inName);
    else if (normaliseColumn(key) !== "records") {
      const values: unknown[] = Array.isArray(value) ? value : [value];
      const texts = values.filter((v) => typeof v === "string" || typeof v === "number");
      const found = texts
        .map((v) => findPersonalData(String(v)))
        .find((kind) => kind !== undefined);
      if (found) issues.push(personalDataIn(file, key, found));
    }
  }
  return issues;
}

function personalDataIn(file: string, column: string, found: PersonalDataKind): Issue {
  return {
    code: "personal-data",
    severity: "error",
    file,
    column,
    expected: `geen persoonsgegevens: de waarde bevat ${personalDataNames[found]}`,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function malformed(file: string, expected: string): Issue {
  return { code: "malformed-json", severity: "error", file, expected };
}

// V8 names a character position ("at position 42") or, in newer versions, a line ("line 3 column 5").
function lineOfError(text: string, message: string): number | undefined {
  const line = /\bline (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /\bposition (\d+)/.exec(message);
  if (!position) return undefined;
  let count = 1;
  const end = Math.min(Number(position[1]), text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}
