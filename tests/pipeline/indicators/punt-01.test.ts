import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";

const overleg = (
  organisatie: string,
  id: string,
  datum: string,
  type: string,
  geagendeerd: boolean,
) => ({
  organisatie,
  soort: "overleggen",
  recordId: id,
  occurredAt: datum,
  payload: {
    overleg_id: id,
    datum,
    type,
    niveau: "ambtelijk",
    ondermijning_geagendeerd: geagendeerd,
    beleidsbesluit_ondermijning: null,
    aanwezig: [],
    casussen_besproken: null,
    deelnemers: 20,
  },
});

describe("ambitiepunt 1: periodic attention to undermining", () => {
  let warehouse: ModelWarehouse;
  const status = async (organisatie: string, jaar: string) =>
    warehouse.rows(
      `SELECT status, waarde, toelichting FROM norm_indicatoren WHERE ambitiepunt = '1' AND organisatie = '${organisatie}' AND jaar = '${jaar}'`,
    );

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    await warehouse.events([
      // Almere 2025: two awareness meetings with undermining on the agenda → voldaan.
      overleg("GM0034", "A1", "2025-03-10", "bewustwording", true),
      overleg("GM0034", "A2", "2025-10-01", "bewustwording", true),
      // Lelystad 2025: one with, one without undermining on the agenda, one LOO → deels (1).
      overleg("GM0995", "L1", "2025-05-01", "bewustwording", true),
      overleg("GM0995", "L2", "2025-06-01", "bewustwording", false),
      overleg("GM0995", "L3", "2025-06-02", "loo", true),
      // The province 2025: only an integrity meeting → niet_voldaan (0).
      overleg("PV24", "P1", "2025-04-01", "integriteit", true),
    ]);
    await warehouse.deliveries([
      { organisatie: "GM0034", soort: "overleggen", periode: "2025-Q1" },
      { organisatie: "GM0995", soort: "overleggen", periode: "2025-Q2" },
      { organisatie: "PV24", soort: "overleggen", periode: "2025-Q2" },
    ]);
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("is voldaan with two awareness meetings on undermining in the year", async () => {
    expect(await status("GM0034", "2025")).toEqual([
      {
        status: "voldaan",
        waarde: 2,
        toelichting: expect.stringContaining("2 bewustwordingsbijeenkomst"),
      },
    ]);
  });

  it("is deels with one, not counting meetings without undermining or of another type", async () => {
    expect(await status("GM0995", "2025")).toMatchObject([{ status: "deels", waarde: 1 }]);
  });

  it("is niet_voldaan when overleggen were delivered but none counts", async () => {
    expect(await status("PV24", "2025")).toMatchObject([{ status: "niet_voldaan", waarde: 0 }]);
  });

  it("is geen_gegevens without overleggen delivered for the year", async () => {
    expect(await status("GM0303", "2025")).toMatchObject([
      { status: "geen_gegevens", toelichting: expect.stringContaining("Geen overleggen") },
    ]);
    // Almere delivered for 2025 only: the stand (the last 365 days up to 28-11-2026) has none.
    expect(await status("GM0034", "stand")).toMatchObject([{ status: "geen_gegevens" }]);
  });

  it("does not apply to the police", async () => {
    expect(await status("POLITIE-FL", "2025")).toMatchObject([{ status: "nvt", waarde: null }]);
  });
});
