import type { Issue } from "../issue.ts";
import type { RawValue } from "../kinds/kind-spec.ts";
import { fieldTooLong } from "./field-too-long.ts";
import { findForbiddenKeys } from "./find-forbidden-keys.ts";
import { normaliseColumn } from "./normalise-column.ts";
import type { DeliveryIdentity, ReadRow } from "./read-result.ts";

export interface JsonRead {
  identity: DeliveryIdentity;
  columns: string[];
  rows: ReadRow[];
  issues: Issue[];
}

type Scalar = string | number | boolean | null;
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
    return refused([
      {
        code: "malformed-json",
        severity: "error",
        file,
        ...(line !== undefined && { line }),
        expected: "geldige JSON",
      },
    ]);
  }
  const forbidden = findForbiddenKeys(root);
  if (forbidden.length > 0) {
    return refused(
      forbidden.map((key) => ({
        code: "forbidden-key",
        severity: "error",
        file,
        column: key,
        expected: "geen sleutels __proto__, constructor of prototype",
      })),
    );
  }
  if (!isObject(root)) return refused([malformed(file, shape)]);

  const top = new Map(Object.entries(root).map(([key, value]) => [normaliseColumn(key), value]));
  const issues: Issue[] = [];
  const identity: DeliveryIdentity = {};
  for (const field of identityFields) {
    const value = top.get(field);
    if (typeof value === "string") identity[field] = value;
    else if (typeof value === "number") identity[field] = String(value);
    else if (value !== undefined && value !== null)
      issues.push({ ...malformed(file, "een tekst"), column: field });
  }
  const records = top.get("records");
  if (!Array.isArray(records))
    return { ...refused([...issues, { ...malformed(file, shape), column: "records" }]), identity };

  const columns: string[] = [];
  const rows: ReadRow[] = [];
  // Records repeat the same few keys; normalise each spelling once.
  const normalised = new Map<string, string>();
  records.forEach((item: unknown, index) => {
    const record = index + 1;
    if (!isObject(item)) {
      issues.push({ ...malformed(file, "elk element van records een object { … }"), record });
      return;
    }
    // A plain object is safe: forbidden keys are refused above and normalised names never are
    // `__proto__`; it is also four times faster to build than a prototype-less one.
    const cells: Record<string, RawValue> = {};
    for (const [key, value] of Object.entries(item)) {
      let column = normalised.get(key);
      if (column === undefined) {
        column = normaliseColumn(key);
        normalised.set(key, column);
      }
      if (column === "") {
        issues.push({ ...malformed(file, "een veldnaam"), record });
        continue;
      }
      if (Object.hasOwn(cells, column)) {
        issues.push(duplicate(file, record, column, key));
        continue;
      }
      if (!columns.includes(column)) columns.push(column);
      const cell = flatValue(value);
      if (cell === undefined) {
        issues.push(nested(file, record, column));
        continue;
      }
      for (const text of Array.isArray(cell) ? cell : [cell]) {
        const long =
          typeof text === "string" ? fieldTooLong(file, text, { record, column }) : undefined;
        if (long) issues.push(long);
      }
      cells[column] = cell;
    }
    rows.push({ record, cells });
  });
  return { identity, columns, rows, issues };
}

// A scalar, or a list of scalars; undefined for anything nested.
function flatValue(value: unknown): RawValue | undefined {
  if (Array.isArray(value)) return value.every(isScalar) ? (value as Scalar[]) : undefined;
  return isScalar(value) ? value : undefined;
}

function isScalar(value: unknown): value is Scalar {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function malformed(file: string, expected: string): Issue {
  return { code: "malformed-json", severity: "error", file, expected };
}

function duplicate(file: string, record: number, column: string, key: string): Issue {
  return {
    code: "duplicate-column",
    severity: "error",
    file,
    record,
    column,
    value: key.slice(0, 100),
    expected: "elk veld één keer (hoofdletters, spaties, streepjes en accenten tellen niet mee)",
  };
}

function nested(file: string, record: number, column: string): Issue {
  return {
    code: "nested-value",
    severity: "error",
    file,
    record,
    column,
    expected:
      "een enkele waarde (tekst, getal, ja/nee) of een lijst daarvan, geen object of geneste lijst",
  };
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
