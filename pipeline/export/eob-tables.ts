import type { Audience } from "../norm/publication-rules.ts";
import { outputTables } from "../outputs/output-tables.ts";

/** One table of the EOB package: the file stem and the model it is read from. */
export interface EobTable {
  file: string;
  table: string;
}

/** The data formats every table is written in, as file extensions. */
export const eobFormats = ["parquet", "arrow", "csv"] as const;
export type EobFormat = (typeof eobFormats)[number];

/** The package's tables for an audience: the build's own outputs for it, in the same order. */
export function eobTables(audience: Audience): EobTable[] {
  return outputTables
    .filter((output) => output.audiences.includes(audience))
    .map(({ file, table }) => ({ file, table }));
}

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * The SELECT that gives a table's rows for the years `from`…`to`: by `jaar` where the table has it
 * (which leaves out the `stand`), by the year of `periode` otherwise, all rows for the catalogue.
 * `expressions` replace the plain columns (same names, same order). Ordered by every column, so the same data always gives the same file.
 */
export function eobSelect(
  table: string,
  columns: readonly string[],
  from: number,
  to: number,
  expressions: readonly string[] = columns.map((column) => `"${column}"`),
): string {
  const years = Array.from({ length: to - from + 1 }, (_, i) => literal(String(from + i))).join(
    ", ",
  );
  const where = columns.includes("jaar")
    ? `WHERE jaar IN (${years})`
    : columns.includes("periode")
      ? `WHERE left(periode, 4) IN (${years})`
      : "";
  return `SELECT ${expressions.join(", ")} FROM ${table} ${where} ORDER BY ALL`.replace(
    /\s+/g,
    " ",
  );
}
