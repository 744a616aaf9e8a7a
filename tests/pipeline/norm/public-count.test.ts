import { describe, expect, it } from "vitest";
import { mayPublishShare, publicCount } from "../../../pipeline/norm/public-count.ts";
import { publicatieregels, publicationRules } from "../../../pipeline/norm/publication-rules.ts";

describe("publicCount(count)", () => {
  it("keeps zero", () => {
    expect(publicCount(0)).toBe(0);
  });

  it("shows 1 to 4 as <5", () => {
    for (const count of [1, 2, 3, 4]) expect(publicCount(count)).toBe("<5");
  });

  it("rounds 5 and more to the nearest 5", () => {
    expect(publicCount(5)).toBe(5);
    expect(publicCount(7)).toBe(5);
    expect(publicCount(8)).toBe(10);
    expect(publicCount(12)).toBe(10);
    expect(publicCount(13)).toBe(15);
    expect(publicCount(1234)).toBe(1235);
  });
});

describe("mayPublishShare(denominator)", () => {
  it("allows a percentage from a denominator of 10", () => {
    expect(mayPublishShare(9)).toBe(false);
    expect(mayPublishShare(10)).toBe(true);
  });
});

describe("the publication rules", () => {
  it("keep Bibob and MMA signals at district-year level", () => {
    expect(publicationRules.districtYearOnly).toEqual([
      { soort: "bibob" },
      { soort: "signalen", bron: "mma" },
    ]);
  });

  it("say the small-count rule in Dutch with its numbers", () => {
    const tekst = publicatieregels.find((r) => r.code === "kleine_aantallen")?.tekst;
    expect(tekst).toBe(
      "Aantallen van 1 tot en met 4 worden getoond als <5; andere aantallen worden afgerond op het dichtstbijzijnde veelvoud van 5.",
    );
  });

  it("name every rule once", () => {
    const codes = publicatieregels.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
