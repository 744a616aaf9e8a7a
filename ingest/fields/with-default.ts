import type { FieldSchema } from "./field.ts";

/** A column that takes `fallback` when the cell is blank. */
export function withDefault<T>(schema: FieldSchema<T | null>, fallback: T): FieldSchema<T> {
  const description = schema.description;
  const defaulted = schema.transform((value) => value ?? fallback);
  return description === undefined ? defaulted : defaulted.describe(description);
}
