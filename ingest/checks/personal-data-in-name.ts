import type { Issue } from "../issue.ts";
import { findPersonalData, personalDataNames } from "./personal-data.ts";
import { previewValue } from "./preview-value.ts";

/**
 * A `personal-data` issue when a column name or JSON key holds a BSN, e-mail address or phone
 * number. Such a name is shown only masked and must not be used as a column: every later
 * message that names the column would echo it.
 */
export function personalDataInName(
  file: string,
  name: string,
  place: { line?: number | undefined; record?: number | undefined; column?: string | undefined },
): Issue | undefined {
  const found = findPersonalData(name);
  if (!found) return undefined;
  const masked = previewValue(name, 40);
  return {
    code: "personal-data",
    severity: "error",
    file,
    ...(place.line !== undefined && { line: place.line }),
    ...(place.record !== undefined && { record: place.record }),
    column: place.column ?? masked,
    value: masked,
    expected: `geen persoonsgegevens in een kolomnaam: de naam bevat ${personalDataNames[found]}`,
  };
}
