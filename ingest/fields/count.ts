import type { RowContext } from "../kinds/kind-spec.ts";
import { type FieldSchema, field } from "./field.ts";

const plainDigits = /^\d+$/;
const thousandsGroups = /^\d{1,3}(\.\d{3})+$/;

/**
 * Reads a whole number ≥ 0 from text or a JSON number. A thousands dot (`1.234`) is read only in a
 * `;` file, where Dutch Excel writes it; anywhere else a dot is a fraction and refused.
 */
export function parseCount(
  cell: string | number,
  delimiter: string | undefined,
): number | undefined {
  if (typeof cell === "number") return Number.isSafeInteger(cell) && cell >= 0 ? cell : undefined;
  const text = cell.trim();
  let digits: string | undefined;
  if (plainDigits.test(text)) digits = text;
  else if (delimiter === ";" && thousandsGroups.test(text)) digits = text.replaceAll(".", "");
  if (digits === undefined) return undefined;
  const value = Number(digits);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** A count column: a whole number ≥ `min` (default 0). */
export function count(context: RowContext, min = 0): FieldSchema<number | null> {
  return field(`een heel getal ≥ ${min}`, "invalid-count", (cell) => {
    if (typeof cell !== "string" && typeof cell !== "number") return undefined;
    const value = parseCount(cell, context.delimiter);
    return value !== undefined && value >= min ? value : undefined;
  });
}
