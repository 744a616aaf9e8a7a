/**
 * Encodes rows as PostgreSQL CSV (null → unquoted empty field, strings always quoted) and
 * yields them a few hundred lines at a time, so a million rows never become one string.
 */
export function* csvChunks(
  rows: Iterable<readonly (string | null)[]>,
  rowsPerChunk = 500,
): Generator<string> {
  let lines: string[] = [];
  for (const row of rows) {
    lines.push(csvLine(row));
    if (lines.length >= rowsPerChunk) {
      yield lines.join("");
      lines = [];
    }
  }
  if (lines.length > 0) yield lines.join("");
}

function csvLine(row: readonly (string | null)[]): string {
  let line = "";
  for (let i = 0; i < row.length; i++) {
    const value = row[i];
    if (i > 0) line += ",";
    // Quoting every string keeps "" (empty string) apart from NULL and protects commas,
    // quotes and newlines inside values.
    if (value !== null && value !== undefined) line += `"${value.replaceAll('"', '""')}"`;
  }
  return `${line}\n`;
}
