import { describe, expect, it } from "vitest";
import { compactRows } from "../../../pipeline/site/compact-rows.ts";

describe("compactRows(rows, drop)", () => {
  it("leaves out empty values and the dropped columns", () => {
    const rows = [{ gemeente: "GM0034", niveau: "gemeente", aantal: null, aantal_weergave: "<5" }];
    expect(compactRows(rows, ["niveau"])).toEqual([{ gemeente: "GM0034", aantal_weergave: "<5" }]);
  });

  it("keeps whole numbers and rounds fractions to four decimals", () => {
    const rows = [{ aantal: 215, per_10000: 4.790206688547857, aandeel: 0.33796296296296297 }];
    expect(compactRows(rows)).toEqual([{ aantal: 215, per_10000: 4.7902, aandeel: 0.338 }]);
  });
});
