import type { RawColumn } from "./raw-columns.ts";

/** Transactions with from ≤ id < before: every one of them has ended, so none can add rows. */
export interface TransactionWindow {
  from: bigint;
  before: bigint;
}

/**
 * The SELECT that exports the rows of `table` written by the transactions of `window`, in
 * `orderBy` order. Positions are taken before commit, so a range of positions could pass a row
 * that commits later; a range of ended transactions cannot.
 */
export function settledRowsQuery(
  table: "events" | "deliveries",
  columns: readonly RawColumn[],
  window: TransactionWindow,
  orderBy: string,
): string {
  const names = columns.map((column) => `"${column.name}"`).join(", ");
  return (
    `SELECT ${names} FROM ${table} ` +
    `WHERE transaction_id >= '${window.from}'::xid8 AND transaction_id < '${window.before}'::xid8 ` +
    `ORDER BY ${orderBy}`
  );
}
