import { describe, expect, it } from "vitest";
import { rollen } from "../../../ingest/kinds/formatie.ts";
import {
  maatregelSoorten,
  maatregelStatussen,
  onderdelen,
} from "../../../ingest/kinds/maatregelen.ts";
import { aanwezigen, niveaus, overlegTypes } from "../../../ingest/kinds/overleggen.ts";
import { bronnen, fenomenen } from "../../../ingest/kinds/signalen.ts";
import { aanbieders, doelgroepen, trainingOnderwerpen } from "../../../ingest/kinds/trainingen.ts";
import { ambitiepunten, findAmbitiepunt } from "../../../pipeline/norm/ambitiepunten.ts";
import { globalParameters } from "../../../pipeline/norm/parameters.ts";

// Which vocabulary of export-formats.md each code-valued parameter draws from.
const vocabularies: Record<string, readonly string[]> = {
  overlegtype: overlegTypes,
  overlegtypen: overlegTypes,
  aanwezig: aanwezigen,
  niveaus,
  voldaan_statussen: maatregelStatussen,
  deels_statussen: maatregelStatussen,
  maatregel_soort: maatregelSoorten,
  rollen,
  onderwerpen: trainingOnderwerpen,
  aanbieders,
  doelgroepen,
  context_bron: bronnen,
};

const asList = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : [String(value)];

describe("the points' parameters", () => {
  it("use only codes a delivery can carry", () => {
    for (const a of ambitiepunten) {
      for (const [naam, waarde] of Object.entries(a.parameters)) {
        const vocabulary = vocabularies[naam];
        if (!vocabulary) continue;
        for (const code of asList(waarde)) expect(vocabulary, `${a.punt} ${naam}`).toContain(code);
      }
    }
  });

  it("name register parts the maatregelen kind knows, and point 10's parts by their points", () => {
    expect(findAmbitiepunt("3")?.parameters.onderdelen).toEqual(["ivp", "uitvoeringsplan"]);
    expect(findAmbitiepunt("26")?.parameters.onderdelen).toEqual([
      "beleid",
      "aandachtsfunctionaris",
      "zorgcoordinatie",
      "opvang",
    ]);
    for (const punt of ["3", "26"]) {
      for (const code of asList(findAmbitiepunt(punt)?.parameters.onderdelen)) {
        expect(onderdelen).toContain(code);
      }
    }
  });

  it("give point 18 the seven default DUP themes for 2025 and 2026, all fenomeen codes", () => {
    const dup = [
      "drugs",
      "hennep",
      "vastgoed",
      "mensenhandel",
      "arbeidsuitbuiting",
      "vakantieparken",
      "explosies",
    ];
    expect(findAmbitiepunt("18")?.parameters.dup_themas).toEqual({ "2025": dup, "2026": dup });
    for (const code of dup) expect(fenomenen).toContain(code);
  });

  it("carry the thresholds of indicators.md", () => {
    const p = (punt: string) => findAmbitiepunt(punt)?.parameters;
    expect(p("1")).toMatchObject({ minimum_voldaan: 2, minimum_deels: 1 });
    expect(p("8")).toMatchObject({ minimum_voldaan: 4, minimum_deels: 1 });
    expect(p("31")).toMatchObject({ minimum_voldaan: 4, minimum_deels: 1 });
    expect(p("14")).toMatchObject({ dekking_voldaan: 1, dekking_deels: 0.5 });
    expect(p("19")).toMatchObject({ dekking_voldaan: 1, dekking_deels: 0.5 });
    expect(p("32")).toMatchObject({ dekking_voldaan: 1, dekking_deels_boven: 0 });
    expect(p("28")).toMatchObject({ venster_dagen: 730 });
    for (const punt of ["3", "6", "11", "12", "22"])
      expect(p(punt)).toMatchObject({ actueel_jaren: 4 });
  });

  it("survive a trip through JSON, as ref_parameters stores them", () => {
    for (const a of ambitiepunten) {
      expect(JSON.parse(JSON.stringify(a.parameters))).toEqual(a.parameters);
    }
  });

  it("agree with a global parameter of the same name, which the SQL falls back to", () => {
    const global = new Map(globalParameters.map((g) => [g.naam, g.waarde]));
    for (const a of ambitiepunten) {
      for (const [naam, waarde] of Object.entries(a.parameters)) {
        if (global.has(naam)) expect(waarde, `${a.punt} ${naam}`).toEqual(global.get(naam));
      }
    }
  });
});

describe("the global parameters", () => {
  it("hold the windows and dates of indicators.md once each", () => {
    const byName = Object.fromEntries(globalParameters.map((g) => [g.naam, g.waarde]));
    expect(globalParameters).toHaveLength(Object.keys(byName).length);
    expect(byName).toMatchObject({
      actueel_jaren: 4,
      stand_dagen: 365,
      deadline: "2026-12-31",
      te_laat_dagen: 30,
      eerste_jaar: 2025,
      laatste_jaar: 2026,
      per_inwoners: 10_000,
    });
  });

  it("each carry a Dutch description", () => {
    for (const g of globalParameters) expect(g.omschrijving.length, g.naam).toBeGreaterThan(20);
  });
});
