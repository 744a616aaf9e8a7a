import { personalDataInName } from "../checks/personal-data-in-name.ts";
import type { Issue } from "../issue.ts";
import type { RawValue } from "../kinds/kind-spec.ts";
import { detectDelimiter } from "./detect-delimiter.ts";
import { fieldTooLong } from "./field-too-long.ts";
import { normaliseColumn } from "./normalise-column.ts";
import { type CsvRecords, parseCsvRecords } from "./parse-csv-records.ts";
import type { ReadRow } from "./read-result.ts";

export interface CsvRead {
  delimiter: string;
  columns: string[];
  /** Read as they are iterated; each carries the problems found reading it. */
  rows: Iterable<ReadRow>;
  /** The lines after the header: the rows to expect, blank ones included. */
  rowCount: number;
  /** The file's own problems: its syntax and its header. */
  issues: Issue[];
}

interface Header {
  /** Per field position: its normalised name, "" when it has none, undefined when it repeats an earlier one or holds personal data. */
  names: (string | undefined)[];
  columns: string[];
  line: number;
}

/** Reads decoded CSV text up to its header; its rows, keyed by normalised column and each with the line it starts on, are read as they are iterated. */
export function readCsv(file: string, text: string): CsvRead {
  // One line break everywhere: line numbers stay exact and a multi-line cell reads the same from Windows or Unix.
  const lf = text.replace(/\r\n?/g, "\n");
  const delimiter = detectDelimiter(lf);
  const records = parseCsvRecords(file, lf, delimiter);
  const none = { delimiter, columns: [], rows: [], rowCount: 0 };
  if (!("length" in records)) return { ...none, issues: [records] };

  const issues: Issue[] = [];
  let header: Header | undefined;
  let index = 0;
  for (const { fields, line } of records) {
    index++;
    if (isBlank(fields)) continue;
    header = readHeader(file, fields, line, issues);
    break;
  }
  if (!header) {
    const expected = "een kopregel met kolomnamen";
    return {
      ...none,
      issues: [{ code: "missing-header", severity: "error", file, line: 1, expected }],
    };
  }
  const found = header;
  return {
    delimiter,
    columns: header.columns,
    rows: { [Symbol.iterator]: () => rowsAfter(file, found, records) },
    rowCount: records.length - index,
    issues,
  };
}

function* rowsAfter(file: string, header: Header, records: CsvRecords): Generator<ReadRow> {
  for (const { fields, line } of records) {
    if (line > header.line && !isBlank(fields)) yield readRow(file, header, fields, line);
  }
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
  return { names, columns, line };
}

function readRow(file: string, header: Header, fields: string[], line: number): ReadRow {
  const issues: Issue[] = [];
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
  return issues.length > 0 ? { line, cells, issues } : { line, cells };
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
