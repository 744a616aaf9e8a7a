import { describe, expect, it } from "vitest";
import { dutchDate, parseDutchDate } from "../../../ingest/fields/dutch-date.ts";
import { refusals } from "./refusals.ts";

describe("parseDutchDate(text)", () => {
  it.each([
    ["2025-07-03", "2025-07-03"],
    ["03-07-2025", "2025-07-03"],
    ["3-7-2025", "2025-07-03"],
    ["03/07/2025", "2025-07-03"],
    ["29-02-2024", "2024-02-29"],
    ["31-12-2025", "2025-12-31"],
    ["2000-02-29", "2000-02-29"],
  ])("reads %s as %s", (text, iso) => {
    expect(parseDutchDate(text)).toBe(iso);
  });

  it.each([
    ["a two-digit year", "03-07-25"],
    ["a two-digit year with slashes", "3/7/25"],
    ["31 February", "31-02-2025"],
    ["29 February outside a leap year", "29-02-2025"],
    ["29 February 1900, no leap year", "1900-02-29"],
    ["31 April", "2025-04-31"],
    ["month 13", "2025-13-01"],
    ["day 0", "00-07-2025"],
    ["mixed separators", "03-07/2025"],
    ["a date with a time", "2025-07-03T10:00"],
    ["month names", "3 juli 2025"],
    ["a year first with slashes", "2025/07/03"],
  ])("refuses %s (%s)", (_, text) => {
    expect(parseDutchDate(text)).toBeUndefined();
  });
});

describe("dutchDate()", () => {
  it("outputs ISO and trims the cell", () => {
    expect(dutchDate().parse(" 1-10-2025 ")).toBe("2025-10-01");
  });

  it("takes a missing, null or blank cell as null", () => {
    expect(dutchDate().parse(undefined)).toBeNull();
    expect(dutchDate().parse(null)).toBeNull();
    expect(dutchDate().parse("  ")).toBeNull();
  });

  it("refuses an impossible date as invalid-date and says which forms it expected", () => {
    const result = dutchDate().safeParse("31-02-2025");
    expect(refusals(result)).toEqual([["", "invalid-date"]]);
    expect(result.error?.issues[0]?.message).toBe(
      "een datum (jjjj-mm-dd, dd-mm-jjjj, d-m-jjjj of dd/mm/jjjj)",
    );
  });

  it("refuses a JSON number or a list as invalid-date", () => {
    expect(refusals(dutchDate().safeParse(20250703))).toEqual([["", "invalid-date"]]);
    expect(refusals(dutchDate().safeParse(["2025-07-03"]))).toEqual([["", "invalid-date"]]);
  });
});
