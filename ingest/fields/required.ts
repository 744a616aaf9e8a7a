import { z } from "zod";
import { type FieldSchema, readingOf, requiredExpectation, transformOf } from "./field.ts";
import { fieldIssue } from "./field-issue.ts";

/** Makes a column mandatory: a blank cell or an empty list is refused as `required`, saying what was expected. */
export function required<T>(schema: FieldSchema<T | null>): FieldSchema<T> {
  const expected = requiredExpectation(schema.description);
  const reading = readingOf(schema);
  // A plain field stays one transform; anything else gets a second one after it.
  const mandatory = reading
    ? transformOf(reading, { kind: "required" })
    : schema.transform((value, ctx) => {
        if (value === null || (Array.isArray(value) && value.length === 0)) {
          ctx.addIssue(fieldIssue("required", expected, undefined));
          return z.NEVER;
        }
        return value;
      });
  return mandatory.describe(expected) as unknown as FieldSchema<T>;
}
