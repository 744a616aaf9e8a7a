import type { RowContext } from "../kinds/kind-spec.ts";
import { parseCode } from "./code-of.ts";
import { parseCount } from "./count.ts";
import { type FieldSchema, field } from "./field.ts";
import { splitList } from "./split-list.ts";

/**
 * A list of `categorie:aantal` pairs (e.g. `bouw:2|milieu:1`), output as { categorie: aantal };
 * each categorie one of `categories`, at most once; blank is {}.
 */
export function categoryCounts<const V extends string>(
  categories: readonly V[],
  context: RowContext,
): FieldSchema<Record<string, number>> {
  const separators = context.delimiter === ";" ? "| of ," : "|";
  const expected = `categorie:aantal, gescheiden door ${separators}, elke categorie één keer, een van: ${categories.join(", ")}`;
  return field(expected, "invalid-code", (cell) => {
    const elements = splitList(cell, context.delimiter);
    if (elements === undefined) return undefined;
    const counts: Record<string, number> = {};
    for (const element of elements) {
      const [name, amount, ...rest] = element.split(":");
      if (name === undefined || amount === undefined || rest.length > 0) return undefined;
      const categorie = parseCode(categories, name);
      const aantal = parseCount(amount, context.delimiter);
      if (categorie === undefined || aantal === undefined || categorie in counts) return undefined;
      counts[categorie] = aantal;
    }
    return counts;
  })
    .transform((counts) => counts ?? {})
    .describe(expected);
}
