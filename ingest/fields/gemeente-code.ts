import { isGemeenteCode, organisations } from "../organisations.ts";
import { type FieldSchema, field } from "./field.ts";

const gemeenteCodes = organisations.filter((o) => o.type === "gemeente").map((o) => o.code);

/** A column naming one of the six gemeenten, any case, output upper case (GM0034). */
export function gemeenteCode(): FieldSchema<string | null> {
  return field(`een gemeentecode: ${gemeenteCodes.join(", ")}`, "not-a-gemeente", (cell) =>
    typeof cell === "string" && isGemeenteCode(cell) ? cell.trim().toUpperCase() : undefined,
  );
}
