import { type FieldSchema, field } from "./field.ts";

/** Reads one of `values` in any case (trimmed); undefined when it is none of them. */
export function parseCode<const V extends string>(
  values: readonly V[],
  text: string,
): V | undefined {
  const code = text.trim().toLowerCase();
  return values.find((value) => value === code);
}

/** A code column: one of `values`, any case, output lower case; a refusal names the allowed values. */
export function codeOf<const V extends string>(values: readonly V[]): FieldSchema<V | null> {
  return field(`een van: ${values.join(", ")}`, "invalid-code", (cell) =>
    typeof cell === "string" ? parseCode(values, cell) : undefined,
  );
}
