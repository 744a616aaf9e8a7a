import type { z } from "zod";
import type { fieldIssueCodes } from "../issue.ts";

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
