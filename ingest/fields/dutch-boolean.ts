import { type FieldSchema, field } from "./field.ts";

const expected = "ja of nee (ook j/n, true/false, 1/0, x voor ja)";

// Dutch Excel writes its own TRUE and FALSE as WAAR and ONWAAR, so those are read too.
const words: ReadonlyMap<string, boolean> = new Map([
  ["ja", true],
  ["j", true],
  ["true", true],
  ["1", true],
  ["x", true],
  ["waar", true],
  ["nee", false],
  ["n", false],
  ["false", false],
  ["0", false],
  ["onwaar", false],
]);

/** Reads a yes/no cell in any case; undefined when it is not one of the accepted words. */
export function parseDutchBoolean(text: string): boolean | undefined {
  return words.get(text.trim().toLowerCase());
}

/** A boolean column; blank means unknown (null). */
export function dutchBoolean(): FieldSchema<boolean | null> {
  return field(expected, "invalid-boolean", (cell) => {
    if (typeof cell === "boolean") return cell;
    if (typeof cell === "number") return cell === 1 ? true : cell === 0 ? false : undefined;
    return typeof cell === "string" ? parseDutchBoolean(cell) : undefined;
  });
}
