import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";

const overleg = (
  organisatie: string,
  id: string,
  datum: string,
  type: string,
  niveau: string | null,
) => ({
  organisatie,
  soort: "overleggen",
  recordId: id,
  occurredAt: datum,
  payload: {
    overleg_id: id,
    datum,
    type,
    niveau,
    ondermijning_geagendeerd: true,
    beleidsbesluit_ondermijning: null,
    aanwezig: [],
    casussen_besproken: null,
    deelnemers: 12,
  },
});

describe("ambitiepunt 24: integrity discussed at ambtelijk and bestuurlijk level", () => {
  let warehouse: ModelWarehouse;
  const status = async (organisatie: string, jaar: string) =>
    warehouse.rows(
      `SELECT status, waarde, toelichting FROM norm_indicatoren WHERE ambitiepunt = '24' AND organisatie = '${organisatie}' AND jaar = '${jaar}'`,
    );

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    await warehouse.events([
      // Almere 2025: one integrity meeting at each level.
      overleg("GM0034", "A1", "2025-02-10", "integriteit", "ambtelijk"),
      overleg("GM0034", "A2", "2025-09-10", "integriteit", "bestuurlijk"),
      // Lelystad 2025: one meeting at both levels at once.
      overleg("GM0995", "L1", "2025-04-01", "integriteit", "beide"),
      // Dronten 2025: integrity only ambtelijk; the bestuurlijk meeting was about awareness.
      overleg("GM0303", "D1", "2025-04-01", "integriteit", "ambtelijk"),
      overleg("GM0303", "D2", "2025-05-01", "bewustwording", "bestuurlijk"),
      // The province 2025: an integrity meeting without a level does not count.
      overleg("PV24", "P1", "2025-04-01", "integriteit", null),
      overleg("PV24", "P2", "2025-05-01", "loo", "bestuurlijk"),
    ]);
    await warehouse.deliveries([
      { organisatie: "GM0034", soort: "overleggen", periode: "2025-Q1" },
      { organisatie: "GM0034", soort: "overleggen", periode: "2025-Q3" },
      { organisatie: "GM0995", soort: "overleggen", periode: "2025-Q2" },
      { organisatie: "GM0303", soort: "overleggen", periode: "2025-Q2" },
      { organisatie: "PV24", soort: "overleggen", periode: "2025-Q2" },
    ]);
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("is voldaan with integrity meetings at both levels, or one at both at once", async () => {
    expect(await status("GM0034", "2025")).toEqual([
      {
        status: "voldaan",
        waarde: 2,
        toelichting: "Integriteit in 2025 op 2 van 2 niveaus besproken: ambtelijk en bestuurlijk.",
      },
    ]);
    expect(await status("GM0995", "2025")).toMatchObject([{ status: "voldaan", waarde: 2 }]);
  });

  it("is deels with integrity discussed at one level only", async () => {
    expect(await status("GM0303", "2025")).toEqual([
      {
        status: "deels",
        waarde: 1,
        toelichting: "Integriteit in 2025 op 1 van 2 niveaus besproken: ambtelijk.",
      },
    ]);
  });

  it("is niet_voldaan when overleggen were delivered but integrity was not discussed at a level", async () => {
    expect(await status("PV24", "2025")).toMatchObject([{ status: "niet_voldaan", waarde: 0 }]);
  });

  it("is geen_gegevens without overleggen delivered for the evaluation", async () => {
    expect(await status("GM0184", "2025")).toEqual([
      {
        status: "geen_gegevens",
        waarde: null,
        toelichting: "Geen overleggen aangeleverd over 2025.",
      },
    ]);
    // Almere's Q3 2025 delivery does not reach into 2026.
    expect(await status("GM0034", "2026")).toMatchObject([{ status: "geen_gegevens" }]);
  });

  it("does not apply to the OM", async () => {
    expect(await status("OM-MN", "2025")).toMatchObject([{ status: "nvt", waarde: null }]);
  });
});
