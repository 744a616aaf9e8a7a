import type { RawColumn } from "./raw-columns.ts";

/** Transactions with from ≤ id < before: every one of them has ended, so none can add rows. */
export interface TransactionWindow {
  from: bigint;
  before: bigint;
}

/**
 * The exported file's extra last column: the row's transaction id. The reader keeps only the rows
 * with an id below the window's end (see applyExport), so a first export can read the whole table.
 */
export const transactionColumn: RawColumn = { name: "transaction_id", type: "UBIGINT" };

/**
 * The SELECT that exports the rows of `table` written by the transactions of `window`, in
 * `orderBy` order, with their transaction id last. Positions are taken before commit, so a range
 * of positions could pass a row that commits later; a range of ended transactions cannot.
 *
 * A first export (from 0) takes every row and leaves the window's end to the reader: PostgreSQL,
 * without statistics for a transaction-id range, plans that one as a bitmap scan of the whole
 * table without parallel workers, about 1.5 s slower at a million events than a plain scan.
 */
export function settledRowsQuery(
  table: "events" | "deliveries",
  columns: readonly RawColumn[],
  window: TransactionWindow,
  orderBy: string,
): string {
  const names = [...columns, transactionColumn].map((column) => `"${column.name}"`).join(", ");
  const where =
    window.from === 0n
      ? ""
      : `WHERE transaction_id >= '${window.from}'::xid8 AND transaction_id < '${window.before}'::xid8 `;
  return `SELECT ${names} FROM ${table} ${where}ORDER BY ${orderBy}`;
}
