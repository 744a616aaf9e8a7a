import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";

const overleg = (organisatie: string, id: string, datum: string) => ({
  organisatie,
  soort: "overleggen",
  recordId: id,
  occurredAt: datum,
  payload: {
    overleg_id: id,
    datum,
    type: "bewustwording",
    niveau: null,
    ondermijning_geagendeerd: true,
    beleidsbesluit_ondermijning: null,
    aanwezig: [],
    casussen_besproken: null,
    deelnemers: null,
  },
});

describe("norm_district", () => {
  let warehouse: ModelWarehouse;
  beforeAll(async () => {
    warehouse = await modelWarehouse();
    // Point 1 in 2025 (six gemeenten and the province): Almere voldaan (2), Lelystad deels (1),
    // Dronten niet_voldaan (delivered, none counts), the other three gemeenten and the province geen_gegevens.
    await warehouse.events([
      overleg("GM0034", "A1", "2025-02-01"),
      overleg("GM0034", "A2", "2025-03-01"),
      overleg("GM0995", "L1", "2025-02-01"),
    ]);
    await warehouse.deliveries([
      { organisatie: "GM0034", soort: "overleggen", periode: "2025-Q1" },
      { organisatie: "GM0995", soort: "overleggen", periode: "2025-Q1" },
      { organisatie: "GM0303", soort: "overleggen", periode: "2025-Q1" },
    ]);
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("counts the applicable organisations per status for a point", async () => {
    expect(
      await warehouse.rows(
        "SELECT toepasselijk, voldaan, deels, niet_voldaan, geen_gegevens, aandeel_voldaan FROM norm_district WHERE ambitiepunt = '1' AND jaar = '2025'",
      ),
    ).toEqual([
      {
        toepasselijk: 7,
        voldaan: 1,
        deels: 1,
        niet_voldaan: 1,
        geen_gegevens: 4,
        aandeel_voldaan: 1 / 7,
      },
    ]);
  });

  it("adds a total over every applicable organisation and point, without the nvt pairs", async () => {
    const [totaal] = await warehouse.rows(
      "SELECT toepasselijk, voldaan FROM norm_district WHERE ambitiepunt = 'totaal' AND jaar = '2025'",
    );
    const [pairs] = await warehouse.rows(
      "SELECT CAST(count(*) AS INTEGER) AS n FROM norm_indicatoren WHERE jaar = '2025' AND status <> 'nvt'",
    );
    expect(totaal?.toepasselijk).toBe(pairs?.n);
    expect(totaal?.voldaan).toBeGreaterThanOrEqual(1);
  });
});
