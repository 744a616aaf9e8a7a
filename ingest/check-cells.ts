import { isFormulaInjection } from "./checks/formula-injection.ts";
import { findPersonalData, personalDataNames } from "./checks/personal-data.ts";
import { previewValue } from "./checks/preview-value.ts";
import type { Issue } from "./issue.ts";
import type { RawRow } from "./kinds/kind-spec.ts";

/** What a row's cells hold that they must not: the issues, and the columns with personal data. */
export interface CellCheck {
  issues: readonly Issue[];
  /** Columns whose values held personal data: they must never be shown. */
  personal: ReadonlySet<string>;
}

const clean: CellCheck = { issues: [], personal: new Set() };

/**
 * Checks every cell of a row, unknown columns included, for personal data and spreadsheet
 * formulas. Returns the issues and the columns that held personal data (their values must
 * never be shown). A clean row (nearly every row) gets the one shared empty result.
 */
export function checkCells(row: RawRow, where: Pick<Issue, "file" | "line" | "record">): CellCheck {
  let found: { issues: Issue[]; personal: Set<string> } | undefined;
  const check = (column: string, text: string) => {
    const kind = findPersonalData(text);
    if (kind) {
      found ??= { issues: [], personal: new Set() };
      found.personal.add(column);
      found.issues.push({
        ...where,
        code: "personal-data",
        severity: "error",
        column,
        value: previewValue(text, 40),
        expected: `geen persoonsgegevens: de waarde bevat ${personalDataNames[kind]}`,
      });
    } else if (isFormulaInjection(text)) {
      found ??= { issues: [], personal: new Set() };
      found.issues.push({
        ...where,
        code: "formula-injection",
        severity: "error",
        column,
        value: text.slice(0, 20),
        expected: "geen formule: tekst mag niet beginnen met =, +, -, @, tab of regeleinde",
      });
    }
  };
  for (const column in row) {
    const value = row[column];
    if (value === null || value === undefined) continue;
    if (typeof value === "string") check(column, value);
    else if (Array.isArray(value)) {
      for (const inner of value) if (inner !== null) check(column, String(inner));
    } else check(column, String(value));
  }
  return found ?? clean;
}
