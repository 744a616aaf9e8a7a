import type { RawColumn } from "./raw-columns.ts";

/**
 * A DuckDB `read_csv(…)` of a PostgreSQL COPY … (FORMAT csv) file with the given columns: types
 * are fixed, nothing is sniffed; an empty field is NULL and a quoted empty field is "".
 */
export function readCsvSql(file: string, columns: readonly RawColumn[]): string {
  const types = columns.map((column) => `'${column.name}': '${column.type}'`).join(", ");
  return (
    `read_csv(${quoteLiteral(file)}, header = false, auto_detect = false, delim = ',', ` +
    `quote = '"', escape = '"', nullstr = '', allow_quoted_nulls = false, columns = {${types}})`
  );
}

function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
