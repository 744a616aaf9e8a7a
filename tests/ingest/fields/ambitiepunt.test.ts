import { describe, expect, it } from "vitest";
import { ambitiepunt } from "../../../ingest/fields/ambitiepunt.ts";
import { refusals } from "./refusals.ts";

describe("ambitiepunt()", () => {
  it.each([
    ["1", "1"],
    ["34", "34"],
    ["10", "10"],
    ["10a", "10A"],
    [" 10B ", "10B"],
    ["10C", "10C"],
  ])("reads %s as %s", (text, punt) => {
    expect(ambitiepunt().parse(text)).toBe(punt);
  });

  it("reads a JSON number as text", () => {
    expect(ambitiepunt().parse(7)).toBe("7");
  });

  it.each([["0"], ["35"], ["10D"], ["11A"], ["07"], [7.5], ["zeven"]])(
    "refuses %j as invalid-code",
    (value) => {
      expect(refusals(ambitiepunt().safeParse(value))).toEqual([["", "invalid-code"]]);
    },
  );
});
