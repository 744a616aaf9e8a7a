import { z } from "zod";
import type { FieldSchema } from "./field.ts";
import { fieldIssue } from "./field-issue.ts";

/** Makes a column mandatory: a blank cell or an empty list is refused as `required`, saying what was expected. */
export function required<T>(schema: FieldSchema<T | null>): FieldSchema<T> {
  const expected = `verplicht: ${schema.description ?? "een waarde"}`;
  return schema
    .transform((value, ctx) => {
      if (value === null || (Array.isArray(value) && value.length === 0)) {
        ctx.addIssue(fieldIssue("required", expected, undefined));
        return z.NEVER;
      }
      return value;
    })
    .describe(expected);
}
