import { describe, expect, it } from "vitest";
import { count, parseCount } from "../../../ingest/fields/count.ts";
import { refusals } from "./refusals.ts";
import { rowContext } from "./row-context.ts";

describe("parseCount(cell, delimiter)", () => {
  it("reads plain whole numbers in any file", () => {
    expect(parseCount("0", ",")).toBe(0);
    expect(parseCount("42", "\t")).toBe(42);
    expect(parseCount("1234", undefined)).toBe(1234);
  });

  it("reads a thousands dot in a ; file", () => {
    expect(parseCount("1.234", ";")).toBe(1234);
    expect(parseCount("1.234.567", ";")).toBe(1234567);
  });

  it("refuses a thousands dot outside a ; file, where it would be a fraction", () => {
    expect(parseCount("1.234", ",")).toBeUndefined();
    expect(parseCount("1.234", undefined)).toBeUndefined();
  });

  it.each(["12.34", "1.2345", ".234", "1234.567"])(
    "refuses %s, which is no thousands grouping",
    (text) => {
      expect(parseCount(text, ";")).toBeUndefined();
    },
  );

  it.each(["1,5", "2.5", "-3", "+3", "3 stuks", "1e3", "drie"])("refuses %s", (text) => {
    expect(parseCount(text, ";")).toBeUndefined();
  });

  it("takes JSON numbers only when they are whole and not negative", () => {
    expect(parseCount(7, undefined)).toBe(7);
    expect(parseCount(2.5, undefined)).toBeUndefined();
    expect(parseCount(-1, undefined)).toBeUndefined();
  });
});

describe("count(context, min)", () => {
  it("reads a count, blank as null", () => {
    expect(count(rowContext(";")).parse(" 1.500 ")).toBe(1500);
    expect(count(rowContext(",")).parse("")).toBeNull();
  });

  it("refuses a fraction as invalid-count", () => {
    expect(refusals(count(rowContext(",")).safeParse("1.5"))).toEqual([["", "invalid-count"]]);
  });

  it("refuses a count below its minimum and names it", () => {
    const result = count(rowContext(","), 1).safeParse("0");
    expect(refusals(result)).toEqual([["", "invalid-count"]]);
    expect(result.error?.issues[0]?.message).toBe("een heel getal ≥ 1");
  });

  it("refuses a boolean as invalid-count", () => {
    expect(refusals(count(rowContext(undefined)).safeParse(true))).toEqual([["", "invalid-count"]]);
  });
});
