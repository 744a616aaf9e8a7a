import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";

const dossier = (
  organisatie: string,
  id: string,
  periode: string,
  velden: Record<string, unknown>,
) => ({
  organisatie,
  soort: "bibob",
  recordId: id,
  periode,
  occurredAt: String(velden.datum_aanvraag),
  payload: {
    dossier_id: id,
    rechtshandeling: "vergunning",
    sector: "horeca",
    eigen_onderzoek: false,
    tip_ontvangen: false,
    tip_bron: null,
    lbb_advies_aangevraagd: false,
    datum_lbb_advies: null,
    mate_van_gevaar: null,
    besluit: "lopend",
    datum_besluit: null,
    aangifte_valsheid: null,
    ...velden,
  },
});

const tip = (organisatie: string, id: string, datum: string) => ({
  organisatie,
  soort: "tips",
  recordId: id,
  occurredAt: datum,
  payload: { tip_id: id, datum, ontvanger: "GM0995", soort: "bestuursorgaan" },
});

describe("beeld_bibob", () => {
  let warehouse: ModelWarehouse;
  const cel = (gemeente: string, periode: string) =>
    warehouse.rows(
      `SELECT dimensie, waarde_code, aantal FROM beeld_bibob WHERE gemeente = '${gemeente}' AND periode = '${periode}' ORDER BY 1, 2`,
    );
  const totaal = async (gemeente: string, periode: string) =>
    (
      await warehouse.rows(
        `SELECT aantal, aandeel_eigen_onderzoek, mediaan_dagen_tot_besluit FROM beeld_bibob WHERE gemeente = '${gemeente}' AND periode = '${periode}' AND dimensie = 'totaal'`,
      )
    )[0];

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    await warehouse.events([
      // Almere's B1: open in Q2, refused in Q3 (1 May → 10 August = 101 days).
      dossier("GM0034", "B1", "2025-Q2", { datum_aanvraag: "2025-05-01" }),
      dossier("GM0034", "B1", "2025-Q3", {
        datum_aanvraag: "2025-05-01",
        mate_van_gevaar: "ernstig",
        besluit: "geweigerd",
        datum_besluit: "2025-08-10",
      }),
      // Almere's B2: own investigation, LBB advice asked, application withdrawn after 20 days.
      dossier("GM0034", "B2", "2025-Q3", {
        datum_aanvraag: "2025-07-01",
        eigen_onderzoek: true,
        lbb_advies_aangevraagd: true,
        besluit: "aanvraag_ingetrokken",
        datum_besluit: "2025-07-21",
      }),
      // The province's B3: granted after 90 days (1 July → 29 September).
      dossier("PV24", "B3", "2025-Q3", {
        datum_aanvraag: "2025-07-01",
        mate_van_gevaar: "geen",
        besluit: "verleend",
        datum_besluit: "2025-09-29",
      }),
      tip("GM0034", "T1", "2025-08-01"),
      tip("PV24", "T2", "2025-09-01"),
    ]);
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("counts a dossier in every quarter that lists it, once in the year, in its current state", async () => {
    expect(await totaal("GM0034", "2025-Q2")).toMatchObject({ aantal: 1 });
    expect(await totaal("GM0034", "2025-Q3")).toMatchObject({ aantal: 2 });
    expect(await totaal("GM0034", "2025")).toMatchObject({ aantal: 2 });
    // In Q2 B1 is shown as it is now: refused.
    expect(await cel("GM0034", "2025-Q2")).toContainEqual({
      dimensie: "besluit",
      waarde_code: "geweigerd",
      aantal: 1,
    });
  });

  it("counts the province's dossiers for the district only", async () => {
    expect(await totaal("DISTRICT", "2025")).toMatchObject({ aantal: 3 });
    expect(await warehouse.rows("SELECT * FROM beeld_bibob WHERE gemeente = 'PV24'")).toEqual([]);
  });

  it("gives the share with an own investigation and the median days from application to decision", async () => {
    // District 2025: B2 of 3 had an own investigation; days 101, 20, 90 → median 90.
    const district = await totaal("DISTRICT", "2025");
    expect(district?.aandeel_eigen_onderzoek).toBeCloseTo(1 / 3, 10);
    expect(district?.mediaan_dagen_tot_besluit).toBe(90);
    // Almere 2025: 101 and 20 → 60.5.
    expect((await totaal("GM0034", "2025"))?.mediaan_dagen_tot_besluit).toBe(60.5);
  });

  it("gives the distributions of mate van gevaar and besluit, refusals, deterrence, LBB advices and tips", async () => {
    expect(await cel("DISTRICT", "2025")).toEqual([
      { dimensie: "besluit", waarde_code: "aanvraag_ingetrokken", aantal: 1 },
      { dimensie: "besluit", waarde_code: "geweigerd", aantal: 1 },
      { dimensie: "besluit", waarde_code: "verleend", aantal: 1 },
      { dimensie: "besluitgroep", waarde_code: "afschrikking", aantal: 1 },
      { dimensie: "besluitgroep", waarde_code: "verleend", aantal: 1 },
      { dimensie: "besluitgroep", waarde_code: "weigering", aantal: 1 },
      { dimensie: "lbb_advies", waarde_code: "aangevraagd", aantal: 1 },
      { dimensie: "mate_van_gevaar", waarde_code: "ernstig", aantal: 1 },
      { dimensie: "mate_van_gevaar", waarde_code: "geen", aantal: 1 },
      { dimensie: "mate_van_gevaar", waarde_code: "onbekend", aantal: 1 },
      { dimensie: "tips", waarde_code: "gegeven", aantal: 2 },
      { dimensie: "totaal", waarde_code: "totaal", aantal: 3 },
    ]);
    expect(await cel("GM0034", "2025-Q3")).toContainEqual({
      dimensie: "tips",
      waarde_code: "gegeven",
      aantal: 1,
    });
  });
});
