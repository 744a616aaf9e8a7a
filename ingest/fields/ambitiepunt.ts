import { type FieldSchema, field } from "./field.ts";

// The norm has points 1 to 34; point 10 also has the parts 10A, 10B and 10C.
const ambitiepunten: ReadonlySet<string> = new Set([
  ...Array.from({ length: 34 }, (_, index) => String(index + 1)),
  "10A",
  "10B",
  "10C",
]);

/** An ambitiepunt column: 1 … 34, 10A, 10B or 10C, any case, output as upper-case text ("7", "10A"). */
export function ambitiepunt(): FieldSchema<string | null> {
  return field("een ambitiepunt: 1 t/m 34, 10A, 10B of 10C", "invalid-code", (cell) => {
    const value =
      typeof cell === "number" || typeof cell === "string" ? String(cell).trim().toUpperCase() : "";
    return ambitiepunten.has(value) ? value : undefined;
  });
}
