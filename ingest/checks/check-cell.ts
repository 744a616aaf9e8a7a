import type { Issue } from "../issue.ts";
import type { RawValue } from "../kinds/kind-spec.ts";
import { findPersonalData, type PersonalDataKind } from "./find-personal-data.ts";
import { isFormulaInjection } from "./is-formula-injection.ts";
import { previewValue } from "./preview-value.ts";

/** Where a cell is: the file, its CSV line or JSON record, and its (normalised) column. */
export interface CellPlace {
  file: string;
  line?: number | undefined;
  record?: number | undefined;
  column: string;
}

const shown = 40;

const noPersonalData: Record<PersonalDataKind, string> = {
  bsn: "geen persoonsgegevens: deze waarde bevat een BSN",
  email: "geen persoonsgegevens: deze waarde bevat een e-mailadres",
  telefoon: "geen persoonsgegevens: deze waarde bevat een telefoonnummer",
};

/** The personal-data and formula-injection issues of one cell (every element of a list); never echoes personal data. */
export function checkCell(value: RawValue, place: CellPlace): Issue[] {
  const issues: Issue[] = [];
  const values = Array.isArray(value) ? value : [value];
  for (const item of values) {
    if (typeof item !== "string" && typeof item !== "number") continue;
    const text = String(item);
    const personal = findPersonalData(text);
    if (personal) issues.push(issueAt(place, "personal-data", text, noPersonalData[personal]));
    if (typeof item === "string" && isFormulaInjection(text)) {
      issues.push(
        issueAt(
          place,
          "formula-injection",
          text,
          "geen formule: tekst mag niet beginnen met =, +, -, @, tab of regelterugloop (een getal mag wel)",
        ),
      );
    }
  }
  return issues;
}

function issueAt(place: CellPlace, code: Issue["code"], text: string, expected: string): Issue {
  return {
    code,
    severity: "error",
    file: place.file,
    ...(place.line !== undefined && { line: place.line }),
    ...(place.record !== undefined && { record: place.record }),
    column: place.column,
    value: previewValue(text, shown),
    expected,
  };
}
