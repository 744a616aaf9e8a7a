import { isFormulaInjection } from "./checks/formula-injection.ts";
import { findPersonalData, personalDataNames } from "./checks/personal-data.ts";
import { previewValue } from "./checks/preview-value.ts";
import type { Issue } from "./issue.ts";
import type { RawRow, RawValue } from "./kinds/kind-spec.ts";

function textsOf(value: RawValue): string[] {
  if (value === null) return [];
  if (Array.isArray(value))
    return value.flatMap((inner) => (inner === null ? [] : [String(inner)]));
  return [String(value)];
}

/**
 * Checks every cell of a row, unknown columns included, for personal data and spreadsheet
 * formulas. Returns the issues and the columns that held personal data (their values must
 * never be shown).
 */
export function checkCells(
  row: RawRow,
  where: Pick<Issue, "file" | "line" | "record">,
): { issues: Issue[]; personal: Set<string> } {
  const issues: Issue[] = [];
  const personal = new Set<string>();
  for (const [column, value] of Object.entries(row)) {
    for (const text of textsOf(value)) {
      const found = findPersonalData(text);
      if (found) {
        personal.add(column);
        issues.push({
          ...where,
          code: "personal-data",
          severity: "error",
          column,
          value: previewValue(text, 40),
          expected: `geen persoonsgegevens: de waarde bevat ${personalDataNames[found]}`,
        });
      } else if (isFormulaInjection(text)) {
        issues.push({
          ...where,
          code: "formula-injection",
          severity: "error",
          column,
          value: text.slice(0, 20),
          expected: "geen formule: tekst mag niet beginnen met =, +, -, @, tab of regeleinde",
        });
      }
    }
  }
  return { issues, personal };
}
