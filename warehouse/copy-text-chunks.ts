/** The characters COPY's text format escapes with a backslash, and their escapes. */
const special = /[\\\t\n\r]/;
const specials = /[\\\t\n\r]/g;
const escapes: Readonly<Record<string, string>> = {
  "\\": "\\\\",
  "\t": "\\t",
  "\n": "\\n",
  "\r": "\\r",
};

/**
 * Encodes rows in COPY's text format (tab between fields, null as \N, backslash, tab and line
 * breaks escaped) and yields them a few hundred lines at a time, so a million rows never become
 * one string. Text, not CSV: a JSON payload goes in as it is, where CSV quoting copied each one
 * to double its quotes.
 */
export function* copyTextChunks(
  rows: Iterable<readonly (string | null)[]>,
  rowsPerChunk = 500,
): Generator<string> {
  // Appending to one string per chunk is measurably faster here than joining arrays of lines.
  let chunk = "";
  let count = 0;
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const value = row[i];
      if (i > 0) chunk += "\t";
      if (value === null || value === undefined) chunk += "\\N";
      else chunk += special.test(value) ? value.replace(specials, (c) => escapes[c] ?? c) : value;
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
