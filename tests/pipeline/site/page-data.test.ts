import { describe, expect, it } from "vitest";
import { pageData } from "../../../pipeline/site/page-data.ts";
import type { SiteInput } from "../../../pipeline/site/site-input.ts";

const input: SiteInput = {
  as_of: "2026-11-28T10:00:00.000Z",
  gebouwd_op: "2026-11-28T10:00:00.000Z",
  publiek: "publiek",
  ambitiepunten: [
    {
      punt: "1",
      volgorde: 1,
      thema: 1,
      tekst: "t",
      geldt_voor: ["gemeente"],
      regel: "r",
      norm: "n",
      bron: [],
      model: "m",
      soort: "periodiek",
    },
  ],
  norm_indicatoren: [
    {
      organisatie: "GM0034",
      ambitiepunt: "1",
      jaar: "stand",
      status: "voldaan",
      waarde: null,
      norm: "n",
      toelichting: "x",
    },
  ],
  norm_district: [],
  beeld_signalen: [
    {
      niveau: "gemeente",
      gemeente: "GM0034",
      periode: "2026-Q3",
      periode_type: "kwartaal",
      jaar: "2026",
      dimensie: "totaal",
      waarde_code: "totaal",
      aantal: 220,
      per_10000: 9.7,
    },
    {
      niveau: "gemeente",
      gemeente: "GM0303",
      periode: "2026-Q3",
      periode_type: "kwartaal",
      jaar: "2026",
      dimensie: "totaal",
      waarde_code: "totaal",
      aantal: 40,
      per_10000: 9,
    },
  ],
  beeld_bibob: [],
  beeld_controles: [],
  beeld_trainingen: [],
  beeld_aanleveringen: [
    { organisatie: "GM0034", soort: "signalen", periode: "2026-Q3", achterstallig: false },
  ],
};

describe("pageData(input)", () => {
  it("writes the shared files and one file per organisation, eleven in all", () => {
    const files = pageData(input);
    const organisaties = [...files.keys()].filter((path) => path.startsWith("data/organisaties/"));
    expect(organisaties).toHaveLength(11);
    expect([...files.keys()]).toEqual(
      expect.arrayContaining([
        "data/site.json",
        "data/norm.json",
        "data/beeld.json",
        "data/aanleveringen.json",
        "data/methode.json",
      ]),
    );
  });

  it("gives an organisation page only its own indicators, deliveries and gemeente signals", () => {
    const almere = pageData(input).get("data/organisaties/GM0034.json") as Record<
      string,
      unknown[]
    >;
    expect(almere.indicatoren).toEqual([
      {
        organisatie: "GM0034",
        ambitiepunt: "1",
        jaar: "stand",
        status: "voldaan",
        toelichting: "x",
      },
    ]);
    expect(almere.aanleveringen).toHaveLength(1);
    expect(almere.signalen).toEqual([
      { gemeente: "GM0034", periode: "2026-Q3", aantal: 220, per_10000: 9.7 },
    ]);
    const provincie = pageData(input).get("data/organisaties/PV24.json") as Record<
      string,
      unknown[]
    >;
    expect(provincie.signalen).toEqual([]);
  });

  it("marks nothing for the public and names the running quarter", () => {
    const site = pageData(input).get("data/site.json") as Record<string, unknown>;
    expect(site.markering).toBeNull();
    expect(site.huidig_kwartaal).toBe("2026-Q4");
    expect(site.deadline).toBe("2026-12-31");
  });

  it("says there is no previous build to compare with when there is none", () => {
    expect((pageData(input).get("data/norm.json") as Record<string, unknown>).vorige).toBeNull();
  });
});
