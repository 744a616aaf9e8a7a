import { describe, expect, it } from "vitest";
import { findSmallCounts } from "./small-counts.ts";

describe("findSmallCounts(json)", () => {
  it("finds counts from 1 to 4 in aantal fields at any depth", () => {
    const json = { rijen: [{ aantal: 4 }, { aantal: 5 }, { aantal_weergave: "<5", aantal: null }] };
    expect(findSmallCounts(json)).toEqual([{ path: ".rijen[0].aantal", value: 4 }]);
  });

  it("accepts 0 and rounded counts, and ignores numbers that are not counts", () => {
    const json = {
      signalen: [
        { aantal: 0, per_10000: 2.5 },
        { aantal: 10, aandeel_opgevolgd: 1 },
      ],
    };
    expect(findSmallCounts(json)).toEqual([]);
  });

  it("treats records, leveringen, correcties and intrekkingen as counts too", () => {
    expect(findSmallCounts([{ records: 3, correcties: 1, thema: 2 }])).toEqual([
      { path: "[0].records", value: 3 },
      { path: "[0].correcties", value: 1 },
    ]);
  });
});
