import type { Cell } from "./field.ts";

/**
 * The elements of a list cell, trimmed, blanks dropped: a JSON array, or text split on `|` (and on
 * `,` in a `;` file, where a comma cannot be the delimiter). Undefined when an element is not text.
 */
export function splitList(cell: Cell, delimiter: string | undefined): string[] | undefined {
  const parts: readonly unknown[] =
    typeof cell === "string"
      ? cell.split(delimiter === ";" ? /[|,]/ : "|")
      : Array.isArray(cell)
        ? cell
        : [cell];
  const elements: string[] = [];
  for (const part of parts) {
    if (part === null) continue;
    if (typeof part !== "string") return undefined;
    const element = part.trim();
    if (element !== "") elements.push(element);
  }
  return elements;
}
