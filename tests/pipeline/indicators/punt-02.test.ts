import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";

const overleg = (organisatie: string, id: string, datum: string, type: string) => ({
  organisatie,
  soort: "overleggen",
  recordId: id,
  occurredAt: datum,
  payload: {
    overleg_id: id,
    datum,
    type,
    niveau: "ambtelijk",
    ondermijning_geagendeerd: true,
    beleidsbesluit_ondermijning: null,
    aanwezig: ["gemeente"],
    casussen_besproken: null,
    deelnemers: 12,
  },
});

describe("ambitiepunt 2: integrale communicatie", () => {
  let warehouse: ModelWarehouse;
  const status = async (organisatie: string, jaar: string) =>
    warehouse.rows(
      `SELECT status, waarde, toelichting FROM norm_indicatoren WHERE ambitiepunt = '2' AND organisatie = '${organisatie}' AND jaar = '${jaar}'`,
    );

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    await warehouse.events([
      // Almere: one meeting on integrale communicatie in December 2025.
      overleg("GM0034", "A1", "2025-12-15", "integrale_communicatie"),
      // Lelystad: meetings of other types only.
      overleg("GM0995", "L1", "2025-04-02", "communicatie_om"),
      overleg("GM0995", "L2", "2025-05-02", "loo"),
    ]);
    await warehouse.deliveries([
      { organisatie: "GM0034", soort: "overleggen", periode: "2025-Q4" },
      // An empty delivery: Almere had no meetings in 2026's first quarter.
      { organisatie: "GM0034", soort: "overleggen", periode: "2026-Q1" },
      { organisatie: "GM0995", soort: "overleggen", periode: "2025-Q2" },
    ]);
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("is voldaan with one meeting on integrale communicatie in the year", async () => {
    expect(await status("GM0034", "2025")).toEqual([
      {
        status: "voldaan",
        waarde: 1,
        toelichting: expect.stringContaining("1 overleg(gen) integrale communicatie in 2025"),
      },
    ]);
  });

  it("counts a meeting of 15 December 2025 in the stand, the 365 days up to 28 November 2026", async () => {
    expect(await status("GM0034", "stand")).toMatchObject([{ status: "voldaan", waarde: 1 }]);
  });

  it("is niet_voldaan when overleggen were delivered but none on integrale communicatie", async () => {
    expect(await status("GM0995", "2025")).toMatchObject([{ status: "niet_voldaan", waarde: 0 }]);
    expect(await status("GM0034", "2026")).toMatchObject([{ status: "niet_voldaan", waarde: 0 }]);
  });

  it("is geen_gegevens without overleggen delivered for the year", async () => {
    expect(await status("GM0303", "2025")).toEqual([
      {
        status: "geen_gegevens",
        waarde: null,
        toelichting: expect.stringContaining("Geen overleggen aangeleverd over 2025"),
      },
    ]);
  });

  it("does not apply to the province", async () => {
    expect(await status("PV24", "2025")).toMatchObject([{ status: "nvt", waarde: null }]);
  });
});
