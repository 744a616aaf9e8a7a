import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";

const overleg = (
  organisatie: string,
  id: string,
  datum: string,
  type: string,
  geagendeerd: boolean,
  besluit: boolean | null,
) => ({
  organisatie,
  soort: "overleggen",
  recordId: id,
  occurredAt: datum,
  payload: {
    overleg_id: id,
    datum,
    type,
    niveau: "bestuurlijk",
    ondermijning_geagendeerd: geagendeerd,
    beleidsbesluit_ondermijning: besluit,
    aanwezig: ["gemeente", "politie", "om"],
    casussen_besproken: null,
    deelnemers: 5,
  },
});

describe("ambitiepunt 4: policy decisions on undermining in the driehoek", () => {
  let warehouse: ModelWarehouse;
  const status = async (organisatie: string, jaar: string) =>
    warehouse.rows(
      `SELECT status, waarde, toelichting FROM norm_indicatoren WHERE ambitiepunt = '4' AND organisatie = '${organisatie}' AND jaar = '${jaar}'`,
    );

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    await warehouse.events([
      // Almere: a driehoek with a policy decision on undermining → voldaan.
      overleg("GM0034", "A1", "2025-02-11", "driehoek", true, true),
      // Lelystad: a driehoek with undermining on the agenda but no decision; the decision was in a LOO → deels.
      overleg("GM0995", "L1", "2025-03-04", "driehoek", true, false),
      overleg("GM0995", "L2", "2025-03-05", "loo", true, true),
      // Dronten: a driehoek without undermining → niet_voldaan.
      overleg("GM0303", "D1", "2025-09-09", "driehoek", false, null),
    ]);
    await warehouse.deliveries([
      { organisatie: "GM0034", soort: "overleggen", periode: "2025-Q1" },
      { organisatie: "GM0995", soort: "overleggen", periode: "2025-Q1" },
      { organisatie: "GM0303", soort: "overleggen", periode: "2025-Q3" },
    ]);
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("is voldaan with a driehoek that took a policy decision on undermining", async () => {
    expect(await status("GM0034", "2025")).toEqual([
      {
        status: "voldaan",
        waarde: 1,
        toelichting: expect.stringContaining("1 driehoeksoverleg(gen) met een beleidsbesluit"),
      },
    ]);
  });

  it("is deels with undermining on a driehoek's agenda but no decision there", async () => {
    expect(await status("GM0995", "2025")).toEqual([
      {
        status: "deels",
        waarde: 0,
        toelichting: expect.stringContaining(
          "0 driehoeksoverleg(gen) met een beleidsbesluit over ondermijning en 1 met ondermijning geagendeerd",
        ),
      },
    ]);
  });

  it("is niet_voldaan with a driehoek that did not discuss undermining", async () => {
    expect(await status("GM0303", "2025")).toMatchObject([{ status: "niet_voldaan", waarde: 0 }]);
  });

  it("is geen_gegevens without overleggen delivered for the year", async () => {
    expect(await status("GM0184", "2025")).toMatchObject([
      {
        status: "geen_gegevens",
        waarde: null,
        toelichting: expect.stringContaining("Geen overleggen"),
      },
    ]);
    expect(await status("GM0034", "2026")).toMatchObject([{ status: "geen_gegevens" }]);
  });

  it("does not apply to the province", async () => {
    expect(await status("PV24", "2025")).toMatchObject([{ status: "nvt", waarde: null }]);
  });
});
