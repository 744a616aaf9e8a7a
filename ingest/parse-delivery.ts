import { previewValue } from "./checks/preview-value.ts";
import { sha256Hex } from "./content-hash.ts";
import type { IdentityOverrides, ParsedRecord, ParseResult } from "./delivery.ts";
import { parseDutchDate } from "./fields/dutch-date.ts";
import { type Issue, isError } from "./issue.ts";
import type { KindSpec, RowContext } from "./kinds/kind-spec.ts";
import type { Organisation } from "./organisations.ts";
import { type Period, periodOfDate } from "./period.ts";
import { openDelivery, rowIssuesOf } from "./read/read-delivery.ts";
import type { ReadResult, ReadRow } from "./read/read-result.ts";
import { resolveIdentity } from "./resolve-identity.ts";
import { type RowValidator, rowValidator } from "./validate-rows.ts";

export interface DeliveryInput {
  fileName: string;
  bytes: Uint8Array;
  overrides?: IdentityOverrides;
  /** Today's date (jjjj-mm-dd): reference dates after it are refused. */
  today: string;
}

/** The one peildatum of a snapshot, or the issues that say why there is none. */
function snapshotDate(
  file: string,
  records: readonly ParsedRecord[],
  declared: { peildatum?: string | undefined; periode: Period | undefined },
  today: string,
): { peildatum?: string; issues: Issue[] } {
  const dates = new Set(records.map((record) => record.occurredAt));
  if (dates.size > 1) {
    const value = [...dates].sort().join(", ");
    return {
      issues: [
        {
          code: "inconsistent-peildatum",
          severity: "error",
          file,
          column: "peildatum",
          value,
          expected: "dezelfde peildatum op elke regel",
        },
      ],
    };
  }
  const fromRecords = [...dates][0];
  // A JSON header's peildatum is only read here when no record carries one: check it as a row would.
  let declaredPeildatum = declared.peildatum;
  if (fromRecords === undefined && declaredPeildatum !== undefined) {
    const parsed = parseDutchDate(declaredPeildatum.trim());
    if (parsed === undefined) return { issues: [invalidPeildatum(file, declaredPeildatum)] };
    declaredPeildatum = parsed;
  }
  const peildatum = fromRecords ?? declaredPeildatum ?? declared.periode?.end;
  if (peildatum === undefined) {
    return {
      issues: [
        {
          code: "bad-period",
          severity: "error",
          file,
          column: "peildatum",
          expected: "een peildatum of een periode voor deze momentopname",
        },
      ],
    };
  }
  // Records' own dates were checked row by row; a date taken from the period's end was not. An
  // empty register dated in the future would withdraw every item from that day on.
  if (peildatum > today) {
    return {
      issues: [
        {
          code: "in-future",
          severity: "error",
          file,
          column: "peildatum",
          value: peildatum,
          expected: `een peildatum niet na vandaag (${today})`,
        },
      ],
    };
  }
  if (declared.periode && periodOfDate(peildatum).code !== declared.periode.code) {
    return {
      issues: [
        {
          code: "identity-mismatch",
          severity: "error",
          file,
          column: "peildatum",
          value: peildatum,
          expected: `een peildatum in de opgegeven periode ${declared.periode.code}`,
        },
      ],
    };
  }
  return { peildatum, issues: [] };
}

/** The refusal of a declared peildatum that is not a date (shown masked: it may be anything). */
function invalidPeildatum(file: string, text: string): Issue {
  return {
    code: "invalid-date",
    severity: "error",
    file,
    column: "peildatum",
    value: previewValue(text, 40),
    expected: "een datum (jjjj-mm-dd, dd-mm-jjjj, d-m-jjjj of dd/mm/jjjj)",
  };
}

/**
 * Keeps the first problem of each cell, and drops per-row "required" problems of a column
 * already reported missing from the header: one cause, one message.
 */
function onePerCell(issues: readonly Issue[]): Issue[] {
  const missing = new Set(issues.filter((i) => i.code === "missing-column").map((i) => i.column));
  const seen = new Set<string>();
  return issues.filter((issue) => {
    if (issue.code === "required" && missing.has(issue.column)) return false;
    if (issue.column === undefined || (issue.line === undefined && issue.record === undefined))
      return true;
    const cell = `${issue.line}/${issue.record}/${issue.column}`;
    if (seen.has(cell)) return false;
    seen.add(cell);
    return true;
  });
}

/**
 * A delivery file read, its identity resolved and its header checked, its rows not yet
 * validated: `rows` go through `validatorFor` one by one, then `completeDelivery` decides.
 */
export interface PreparedDelivery {
  fileName: string;
  sha256: string;
  format: ReadResult["format"];
  organisatie: Organisation;
  spec: KindSpec;
  /** The declared period; a snapshot without one takes it from its peildatum. */
  periode: Period | undefined;
  /** Read as they are iterated (see openDelivery), as often as needed. */
  rows: Iterable<ReadRow>;
  /** The rows to expect, at most: for progress. */
  rowCount: number;
  /** The problems found so far (identity, header), warnings included. */
  issues: Issue[];
  /** The row context: organisation, period (or today's) and delimiter. */
  context: RowContext;
  /** A JSON header's peildatum, filled into every row. */
  headerPeildatum: string | undefined;
  today: string;
}

/** Reads a delivery file's bytes, resolves its identity and checks its header. Pure. */
export function prepareDelivery(
  input: DeliveryInput,
): { ok: true; prepared: PreparedDelivery } | { ok: false; issues: Issue[] } {
  const { fileName: file, bytes, today } = input;
  const read = openDelivery(file, bytes);
  const resolved = resolveIdentity(file, read.identity, input.overrides ?? {});
  const identity = resolved.identity;
  if (!identity) {
    const issues = [...read.issues, ...rowIssuesOf(read.rows), ...resolved.issues];
    return { ok: false, issues: issues.filter(isError) };
  }
  const issues = [...read.issues, ...resolved.issues];

  const { organisatie, spec, periode } = identity;
  // A JSON file has no header: its records' own keys are checked row by row. An unreadable
  // header has been reported already.
  const checkHeader = read.format === "csv" && read.columns.length > 0;
  for (const column of checkHeader ? spec.required : []) {
    if (!read.columns.includes(column) && !(column === "peildatum" && read.identity.peildatum)) {
      issues.push({
        code: "missing-column",
        severity: "error",
        file,
        line: 1,
        column,
        expected: `de verplichte kolom ${column}`,
      });
    }
  }
  for (const column of read.columns) {
    if (!spec.columns.includes(column)) {
      issues.push({
        code: "unknown-column",
        severity: "warning",
        file,
        ...(read.format === "csv" && { line: 1 }),
        column,
        expected: `alleen kolommen van ${spec.soort}; deze kolom wordt niet opgeslagen`,
      });
    }
  }
  const headerPeildatum = read.identity.peildatum;
  return {
    ok: true,
    prepared: {
      fileName: file,
      sha256: sha256Hex(bytes),
      format: read.format,
      organisatie,
      spec,
      periode,
      rows: headerPeildatum
        ? Array.from(read.rows, (row) => ({
            ...row,
            cells: { peildatum: headerPeildatum, ...row.cells },
          }))
        : read.rows,
      rowCount: read.rowCount,
      issues,
      context: { organisatie, periode: periode ?? periodOfDate(today), delimiter: read.delimiter },
      headerPeildatum,
      today,
    },
  };
}

/** The validator of a prepared delivery's rows: a snapshot's dates are checked as a whole after. */
export function validatorFor(prepared: PreparedDelivery): RowValidator {
  const { fileName, spec, context, periode, today } = prepared;
  return rowValidator(
    fileName,
    spec,
    context,
    spec.mode === "snapshot" ? undefined : periode,
    today,
  );
}

/**
 * The outcome of a prepared delivery once its rows are validated: the delivery with every
 * record, or every problem (one per cell) when there is any.
 */
export function completeDelivery(
  prepared: PreparedDelivery,
  records: ParsedRecord[],
  rowIssues: readonly Issue[],
): ParseResult {
  const { fileName: file, spec, periode, today } = prepared;
  const issues = [...prepared.issues, ...rowIssues];
  let finalPeriod = periode;
  let peildatum: string | null = null;
  if (spec.mode === "snapshot") {
    const declared = { peildatum: prepared.headerPeildatum, periode };
    const snapshot = snapshotDate(file, records, declared, today);
    issues.push(...snapshot.issues);
    if (snapshot.peildatum) {
      peildatum = snapshot.peildatum;
      finalPeriod = periodOfDate(peildatum);
    }
  }
  const errors = refusalOf(issues);
  if (errors.length > 0 || !finalPeriod) return { ok: false, issues: errors };
  return {
    ok: true,
    delivery: {
      fileName: file,
      sha256: prepared.sha256,
      format: prepared.format,
      organisatie: prepared.organisatie,
      spec,
      periode: finalPeriod,
      peildatum,
      records,
      warnings: issues,
    },
  };
}

/** The errors among a file's issues, one per cell: what its refusal lists (empty: no refusal). */
export function refusalOf(issues: readonly Issue[]): Issue[] {
  return onePerCell(issues.filter(isError));
}

/**
 * Reads and validates one delivery file completely: its identity, every row and every cell.
 * Pure: the same bytes and today give the same result. Either every record is accepted or
 * the file is refused with the full list of problems.
 */
export function parseDelivery(input: DeliveryInput): ParseResult {
  const ready = prepareDelivery(input);
  return ready.ok ? validatePrepared(ready.prepared) : ready;
}

/** Validates every row of a prepared delivery and decides (see parseDelivery). */
export function validatePrepared(prepared: PreparedDelivery): ParseResult {
  const validator = validatorFor(prepared);
  const records: ParsedRecord[] = [];
  for (const row of prepared.rows) {
    const record = validator.check(row);
    if (record) records.push(record);
  }
  return completeDelivery(prepared, records, validator.issues);
}
