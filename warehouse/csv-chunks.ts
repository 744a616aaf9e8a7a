/**
 * Encodes rows as PostgreSQL CSV (null → unquoted empty field, strings always quoted) and
 * yields them a few hundred lines at a time, so a million rows never become one string.
 */
export function* csvChunks(
  rows: Iterable<readonly (string | null)[]>,
  rowsPerChunk = 500,
): Generator<string> {
  // Appending to one string per chunk is measurably faster here than joining arrays of lines.
  let chunk = "";
  let count = 0;
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const value = row[i];
      if (i > 0) chunk += ",";
      // Quoting every string keeps "" (empty string) apart from NULL and protects commas,
      // quotes and newlines inside values.
      if (value !== null && value !== undefined) {
        chunk += value.includes('"') ? `"${value.replaceAll('"', '""')}"` : `"${value}"`;
      }
    }
    chunk += "\n";
    if (++count >= rowsPerChunk) {
      yield chunk;
      chunk = "";
      count = 0;
    }
  }
  if (count > 0) yield chunk;
}
