import { describe, expect, it } from "vitest";
import { dutchBoolean } from "../../../ingest/fields/dutch-boolean.ts";
import { refusals } from "./refusals.ts";

describe("dutchBoolean()", () => {
  it.each(["ja", "JA", "Ja", "j", "J", "true", "TRUE", "1", "x", "X", "WAAR"])(
    "reads %s as true",
    (text) => {
      expect(dutchBoolean().parse(text)).toBe(true);
    },
  );

  it.each(["nee", "NEE", "n", "N", "false", "False", "0", "ONWAAR"])(
    "reads %s as false",
    (text) => {
      expect(dutchBoolean().parse(text)).toBe(false);
    },
  );

  it("reads JSON true, false, 1 and 0", () => {
    expect(dutchBoolean().parse(true)).toBe(true);
    expect(dutchBoolean().parse(false)).toBe(false);
    expect(dutchBoolean().parse(1)).toBe(true);
    expect(dutchBoolean().parse(0)).toBe(false);
  });

  it("takes an empty cell as unknown (null)", () => {
    expect(dutchBoolean().parse("")).toBeNull();
    expect(dutchBoolean().parse(null)).toBeNull();
    expect(dutchBoolean().parse(undefined)).toBeNull();
  });

  it.each([["misschien"], ["yes"], ["2"], [2], [["ja"]]])(
    "refuses %j as invalid-boolean",
    (value) => {
      expect(refusals(dutchBoolean().safeParse(value))).toEqual([["", "invalid-boolean"]]);
    },
  );
});
