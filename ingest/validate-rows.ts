import { checkCells } from "./check-cells.ts";
import { previewValue } from "./checks/preview-value.ts";
import { hashedPayload } from "./content-hash.ts";
import type { ParsedRecord } from "./delivery.ts";
import { issueCodeOf } from "./fields/issue-code-of.ts";
import type { Issue } from "./issue.ts";
import type { KindSpec, RawValue, RowContext } from "./kinds/kind-spec.ts";
import type { Period } from "./period.ts";
import type { ReadRow } from "./read/read-result.ts";

function shown(value: RawValue | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
  return previewValue(Array.isArray(value) ? value.join("|") : String(value), 40);
}

function dateOutsidePeriod(spec: KindSpec, date: string, periode: Period | undefined): boolean {
  if (periode === undefined) return false;
  if (date > periode.end) return true;
  return spec.referenceRule === "inside" && date < periode.start;
}

/** Validates a delivery's rows one at a time, collecting every problem on the way. */
export interface RowValidator {
  /**
   * The record of one row, or undefined when the row has a problem (added to `issues`, after
   * the problems found reading it). A row with a problem only in its reading still gives its
   * record: the delivery is refused all the same.
   */
  check(row: ReadRow): ParsedRecord | undefined;
  /** Every problem of the rows checked so far, in row order. */
  readonly issues: Issue[];
}

/**
 * Checks rows against their kind: cell checks, the row schema, the reference date against the
 * period (when one is declared) and today, and unique keys (across all rows it is given).
 */
export function rowValidator(
  file: string,
  spec: KindSpec,
  context: RowContext,
  declaredPeriod: Period | undefined,
  today: string,
): RowValidator {
  const schema = spec.schema(context);
  const known = new Set(spec.columns);
  const issues: Issue[] = [];
  // The line (or JSON record) number where each key first came: a number per row, not a text.
  const firstPlaceOfKey = new Map<string, number>();
  const onlyKey = spec.keyColumns.length === 1 ? spec.keyColumns[0] : undefined;

  const check = (row: ReadRow): ParsedRecord | undefined => {
    if (row.issues) issues.push(...row.issues);
    const where: Pick<Issue, "file" | "line" | "record"> = { file };
    if (row.line !== undefined) where.line = row.line;
    if (row.record !== undefined) where.record = row.record;
    const cellCheck = checkCells(row.cells, where);
    if (cellCheck.issues.length > 0) issues.push(...cellCheck.issues);
    const knownCells: Record<string, RawValue> = {};
    for (const column in row.cells) {
      if (known.has(column)) knownCells[column] = row.cells[column] as RawValue;
    }
    const result = schema.safeParse(knownCells);
    if (!result.success) {
      for (const zodIssue of result.error.issues) {
        const column = String(zodIssue.path[0] ?? "");
        if (cellCheck.personal.has(column)) continue;
        const value = shown(row.cells[column]);
        issues.push({
          ...where,
          code: issueCodeOf(zodIssue),
          severity: "error",
          ...(column ? { column } : {}),
          ...(value === undefined ? {} : { value }),
          expected: zodIssue.message,
        });
      }
      return undefined;
    }
    if (cellCheck.issues.length > 0) return undefined;
    const payload = result.data;
    const occurredAt = String(payload[spec.referenceColumn]);
    // A snapshot's date belongs to the delivery, not the item: an unchanged item stays unchanged.
    if (spec.mode === "snapshot") delete payload[spec.referenceColumn];
    const column = spec.referenceColumn;
    if (declaredPeriod && dateOutsidePeriod(spec, occurredAt, declaredPeriod)) {
      issues.push({
        ...where,
        code: "outside-period",
        severity: "error",
        column,
        value: occurredAt,
        expected:
          spec.referenceRule === "inside"
            ? `een datum binnen de periode ${declaredPeriod.code} (${declaredPeriod.start} t/m ${declaredPeriod.end})`
            : `een datum niet na het einde van de periode ${declaredPeriod.code} (${declaredPeriod.end})`,
      });
    } else if (occurredAt > today) {
      issues.push({
        ...where,
        code: "in-future",
        severity: "error",
        column,
        value: occurredAt,
        expected: `een datum niet na vandaag (${today})`,
      });
    }
    const recordId =
      onlyKey === undefined
        ? spec.keyColumns.map((key) => String(payload[key] ?? "")).join("|")
        : String(payload[onlyKey] ?? "");
    const firstAt = firstPlaceOfKey.get(recordId);
    if (firstAt !== undefined) {
      // A file's rows are all lines (CSV) or all records (JSON).
      const place = row.line === undefined ? `record ${firstAt}` : `regel ${firstAt}`;
      issues.push({
        ...where,
        code: "duplicate-key",
        severity: "error",
        column: spec.keyColumns.join("+"),
        value: recordId,
        expected: `een unieke sleutel; deze komt al voor op ${place}`,
      });
      return undefined;
    }
    firstPlaceOfKey.set(recordId, row.line ?? row.record ?? 0);
    return {
      recordId,
      line: row.line ?? row.record ?? null,
      occurredAt,
      payload,
      ...hashedPayload(payload),
    };
  };
  return { check, issues };
}
