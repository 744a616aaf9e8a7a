import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";
import { maatregel, snapshot } from "./snapshot-events.ts";

const dossier = (organisatie: string, id: string, aangifte: boolean | null) => ({
  organisatie,
  soort: "bibob",
  recordId: id,
  occurredAt: "2025-08-01",
  payload: {
    dossier_id: id,
    datum_aanvraag: "2025-07-01",
    rechtshandeling: "vastgoed",
    sector: "vastgoed",
    eigen_onderzoek: true,
    tip_ontvangen: false,
    tip_bron: null,
    lbb_advies_aangevraagd: true,
    datum_lbb_advies: "2025-07-20",
    mate_van_gevaar: "ernstig",
    besluit: "geweigerd",
    datum_besluit: "2025-07-30",
    aangifte_valsheid: aangifte,
  },
});

describe("ambitiepunt 16: a werkproces for aangifte of valsheid in geschrifte", () => {
  let warehouse: ModelWarehouse;
  const status = async (organisatie: string, jaar: string) =>
    warehouse.rows(
      `SELECT status, waarde, toelichting FROM norm_indicatoren WHERE ambitiepunt = '16' AND organisatie = '${organisatie}' AND jaar = '${jaar}'`,
    );

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    const juni = "2025-06-30";
    const werkproces = { soort: "werkproces" };
    await warehouse.events([
      // Almere: werkproces vastgesteld; one of two dossiers in 2025 led to an aangifte.
      maatregel("GM0034", "A1", "16", juni, werkproces),
      dossier("GM0034", "D1", true),
      dossier("GM0034", "D2", false),
      // The police: gerealiseerd → voldaan.
      maatregel("POLITIE-FL", "P1", "16", juni, { ...werkproces, status: "gerealiseerd" }),
      // The OM: in preparation → niet_voldaan.
      maatregel("OM-MN", "O1", "16", juni, { ...werkproces, status: "in_voorbereiding" }),
    ]);
    await warehouse.deliveries([
      snapshot("GM0034", "maatregelen", juni),
      snapshot("POLITIE-FL", "maatregelen", juni),
      snapshot("OM-MN", "maatregelen", juni),
      { organisatie: "GM0034", soort: "bibob", periode: "2025-Q3" },
    ]);
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("is voldaan with a vastgesteld werkproces, naming the aangiften as context", async () => {
    expect(await status("GM0034", "2025")).toEqual([
      {
        status: "voldaan",
        waarde: null,
        toelichting: expect.stringMatching(
          /status vastgesteld.*1 bibob-dossier\(s\) met aangifte van valsheid in geschrifte in 2025\.$/,
        ),
      },
    ]);
    expect(await status("POLITIE-FL", "2025")).toMatchObject([
      { status: "voldaan", toelichting: expect.not.stringContaining("bibob-dossier") },
    ]);
  });

  it("is niet_voldaan with a werkproces in preparation", async () => {
    expect(await status("OM-MN", "2025")).toMatchObject([{ status: "niet_voldaan" }]);
  });

  it("is geen_gegevens without a register", async () => {
    expect(await status("PV24", "2025")).toMatchObject([{ status: "geen_gegevens", waarde: null }]);
  });

  it("does not apply to the water board", async () => {
    expect(await status("WS-ZZL", "2025")).toMatchObject([{ status: "nvt" }]);
  });
});
