import type { z } from "zod";
import { fieldIssueCodes, type IssueCode } from "../issue.ts";
import type { FieldIssueCode } from "./field-issue.ts";

const fieldCodes: ReadonlySet<string> = new Set(fieldIssueCodes);

/** The IssueCode of a zod issue raised by a row schema (`params.issueCode`); any other issue is a `rule`. */
export function issueCodeOf(issue: z.core.$ZodIssue): IssueCode {
  if (issue.code === "custom") {
    const code: unknown = issue.params?.issueCode;
    return typeof code === "string" && fieldCodes.has(code) ? (code as FieldIssueCode) : "rule";
  }
  // zod's own wording for a key that is missing from the row altogether
  if (issue.code === "invalid_type" && issue.input === undefined) return "required";
  return "rule";
}
