import { z } from "zod";
import type { RawValue } from "../kinds/kind-spec.ts";
import { type FieldIssueCode, fieldIssue } from "./field-issue.ts";

/** A cell that holds something: never undefined, null, blank text or an empty array. */
export type Cell = Exclude<RawValue, null>;

/** The zod schema of one column: input a raw cell (or a missing key), output the normalised value. */
export type FieldSchema<T> = z.ZodType<T, RawValue>;

/** How a field reads a cell: what it says it expects, its issue code, and the reading itself. */
interface FieldReading<T> {
  expected: string;
  code: FieldIssueCode;
  parse: (cell: Cell) => T | undefined;
}

/** What a blank cell becomes: null, a fallback, or a `required` refusal (as does an empty list). */
type WhenBlank<T> = { kind: "null" } | { kind: "fallback"; value: T } | { kind: "required" };

/**
 * The readings of the fields made here, so that `required` and `withDefault` can make one
 * transform of a field instead of wrapping it in another: each wrapping costs an object and a
 * closure per cell, which counted at a million rows.
 */
const readings = new WeakMap<object, FieldReading<unknown>>();

/**
 * A column schema: a missing, null or blank cell (or an empty array) becomes null; anything else
 * goes through `parse`, which returns undefined to refuse the cell with `code` and `expected`.
 * `expected` is also the schema's description, so `required` can repeat it.
 */
export function field<T>(
  expected: string,
  code: FieldIssueCode,
  parse: (cell: Cell) => T | undefined,
): FieldSchema<T | null> {
  const reading: FieldReading<T> = { expected, code, parse };
  const schema = transformOf(reading, { kind: "null" }).describe(expected);
  readings.set(schema, reading as FieldReading<unknown>);
  return schema as unknown as FieldSchema<T | null>;
}

/** The reading of a schema made by `field`, if it is one. */
export function readingOf<T>(schema: FieldSchema<T | null>): FieldReading<T> | undefined {
  return readings.get(schema) as FieldReading<T> | undefined;
}

/** The expectation of a required column: `verplicht: ` and what the column expects. */
export function requiredExpectation(description: string | undefined): string {
  return `verplicht: ${description ?? "een waarde"}`;
}

/** One zod transform that reads a cell as `reading` does and treats a blank as `blank` says. */
export function transformOf<T>(reading: FieldReading<T>, blank: WhenBlank<T>) {
  const { expected, code, parse } = reading;
  // A transform alone is optional in an object, as a missing key must be.
  return z.transform((value: RawValue | undefined, ctx) => {
    const cell = presentCell(value);
    const parsed = cell === undefined ? null : parse(cell);
    if (parsed === undefined) {
      ctx.addIssue(fieldIssue(code, expected, value));
      return z.NEVER;
    }
    if (blank.kind === "required" && (parsed === null || isEmptyList(parsed))) {
      ctx.addIssue(fieldIssue("required", requiredExpectation(expected), undefined));
      return z.NEVER;
    }
    if (blank.kind === "fallback" && parsed === null) return blank.value;
    return parsed;
  });
}

function isEmptyList(value: unknown): boolean {
  return Array.isArray(value) && value.length === 0;
}

function presentCell(value: RawValue | undefined): Cell | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") {
    const trimmed = value.trim();
    return trimmed === "" ? undefined : trimmed;
  }
  if (Array.isArray(value) && value.length === 0) return undefined;
  return value;
}
