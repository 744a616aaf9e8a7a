import { describe, expect, it } from "vitest";
import { categoryCounts } from "../../../ingest/fields/category-counts.ts";
import { refusals } from "./refusals.ts";
import { rowContext } from "./row-context.ts";

const categories = ["bouw", "milieu", "brandveiligheid"] as const;

describe("categoryCounts(categories, context)", () => {
  it("reads categorie:aantal pairs separated by |", () => {
    expect(categoryCounts(categories, rowContext(",")).parse("Bouw:2| milieu : 0")).toEqual({
      bouw: 2,
      milieu: 0,
    });
  });

  it("reads , as a separator and a thousands dot in a ; file", () => {
    expect(categoryCounts(categories, rowContext(";")).parse("bouw:1.200,milieu:3")).toEqual({
      bouw: 1200,
      milieu: 3,
    });
  });

  it("reads a JSON array of pairs", () => {
    expect(categoryCounts(categories, rowContext(undefined)).parse(["brandveiligheid:4"])).toEqual({
      brandveiligheid: 4,
    });
  });

  it("takes an empty cell as {}", () => {
    expect(categoryCounts(categories, rowContext(";")).parse("")).toEqual({});
  });

  it.each([
    ["an unknown categorie", "wapens:1"],
    ["a pair without a count", "bouw"],
    ["a fraction", "bouw:1,5"],
    ["a negative count", "bouw:-1"],
    ["a categorie twice", "bouw:1|bouw:2"],
    ["two colons", "bouw:1:2"],
  ])("refuses %s (%s) as invalid-code", (_, text) => {
    expect(refusals(categoryCounts(categories, rowContext(",")).safeParse(text))).toEqual([
      ["", "invalid-code"],
    ]);
  });
});
