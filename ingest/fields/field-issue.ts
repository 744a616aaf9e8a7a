import type { z } from "zod";
import type { IssueCode } from "../issue.ts";

/** The issue codes a column schema can raise; everything else about a row is checked by the caller. */
export const fieldIssueCodes = [
  "required",
  "invalid-date",
  "invalid-boolean",
  "invalid-count",
  "invalid-code",
  "invalid-text",
  "not-a-gemeente",
  "rule",
] as const satisfies readonly IssueCode[];

export type FieldIssueCode = (typeof fieldIssueCodes)[number];

/** A zod issue for a refused cell: the message says what was expected, `params.issueCode` what went wrong. */
export function fieldIssue(
  issueCode: FieldIssueCode,
  expected: string,
  input: unknown,
  path?: PropertyKey[],
): z.core.$ZodSuperRefineIssue<z.core.$ZodIssueCustom> {
  return {
    code: "custom",
    message: expected,
    input,
    params: { issueCode },
    path: path ?? [],
  };
}
