import { findOrganisation, organisations } from "../organisations.ts";
import { type FieldSchema, field } from "./field.ts";

/** A column naming one of the eleven organisations, any case, output as its code (POLITIE-FL). */
export function organisationCode(): FieldSchema<string | null> {
  const codes = organisations.map((o) => o.code).join(", ");
  return field(`een organisatiecode: ${codes}`, "invalid-code", (cell) =>
    typeof cell === "string" ? findOrganisation(cell)?.code : undefined,
  );
}
