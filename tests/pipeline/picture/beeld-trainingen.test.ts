import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";

const training = (
  organisatie: string,
  id: string,
  datum: string,
  onderwerp: string,
  doelgroep: string,
  deelnemers: number,
) => ({
  organisatie,
  soort: "trainingen",
  recordId: id,
  occurredAt: datum,
  payload: { training_id: id, datum, onderwerp, aanbieder: "tov", doelgroep, deelnemers },
});

describe("beeld_trainingen", () => {
  let warehouse: ModelWarehouse;
  const cel = (gemeente: string, periode: string) =>
    warehouse.rows(
      `SELECT dimensie, waarde_code, aantal FROM beeld_trainingen WHERE gemeente = '${gemeente}' AND periode = '${periode}' ORDER BY 1, 2`,
    );

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    await warehouse.events([
      training("GM0034", "T1", "2025-02-01", "bibob", "bibob_medewerker", 6),
      training("GM0034", "T2", "2025-05-01", "bibob", "jurist", 3),
      training("OM-MN", "T3", "2025-05-02", "integriteit", "bestuurder", 10),
    ]);
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("sums a gemeente's participants by onderwerp and doelgroep over the year", async () => {
    expect(await cel("GM0034", "2025")).toEqual([
      { dimensie: "doelgroep", waarde_code: "bibob_medewerker", aantal: 6 },
      { dimensie: "doelgroep", waarde_code: "jurist", aantal: 3 },
      { dimensie: "onderwerp", waarde_code: "bibob", aantal: 9 },
      { dimensie: "totaal", waarde_code: "totaal", aantal: 9 },
    ]);
  });

  it("counts other organisations' trainings for the district only", async () => {
    expect(await cel("DISTRICT", "2025-Q2")).toEqual([
      { dimensie: "doelgroep", waarde_code: "bestuurder", aantal: 10 },
      { dimensie: "doelgroep", waarde_code: "jurist", aantal: 3 },
      { dimensie: "onderwerp", waarde_code: "bibob", aantal: 3 },
      { dimensie: "onderwerp", waarde_code: "integriteit", aantal: 10 },
      { dimensie: "totaal", waarde_code: "totaal", aantal: 13 },
    ]);
  });
});
