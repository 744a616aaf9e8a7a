import { personalDataInName } from "../checks/personal-data-in-name.ts";
import type { Issue } from "../issue.ts";
import type { RawRow, RawValue } from "../kinds/kind-spec.ts";
import { fieldTooLong } from "./field-too-long.ts";
import { normaliseColumn } from "./normalise-column.ts";

type Scalar = string | number | boolean | null;

/** What the records of one file share: the columns seen so far, and each key spelling normalised once. */
export interface JsonColumns {
  seen: Set<string>;
  normalised: Map<string, string>;
  /** Key spellings that hold personal data: refused in every record, never used as a column. */
  personal: Set<string>;
}

/** One JSON record (already free of forbidden keys) as cells keyed by normalised name, with its issues. */
export function readJsonRecord(
  file: string,
  item: Record<string, unknown>,
  record: number,
  columns: JsonColumns,
): { cells: RawRow; issues: Issue[] } {
  const issues: Issue[] = [];
  // A plain object is safe: forbidden keys are refused before this and normalised names never are
  // `__proto__`; it is also four times faster to build than a prototype-less one.
  const cells: Record<string, RawValue> = {};
  for (const [key, value] of Object.entries(item)) {
    let column = columns.normalised.get(key);
    if (column === undefined) {
      if (personalDataInName(file, key, {})) columns.personal.add(key);
      column = normaliseColumn(key);
      columns.normalised.set(key, column);
    }
    const personal = columns.personal.has(key) && personalDataInName(file, key, { record });
    if (personal) {
      issues.push(personal);
      continue;
    }
    if (column === "") {
      issues.push({
        code: "malformed-json",
        severity: "error",
        file,
        record,
        expected: "een veldnaam",
      });
      continue;
    }
    if (Object.hasOwn(cells, column)) {
      issues.push(duplicate(file, record, column, key));
      continue;
    }
    columns.seen.add(column);
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
  return { cells, issues };
}

// A scalar, or a list of scalars; undefined for anything nested.
function flatValue(value: unknown): RawValue | undefined {
  if (Array.isArray(value)) return value.every(isScalar) ? (value as Scalar[]) : undefined;
  return isScalar(value) ? value : undefined;
}

function isScalar(value: unknown): value is Scalar {
  return (
    value === null ||
    typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "boolean"
  );
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
