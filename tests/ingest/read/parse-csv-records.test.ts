import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CsvRecord, parseCsvRecords } from "../../../ingest/read/parse-csv-records.ts";
import { propertySettings, propertyTimeout } from "../hostile/property-settings.ts";

/** Every record, checking that `length` counts them and a second pass gives them again. */
function recordsOf(text: string, delimiter = ";"): CsvRecord[] {
  const records = parseCsvRecords("f.csv", text, delimiter);
  if (!("length" in records)) throw new Error(`refused: ${records.code}`);
  const all = [...records];
  expect(records.length).toBe(all.length);
  expect([...records]).toEqual(all);
  return all;
}

describe("parseCsvRecords(file, text, delimiter)", () => {
  it("splits text without quotes into one record per line, numbered from 1", () => {
    expect(recordsOf("a;b\n\n;\nc")).toEqual([
      { fields: ["a", "b"], line: 1 },
      { fields: [""], line: 2 },
      { fields: ["", ""], line: 3 },
      { fields: ["c"], line: 4 },
    ]);
  });

  it("keeps a quoted delimiter and line break in their field and counts the lines they span", () => {
    expect(recordsOf('a;"b;\nc ""d"""\ne;f\n')).toEqual([
      { fields: ["a", 'b;\nc "d"'], line: 1 },
      { fields: ["e", "f"], line: 3 },
    ]);
  });

  it(
    "reads text without quotes exactly as csv-parse does",
    () => {
      const text = fc.string({ unit: fc.constantFrom("a", "é", "1", " ", "\t", ";", ",", "\n") });
      fc.assert(
        fc.property(text, fc.constantFrom(";", ",", "\t"), (csv, delimiter) => {
          const expected = parse(csv, {
            delimiter,
            record_delimiter: "\n",
            relax_column_count: true,
          });
          expect(recordsOf(csv, delimiter)).toEqual(
            (expected as string[][]).map((fields, index) => ({ fields, line: index + 1 })),
          );
        }),
        propertySettings(2_000),
      );
    },
    propertyTimeout,
  );
});
