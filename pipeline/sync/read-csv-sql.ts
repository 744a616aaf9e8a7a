import { copyOutQuote } from "../../warehouse/copy-out-statement.ts";
import type { RawColumn } from "./raw-columns.ts";

/**
 * A DuckDB `read_csv(…)` of a PostgreSQL COPY … (FORMAT csv) file with the given columns, quoted
 * with `quote` (the store's copyOutQuote unless said otherwise): types are fixed, nothing is
 * sniffed; an empty field is NULL and a quoted empty field is "".
 */
export function readCsvSql(
  file: string,
  columns: readonly RawColumn[],
  quote: string = copyOutQuote,
): string {
  const types = columns.map((column) => `'${column.name}': '${column.type}'`).join(", ");
  const q = quoteLiteral(quote);
  return (
    `read_csv(${quoteLiteral(file)}, header = false, auto_detect = false, delim = ',', ` +
    `quote = ${q}, escape = ${q}, nullstr = '', allow_quoted_nulls = false, columns = {${types}})`
  );
}

function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
