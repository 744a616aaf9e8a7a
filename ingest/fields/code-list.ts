import type { RowContext } from "../kinds/kind-spec.ts";
import { parseCode } from "./code-of.ts";
import { type FieldSchema, field } from "./field.ts";
import { splitList } from "./split-list.ts";

/** A list-of-codes column: each element one of `values` (any case), output lower case without repeats; blank is []. */
export function codeList<const V extends string>(
  values: readonly V[],
  context: RowContext,
): FieldSchema<V[]> {
  const separators = context.delimiter === ";" ? "| of ," : "|";
  const expected = `codes gescheiden door ${separators}, elk een van: ${values.join(", ")}`;
  return field(expected, "invalid-code", (cell) => {
    const elements = splitList(cell, context.delimiter);
    if (elements === undefined) return undefined;
    const codes = new Set<V>();
    for (const element of elements) {
      const code = parseCode(values, element);
      if (code === undefined) return undefined;
      codes.add(code);
    }
    return [...codes];
  })
    .transform((codes) => codes ?? [])
    .describe(expected);
}
