import { z } from "zod";
import type { RawValue } from "../kinds/kind-spec.ts";
import { type FieldIssueCode, fieldIssue } from "./field-issue.ts";

/** A cell that holds something: never undefined, null, blank text or an empty array. */
export type Cell = Exclude<RawValue, null>;

/** The zod schema of one column: input a raw cell (or a missing key), output the normalised value. */
export type FieldSchema<T> = z.ZodType<T, RawValue>;

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
  const schema = z
    .custom<RawValue>()
    .optional()
    .transform((value, ctx) => {
      const cell = presentCell(value);
      if (cell === undefined) return null;
      const parsed = parse(cell);
      if (parsed === undefined) {
        ctx.addIssue(fieldIssue(code, expected, value));
        return z.NEVER;
      }
      return parsed;
    })
    .describe(expected);
  // At run time zod treats the key as optional; the row type promises a RawValue for every column.
  return schema as unknown as FieldSchema<T | null>;
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
