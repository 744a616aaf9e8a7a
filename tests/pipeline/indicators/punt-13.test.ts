import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";

const tip = (organisatie: string, id: string, datum: string, ontvanger: string) => ({
  organisatie,
  soort: "tips",
  recordId: id,
  occurredAt: datum,
  payload: { tip_id: id, datum, ontvanger, soort: "politie" },
});

const dossier = (organisatie: string, id: string, periode: string, tipOntvangen: boolean) => ({
  organisatie,
  soort: "bibob",
  recordId: id,
  periode,
  occurredAt: "2025-04-15",
  payload: {
    dossier_id: id,
    datum_aanvraag: "2025-04-01",
    rechtshandeling: "vergunning",
    sector: "speelautomaten",
    eigen_onderzoek: true,
    tip_ontvangen: tipOntvangen,
    tip_bron: tipOntvangen ? "politie" : null,
    lbb_advies_aangevraagd: false,
    datum_lbb_advies: null,
    mate_van_gevaar: null,
    besluit: "lopend",
    datum_besluit: null,
    aangifte_valsheid: null,
  },
});

describe("ambitiepunt 13: use of Bibob tips", () => {
  let warehouse: ModelWarehouse;
  const status = async (organisatie: string, jaar: string) =>
    warehouse.rows(
      `SELECT status, waarde, toelichting FROM norm_indicatoren WHERE ambitiepunt = '13' AND organisatie = '${organisatie}' AND jaar = '${jaar}'`,
    );

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    await warehouse.events([
      // The police gave two tips in 2025.
      tip("POLITIE-FL", "T1", "2025-02-03", "GM0034"),
      tip("POLITIE-FL", "T2", "2025-11-03", "gm0995"),
      // Almere gave no tip but received one in a dossier.
      dossier("GM0034", "D1", "2025-Q2", true),
      // Lelystad gave a tip and delivered no bibob.
      tip("GM0995", "T1", "2025-06-30", "PV24"),
      // Dronten: a dossier without a tip, and an empty tips delivery.
      dossier("GM0303", "D1", "2025-Q2", false),
    ]);
    await warehouse.deliveries([
      { organisatie: "POLITIE-FL", soort: "tips", periode: "2025-Q1" },
      { organisatie: "POLITIE-FL", soort: "tips", periode: "2025-Q4" },
      { organisatie: "OM-MN", soort: "tips", periode: "2025-Q3" },
      { organisatie: "GM0034", soort: "bibob", periode: "2025-Q2" },
      { organisatie: "GM0995", soort: "tips", periode: "2025-Q2" },
      { organisatie: "GM0303", soort: "bibob", periode: "2025-Q2" },
      { organisatie: "GM0303", soort: "tips", periode: "2025-Q2" },
    ]);
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("is voldaan for the police with tips given in the year", async () => {
    expect(await status("POLITIE-FL", "2025")).toEqual([
      {
        status: "voldaan",
        waarde: 2,
        toelichting: expect.stringContaining("2 Bibob-tip(s) gegeven in 2025"),
      },
    ]);
  });

  it("is voldaan for a gemeente with a dossier in which it received a tip", async () => {
    expect(await status("GM0034", "2025")).toEqual([
      {
        status: "voldaan",
        waarde: 1,
        toelichting: expect.stringContaining(
          "0 Bibob-tip(s) gegeven en 1 bibob-dossier(s) met een ontvangen tip in 2025",
        ),
      },
    ]);
  });

  it("is voldaan for a gemeente with a tip given, without bibob delivered", async () => {
    expect(await status("GM0995", "2025")).toMatchObject([{ status: "voldaan", waarde: 1 }]);
  });

  it("is niet_voldaan without tips given or received", async () => {
    expect(await status("OM-MN", "2025")).toMatchObject([{ status: "niet_voldaan", waarde: 0 }]);
    expect(await status("GM0303", "2025")).toMatchObject([{ status: "niet_voldaan", waarde: 0 }]);
  });

  it("is geen_gegevens without tips delivered (police, OM) or tips and bibob (gemeenten, province)", async () => {
    expect(await status("POLITIE-FL", "2026")).toEqual([
      {
        status: "geen_gegevens",
        waarde: null,
        toelichting: "Geen tips aangeleverd over 2026.",
      },
    ]);
    expect(await status("PV24", "2025")).toEqual([
      {
        status: "geen_gegevens",
        waarde: null,
        toelichting: "Geen tips en geen bibob aangeleverd over 2025.",
      },
    ]);
  });

  it("does not apply to the water board", async () => {
    expect(await status("WS-ZZL", "2025")).toMatchObject([{ status: "nvt" }]);
  });
});
