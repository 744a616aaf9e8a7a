import { describe, expect, it } from "vitest";
import type { OrganisationType } from "../../../ingest/organisations.ts";
import {
  ambitiepunten,
  ambitiepuntenFor,
  appliesTo,
  findAmbitiepunt,
} from "../../../pipeline/norm/ambitiepunten.ts";
import { themas } from "../../../pipeline/norm/themas.ts";

// indicators.md, "The rules", written out by hand: G = the gemeenten, P = the provincie.
const G: OrganisationType = "gemeente";
const P: OrganisationType = "provincie";
const POL: OrganisationType = "politie";
const OM: OrganisationType = "om";
const WS: OrganisationType = "waterschap";
const DTO: OrganisationType = "dto";

const expected: [punt: string, thema: number, geldtVoor: OrganisationType[]][] = [
  ["1", 1, [G, P]],
  ["2", 1, [G]],
  ["3", 1, [G]],
  ["4", 1, [G]],
  ["5", 2, [G, P]],
  ["6", 2, [G]],
  ["7", 2, [G]],
  ["8", 2, [G]],
  ["9", 3, [G]],
  ["10", 3, [G]],
  ["10A", 3, [G]],
  ["10B", 3, [G]],
  ["10C", 3, [G]],
  ["11", 3, [G]],
  ["12", 4, [G, P]],
  ["13", 4, [G, P, POL, OM]],
  ["14", 4, [G, P]],
  ["15", 4, [DTO]],
  ["16", 4, [G, P, POL, OM]],
  ["17", 5, [G, P]],
  ["18", 5, [G]],
  ["19", 5, [G]],
  ["20", 5, [DTO]],
  ["21", 5, [DTO]],
  ["22", 6, [G, P]],
  ["23", 6, [G]],
  ["24", 6, [G, P]],
  ["25", 6, [G, P]],
  ["26", 7, [G]],
  ["27", 7, [DTO]],
  ["28", 8, [POL]],
  ["29", 8, [POL]],
  ["30", 8, [OM]],
  ["31", 8, [OM]],
  ["32", 8, [WS]],
  ["33", 8, [WS]],
  ["34", 8, [WS]],
];

describe("the norm catalogue", () => {
  it("lists points 1 to 34 and 10A, 10B, 10C exactly once each, 10 before its parts", () => {
    expect(ambitiepunten.map((a) => a.punt)).toEqual(expected.map(([punt]) => punt));
    expect(new Set(ambitiepunten.map((a) => a.punt)).size).toBe(37);
  });

  it("puts every point in the theme of the norm", () => {
    expect(ambitiepunten.map((a) => [a.punt, a.thema])).toEqual(
      expected.map(([punt, thema]) => [punt, thema]),
    );
  });

  it("applies every point to exactly the organisation types of indicators.md", () => {
    const matrix = ambitiepunten.map((a) => [a.punt, [...a.geldtVoor].sort()]);
    expect(matrix).toEqual(expected.map(([punt, , types]) => [punt, [...types].sort()]));
  });

  it("names one model per point, ind_punt_ and the two-digit number with the part in lower case", () => {
    const models = ambitiepunten.map((a) => a.model);
    expect(new Set(models).size).toBe(models.length);
    expect(findAmbitiepunt("1")?.model).toBe("ind_punt_01");
    expect(findAmbitiepunt("10")?.model).toBe("ind_punt_10");
    expect(findAmbitiepunt("10B")?.model).toBe("ind_punt_10b");
    expect(findAmbitiepunt("34")?.model).toBe("ind_punt_34");
    for (const a of ambitiepunten) {
      const nummer = a.punt.replace(/^\d+/, (digits) => digits.padStart(2, "0"));
      expect(a.model).toBe(`ind_punt_${nummer.toLowerCase()}`);
    }
  });

  it("marks 10A, 10B and 10C as parts of 10 and 10 as their roll-up", () => {
    const parts = ambitiepunten.filter((a) => a.onderdeelVan !== undefined).map((a) => a.punt);
    expect(parts).toEqual(["10A", "10B", "10C"]);
    expect(findAmbitiepunt("10")?.soort).toBe("rollup");
    expect(findAmbitiepunt("10")?.parameters.onderdelen).toEqual(parts);
  });

  it("refers only to themes that exist", () => {
    const nummers = new Set(themas.map((t) => t.nummer));
    expect(ambitiepunten.every((a) => nummers.has(a.thema))).toBe(true);
    expect(themas.map((t) => t.nummer)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("states for every point when it is voldaan and when geen gegevens, and a norm", () => {
    for (const a of ambitiepunten) {
      expect(a.regel, a.punt).toMatch(/[Vv]oldaan (bij|als)/);
      expect(a.regel, a.punt).toMatch(/geen gegevens als/i);
      expect(a.norm.length, a.punt).toBeGreaterThan(0);
      expect(a.bron.length, a.punt).toBeGreaterThan(0);
    }
  });
});

describe("findAmbitiepunt(punt)", () => {
  it("finds a point whatever the case or surrounding spaces", () => {
    expect(findAmbitiepunt("10a")?.punt).toBe("10A");
    expect(findAmbitiepunt(" 7 ")?.punt).toBe("7");
  });

  it("finds nothing for a point the norm does not have", () => {
    expect(findAmbitiepunt("35")).toBeUndefined();
    expect(findAmbitiepunt("10D")).toBeUndefined();
    expect(findAmbitiepunt("07")).toBeUndefined();
  });
});

describe("appliesTo(punt, type)", () => {
  it("answers from the matrix", () => {
    expect(appliesTo("13", "politie")).toBe(true);
    expect(appliesTo("13", "waterschap")).toBe(false);
    expect(appliesTo("10c", "gemeente")).toBe(true);
    expect(appliesTo("10C", "provincie")).toBe(false);
  });

  it("is false for an unknown point", () => {
    expect(appliesTo("99", "gemeente")).toBe(false);
  });
});

describe("ambitiepuntenFor(type)", () => {
  it("gives each type its points in catalogue order", () => {
    const punten = (type: OrganisationType) => ambitiepuntenFor(type).map((a) => a.punt);
    expect(punten("provincie")).toEqual(["1", "5", "12", "13", "14", "16", "17", "22", "24", "25"]);
    expect(punten("politie")).toEqual(["13", "16", "28", "29"]);
    expect(punten("om")).toEqual(["13", "16", "30", "31"]);
    expect(punten("waterschap")).toEqual(["32", "33", "34"]);
    expect(punten("dto")).toEqual(["15", "20", "21", "27"]);
    // 1–9, 10 with its three parts, 11–14, 16–19, 22–26.
    expect(punten("gemeente")).toHaveLength(26);
  });
});
