import { describe, expect, it } from "vitest";
import { gemeenteCode } from "../../../ingest/fields/gemeente-code.ts";
import { refusals } from "./refusals.ts";

describe("gemeenteCode()", () => {
  it.each([
    ["gm0034", "GM0034"],
    [" GM0303 ", "GM0303"],
    ["Gm0995", "GM0995"],
    ["GM0171", "GM0171"],
    ["GM0184", "GM0184"],
    ["gm0050", "GM0050"],
  ])("reads %s as %s", (text, code) => {
    expect(gemeenteCode().parse(text)).toBe(code);
  });

  it.each([["PV24"], ["POLITIE-FL"], ["GM0363"], ["Almere"], [34]])(
    "refuses %j as not-a-gemeente",
    (value) => {
      expect(refusals(gemeenteCode().safeParse(value))).toEqual([["", "not-a-gemeente"]]);
    },
  );

  it("names the six gemeenten when it refuses", () => {
    expect(gemeenteCode().safeParse("PV24").error?.issues[0]?.message).toBe(
      "een gemeentecode: GM0034, GM0303, GM0995, GM0171, GM0184, GM0050",
    );
  });
});
