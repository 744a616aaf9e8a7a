import { type FieldSchema, field } from "./field.ts";

/** A free text or reference column, trimmed; a JSON number is read as its digits (ids are often numbers). */
export function text(): FieldSchema<string | null> {
  return field("een tekst", "invalid-text", asText);
}

/** A free text column of at most `max` characters, trimmed. */
export function shortText(max: number): FieldSchema<string | null> {
  return field(`een tekst van hoogstens ${max} tekens`, "invalid-text", (cell) => {
    const value = asText(cell);
    return value !== undefined && [...value].length <= max ? value : undefined;
  });
}

function asText(cell: unknown): string | undefined {
  if (typeof cell === "string") return cell;
  if (typeof cell === "number") return String(cell);
  return undefined;
}
