import type { DeliveryIdentity } from "./read-result.ts";

/**
 * The identity in a name shaped `<ORG>_<soort>_<periode>.<ext>` (folders ignored), as raw strings;
 * empty when the name does not have that shape.
 */
export function identityFromFileName(fileName: string): DeliveryIdentity {
  const base = fileName.split(/[/\\]/).pop() ?? "";
  const stem = base.replace(/\.[^.]*$/, "");
  const [organisatie, soort, periode] = stem.split("_");
  if (!organisatie || !soort || !periode) return {};
  return { organisatie, soort, periode };
}
