import type { Issue } from "./issue.ts";

/** One issue as a Dutch sentence naming file, place, column, value and what was expected. */
export function formatIssue(issue: Issue): string {
  const place = [
    issue.file,
    issue.line === undefined ? undefined : `regel ${issue.line}`,
    issue.record === undefined ? undefined : `record ${issue.record}`,
    issue.column === undefined ? undefined : `kolom ${issue.column}`,
  ].filter((part) => part !== undefined);
  const value = issue.value === undefined ? "" : ` waarde "${issue.value}":`;
  const label = issue.severity === "error" ? "fout" : "waarschuwing";
  return `${place.join(", ")}:${value} ${label} (${issue.code}), verwacht ${issue.expected}`;
}
