import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";
import { maatregel, snapshot } from "./snapshot-events.ts";

const dossier = (organisatie: string, id: string, periode: string, eigenOnderzoek: boolean) => ({
  organisatie,
  soort: "bibob",
  recordId: id,
  periode,
  // The middle month of the period, so the event lies inside it.
  occurredAt: `${periode.slice(0, 4)}-${String(Number(periode.slice(-1)) * 3 - 1).padStart(2, "0")}-15`,
  payload: {
    dossier_id: id,
    datum_aanvraag: "2025-01-10",
    rechtshandeling: "vergunning",
    sector: "horeca",
    eigen_onderzoek: eigenOnderzoek,
    tip_ontvangen: false,
    tip_bron: null,
    lbb_advies_aangevraagd: false,
    datum_lbb_advies: null,
    mate_van_gevaar: null,
    besluit: "lopend",
    datum_besluit: null,
    aangifte_valsheid: null,
  },
});

describe("ambitiepunt 12: an actueel Bibob policy used in own investigations", () => {
  let warehouse: ModelWarehouse;
  const status = async (organisatie: string, jaar: string) =>
    warehouse.rows(
      `SELECT status, waarde, toelichting FROM norm_indicatoren WHERE ambitiepunt = '12' AND organisatie = '${organisatie}' AND jaar = '${jaar}'`,
    );

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    const juni = "2025-06-30";
    await warehouse.events([
      // Almere: actueel policy; an own investigation in 2025-Q2; in 2026-Q1 a dossier without one.
      maatregel("GM0034", "A1", "12", juni, { datum_vastgesteld: "2024-01-01" }),
      dossier("GM0034", "D1", "2025-Q2", true),
      dossier("GM0034", "D2", "2026-Q1", false),
      // The province: actueel policy; D1 listed in Q3 and Q4 counts once, D2 in Q4 → 2 dossiers.
      maatregel("PV24", "P1", "12", juni, {
        status: "gerealiseerd",
        datum_vastgesteld: "2025-02-01",
      }),
      dossier("PV24", "D1", "2025-Q3", true),
      dossier("PV24", "D1", "2025-Q4", true),
      dossier("PV24", "D2", "2025-Q4", true),
      // Lelystad: own investigations, but the policy of 2018 is not actueel → niet_voldaan.
      maatregel("GM0995", "L1", "12", juni, { datum_vastgesteld: "2018-05-01" }),
      dossier("GM0995", "D1", "2025-Q1", true),
      // Dronten: actueel policy, but no bibob delivered → geen_gegevens.
      maatregel("GM0303", "D1", "12", juni, { datum_vastgesteld: "2024-01-01" }),
    ]);
    await warehouse.deliveries([
      ...["GM0034", "PV24", "GM0995", "GM0303"].map((o) => snapshot(o, "maatregelen", juni)),
      { organisatie: "GM0034", soort: "bibob", periode: "2025-Q2" },
      { organisatie: "GM0034", soort: "bibob", periode: "2026-Q1" },
      { organisatie: "PV24", soort: "bibob", periode: "2025-Q3" },
      { organisatie: "PV24", soort: "bibob", periode: "2025-Q4" },
      { organisatie: "GM0995", soort: "bibob", periode: "2025-Q1" },
    ]);
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("is voldaan with an actueel policy and an own investigation in the year", async () => {
    expect(await status("GM0034", "2025")).toEqual([
      {
        status: "voldaan",
        waarde: 1,
        toelichting: expect.stringContaining(
          "Bibob-beleid actueel op 31-12-2025; 1 bibob-dossier(s) met eigen onderzoek in 2025",
        ),
      },
    ]);
  });

  it("counts a dossier listed in several periods once", async () => {
    expect(await status("PV24", "2025")).toMatchObject([{ status: "voldaan", waarde: 2 }]);
  });

  it("is deels with an actueel policy but no own investigation", async () => {
    expect(await status("GM0034", "2026")).toMatchObject([{ status: "deels", waarde: 0 }]);
    // The stand (29-11-2025 to 28-11-2026) does not reach the 2025-Q2 dossier.
    expect(await status("GM0034", "stand")).toMatchObject([{ status: "deels", waarde: 0 }]);
  });

  it("is niet_voldaan without an actueel policy, whatever the dossiers", async () => {
    expect(await status("GM0995", "2025")).toEqual([
      {
        status: "niet_voldaan",
        waarde: 1,
        toelichting: expect.stringContaining("Geen actueel Bibob-beleid op 31-12-2025"),
      },
    ]);
  });

  it("is geen_gegevens with an actueel policy but no bibob delivered, or without a register", async () => {
    expect(await status("GM0303", "2025")).toEqual([
      {
        status: "geen_gegevens",
        waarde: null,
        toelichting: expect.stringContaining("geen bibob aangeleverd over 2025"),
      },
    ]);
    expect(await status("GM0184", "2025")).toMatchObject([
      { status: "geen_gegevens", toelichting: expect.stringContaining("Geen maatregelenregister") },
    ]);
  });

  it("does not apply to the police", async () => {
    expect(await status("POLITIE-FL", "2025")).toMatchObject([{ status: "nvt" }]);
  });
});
