/** `COPY <table> (<columns>) FROM <source> (FORMAT text)`, with every name quoted. */
export function copyStatement(
  table: string,
  columns: readonly string[],
  source: "STDIN" | "'/dev/blob'",
): string {
  // A table may be schema-qualified (pg_temp.staging): quote each part on its own.
  const target = table.split(".").map(quoteName).join(".");
  return `COPY ${target} (${columns.map(quoteName).join(", ")}) FROM ${source} (FORMAT text)`;
}

function quoteName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
