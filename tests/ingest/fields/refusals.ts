import type { z } from "zod";
import { issueCodeOf } from "../../../ingest/fields/issue-code-of.ts";

/** The refusals of a safeParse result as [column, issue code], or [] when it passed. */
export function refusals(result: z.ZodSafeParseResult<unknown>): [string, string][] {
  if (result.success) return [];
  return result.error.issues.map((issue) => [String(issue.path[0] ?? ""), issueCodeOf(issue)]);
}
