import { describe, expect, it } from "vitest";
import { shortText, text } from "../../../ingest/fields/text.ts";
import { refusals } from "./refusals.ts";

describe("text()", () => {
  it("trims the cell", () => {
    expect(text().parse("  Basisteam Almere-Stad ")).toBe("Basisteam Almere-Stad");
  });

  it("reads a JSON number as its digits", () => {
    expect(text().parse(1042)).toBe("1042");
  });

  it("takes a blank cell as null", () => {
    expect(text().parse("   ")).toBeNull();
  });

  it("refuses a boolean or a list as invalid-text", () => {
    expect(refusals(text().safeParse(true))).toEqual([["", "invalid-text"]]);
    expect(refusals(text().safeParse(["a"]))).toEqual([["", "invalid-text"]]);
  });
});

describe("shortText(max)", () => {
  it("accepts exactly max characters, counting after the trim", () => {
    expect(shortText(5).parse(" abcde ")).toBe("abcde");
    expect(shortText(5).parse("ééééé")).toBe("ééééé");
  });

  it("refuses one character more as invalid-text and says the limit", () => {
    const result = shortText(5).safeParse("abcdef");
    expect(refusals(result)).toEqual([["", "invalid-text"]]);
    expect(result.error?.issues[0]?.message).toBe("een tekst van hoogstens 5 tekens");
  });
});
