import type { OutputRow } from "./site-input.ts";

/** A fraction to four decimals: a page shows at most one, and 17 digits triple the file size. */
function shorter(value: unknown): unknown {
  return typeof value === "number" && !Number.isInteger(value)
    ? Math.round(value * 10_000) / 10_000
    : value;
}

/**
 * Rows without the given columns and without empty (null) values, fractions to four decimals:
 * the site reads a missing field as empty, and this keeps every page's data under its budget.
 */
export function compactRows(rows: readonly OutputRow[], drop: readonly string[] = []): OutputRow[] {
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row)
        .filter(([key, value]) => value !== null && !drop.includes(key))
        .map(([key, value]) => [key, shorter(value)]),
    ),
  );
}
