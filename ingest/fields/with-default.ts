import { type FieldSchema, readingOf, transformOf } from "./field.ts";

/** A column that takes `fallback` when the cell is blank. */
export function withDefault<T>(schema: FieldSchema<T | null>, fallback: T): FieldSchema<T> {
  const description = schema.description;
  const reading = readingOf(schema);
  // A plain field stays one transform; anything else gets a second one after it.
  const defaulted = reading
    ? (transformOf(reading, { kind: "fallback", value: fallback }) as unknown as FieldSchema<T>)
    : schema.transform((value) => value ?? fallback);
  return description === undefined ? defaulted : defaulted.describe(description);
}
