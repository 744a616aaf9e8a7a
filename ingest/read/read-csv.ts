import { personalDataInName } from "../checks/personal-data-in-name.ts";
import type { Issue } from "../issue.ts";
import type { RawValue } from "../kinds/kind-spec.ts";
import { detectDelimiter } from "./detect-delimiter.ts";
import { fieldTooLong } from "./field-too-long.ts";
import { normaliseColumn } from "./normalise-column.ts";
import { parseCsvRecords } from "./parse-csv-records.ts";
import type { ReadRow } from "./read-result.ts";

export interface CsvRead {
  delimiter: string;
  columns: string[];
  rows: ReadRow[];
  issues: Issue[];
}

interface Header {
  /** Per field position: its normalised name, "" when it has none, undefined when it repeats an earlier one or holds personal data. */
  names: (string | undefined)[];
  columns: string[];
}

/** Reads decoded CSV text into rows keyed by normalised column, each with the line it starts on. */
export function readCsv(file: string, text: string): CsvRead {
  // One line break everywhere: line numbers stay exact and a multi-line cell reads the same from Windows or Unix.
  const lf = text.replace(/\r\n?/g, "\n");
  const delimiter = detectDelimiter(lf);
  const records = parseCsvRecords(file, lf, delimiter);
  if (!Array.isArray(records)) return { delimiter, columns: [], rows: [], issues: [records] };

  const issues: Issue[] = [];
  let header: Header | undefined;
  const rows: ReadRow[] = [];
  for (const { fields, line } of records) {
    if (isBlank(fields)) continue;
    if (header) rows.push({ line, cells: rowCells(file, header, fields, line, issues) });
    else header = readHeader(file, fields, line, issues);
  }
  if (!header) {
    const expected = "een kopregel met kolomnamen";
    return {
      delimiter,
      columns: [],
      rows: [],
      issues: [{ code: "missing-header", severity: "error", file, line: 1, expected }],
    };
  }
  return { delimiter, columns: header.columns, rows, issues };
}

// Empty lines, white space and Excel's rows of bare delimiters are no records.
function isBlank(fields: string[]): boolean {
  for (const field of fields) if (field !== "" && field.trim() !== "") return false;
  return true;
}

function readHeader(file: string, fields: string[], line: number, issues: Issue[]): Header {
  const columns: string[] = [];
  const names = fields.map((raw, index) => {
    const long = fieldTooLong(file, raw, { line, column: `kolom ${index + 1}` });
    if (long) issues.push(long);
    const personal = personalDataInName(file, raw, { line, column: `kolom ${index + 1}` });
    if (personal) {
      issues.push(personal);
      return undefined;
    }
    const name = normaliseColumn(raw);
    if (name === "") return name;
    if (columns.includes(name)) {
      issues.push({
        code: "duplicate-column",
        severity: "error",
        file,
        line,
        column: name,
        value: raw.slice(0, 100),
        expected:
          "elke kolom één keer (hoofdletters, spaties, streepjes en accenten tellen niet mee)",
      });
      return undefined;
    }
    columns.push(name);
    return name;
  });
  return { names, columns };
}

function rowCells(file: string, header: Header, fields: string[], line: number, issues: Issue[]) {
  // A plain object is safe here: normalised names never are `__proto__`, and it is four times
  // faster to build than a prototype-less one, which counts at a million rows.
  const cells: Record<string, RawValue> = {};
  const { names } = header;
  if (fields.length > names.length) {
    issues.push({
      code: "too-many-fields",
      severity: "error",
      file,
      line,
      value: `${fields.length} velden`,
      expected: `hoogstens ${names.length} velden, zoals de kopregel`,
    });
  }
  for (let index = 0; index < names.length; index++) {
    const name = names[index];
    const field = fields[index] ?? "";
    // A repeated name, or one holding personal data, is already refused in the header.
    if (name === undefined) continue;
    if (name === "") {
      // Excel often writes empty trailing columns: harmless while empty, unreadable once filled.
      if (field.trim() !== "") issues.push(namelessColumn(file, line, index));
      continue;
    }
    const long = fieldTooLong(file, field, { line, column: name });
    if (long) issues.push(long);
    cells[name] = field;
  }
  return cells;
}

function namelessColumn(file: string, line: number, index: number): Issue {
  return {
    code: "missing-header",
    severity: "error",
    file,
    line,
    column: `kolom ${index + 1}`,
    expected: "een kolomnaam in de kopregel boven elke kolom met waarden",
  };
}
