import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";
import { publiekEvents } from "./publiek-fixture.ts";

describe("pub_beeld_signalen", () => {
  let warehouse: ModelWarehouse;
  const totaal = async (gemeente: string, periode = "2025-Q3") =>
    (
      await warehouse.rows(
        `SELECT aantal, aantal_weergave, per_10000, aandeel_besproken_in_loo FROM pub_beeld_signalen
         WHERE gemeente = '${gemeente}' AND periode = '${periode}' AND dimensie = 'totaal'`,
      )
    )[0];

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    await warehouse.events(publiekEvents);
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("shows a count of 3 as <5 and never the number", async () => {
    expect(await totaal("GM0184")).toEqual({
      aantal: null,
      aantal_weergave: "<5",
      per_10000: null,
      aandeel_besproken_in_loo: null,
    });
  });

  it("rounds other counts to the nearest 5: 7 → 5, 8 → 10, 9 → 10, 12 → 10, 44 → 45", async () => {
    expect(await totaal("GM0171")).toMatchObject({ aantal: 5, aantal_weergave: "5" });
    expect(await totaal("GM0995")).toMatchObject({ aantal: 10, aantal_weergave: "10" });
    expect(await totaal("GM0034")).toMatchObject({ aantal: 10, aantal_weergave: "10" });
    expect(await totaal("GM0303")).toMatchObject({ aantal: 10, aantal_weergave: "10" });
    expect(await totaal("DISTRICT")).toMatchObject({ aantal: 45, aantal_weergave: "45" });
  });

  it("computes the rate per 10,000 from the published count", async () => {
    // Noordoostpolder: 5 (published) × 10,000 / 50,050 = 0.999… → 1.
    expect((await totaal("GM0171"))?.per_10000).toBe(1);
  });

  it("hides the next-smallest gemeente so Urk's count does not follow from the district total", async () => {
    // Urk (3) is the only small gemeente in 2025-Q3; Zeewolde (5) is the smallest other non-zero one.
    expect(await totaal("GM0050")).toMatchObject({ aantal: null, aantal_weergave: "onderdrukt" });
    // The year adds up only 2025-Q3 here, so it is suppressed the same way.
    expect(await totaal("GM0050", "2025")).toMatchObject({
      aantal: null,
      aantal_weergave: "onderdrukt",
    });
  });

  it("publishes a share only from a denominator of 10", async () => {
    // Almere: 6 of 9 discussed → denominator 9 → nothing; Dronten: 6 of 12 → 0.5.
    expect((await totaal("GM0034"))?.aandeel_besproken_in_loo).toBeNull();
    expect((await totaal("GM0303"))?.aandeel_besproken_in_loo).toBe(0.5);
  });

  it("publishes signals via MMA for the district per year only, and hides what would give them away", async () => {
    expect(
      await warehouse.rows(
        "SELECT niveau, periode, aantal_weergave FROM pub_beeld_signalen WHERE waarde_code = 'mma'",
      ),
    ).toEqual([{ niveau: "district", periode: "2025", aantal_weergave: "<5" }]);
    // Lelystad's 2 MMA signals would follow from its total (10) minus its politie signals (6 → 5).
    expect(
      await warehouse.rows(
        "SELECT waarde_code, aantal, aantal_weergave FROM pub_beeld_signalen WHERE gemeente = 'GM0995' AND periode = '2025-Q3' AND dimensie = 'bron'",
      ),
    ).toEqual([{ waarde_code: "politie", aantal: null, aantal_weergave: "onderdrukt" }]);
  });
});
