import { describe, expect, it } from "vitest";
import { checkCell } from "../../../ingest/checks/check-cell.ts";
import { previewValue } from "../../../ingest/checks/preview-value.ts";

const place = { file: "GM0034_signalen_2025-Q3.csv", line: 4, column: "toelichting" };

describe("checkCell(value, place)", () => {
  it("refuses a BSN in any column and does not echo it", () => {
    const issues = checkCell("melder 111222333", place);
    expect(issues).toEqual([
      {
        code: "personal-data",
        severity: "error",
        file: "GM0034_signalen_2025-Q3.csv",
        line: 4,
        column: "toelichting",
        value: "melder [BSN verwijderd]",
        expected: "geen persoonsgegevens: deze waarde bevat een BSN",
      },
    ]);
    expect(JSON.stringify(issues)).not.toContain("111222333");
  });

  it("refuses a formula and masks personal data inside it", () => {
    const issues = checkCell('=HYPERLINK("mailto:a@b.nl")', place);
    expect(issues.map((i) => i.code)).toEqual(["personal-data", "formula-injection"]);
    expect(JSON.stringify(issues)).not.toContain("a@b.nl");
  });

  it("checks every element of a list and a number written as a JSON number", () => {
    const at = { file: "x.json", record: 2, column: "nummers" };
    expect(checkCell(["ok", "06-12345678"], at).map((i) => [i.code, i.record])).toEqual([
      ["personal-data", 2],
    ]);
    expect(checkCell(123456782, at).map((i) => i.code)).toEqual(["personal-data"]);
  });

  it("accepts ordinary values, negative numbers, booleans and null", () => {
    for (const value of ["SIG-2025-000123", "01-01-2025", "-5", "", true, null, -5, ["a", "b"]]) {
      expect(checkCell(value, place)).toEqual([]);
    }
  });
});

describe("previewValue(value, maxChars)", () => {
  it("cuts after maxChars characters with an ellipsis", () => {
    expect(previewValue("abcdefghij", 4)).toBe("abcd…");
    expect(previewValue("abcd", 4)).toBe("abcd");
  });

  it("masks an address that straddles the cut", () => {
    expect(previewValue("mail: j.jansen@almere.nl", 12)).toBe("mail: [e-mai…");
  });
});
