import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";

describe("beeld_aanleveringen", () => {
  let warehouse: ModelWarehouse;
  const rij = async (organisatie: string, soort: string, periode: string) =>
    warehouse.rows(
      `SELECT verwacht, CAST(uiterste_datum AS VARCHAR) AS uiterste_datum, leveringen, correcties, intrekkingen, op_tijd, achterstallig
       FROM beeld_aanleveringen WHERE organisatie = '${organisatie}' AND soort = '${soort}' AND periode = '${periode}'`,
    );

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    await warehouse.deliveries([
      // 2025-Q1 ends 31 March, so it is due on 30 April.
      {
        organisatie: "GM0184",
        soort: "signalen",
        periode: "2025-Q1",
        receivedAt: "2025-04-20T09:00:00Z",
      },
      {
        organisatie: "GM0184",
        soort: "controles",
        periode: "2025-Q1",
        receivedAt: "2025-05-10T09:00:00Z",
      },
    ]);
    // A re-delivery of Urk's signals that corrected two records and withdrew one.
    await warehouse.rows(
      "INSERT INTO raw_deliveries VALUES ('d-herlevering', 'f.csv', '', 'GM0184', 'signalen', '2025-Q1', NULL, 'csv', 5, 0, 2, 1, 2, 0, TIMESTAMPTZ '2025-05-01T09:00:00Z')",
    );
    await warehouse.build({ asOf: "2025-06-01T00:00:00Z", asOfDate: "2025-06-01" });
  });
  afterAll(() => warehouse.close());

  it("shows each delivered period with its deliveries, corrections and withdrawals", async () => {
    expect(await rij("GM0184", "signalen", "2025-Q1")).toEqual([
      {
        verwacht: true,
        uiterste_datum: "2025-04-30",
        leveringen: 2,
        correcties: 2,
        intrekkingen: 1,
        op_tijd: true,
        achterstallig: false,
      },
    ]);
  });

  it("marks a late delivery as not on time but no longer overdue", async () => {
    expect(await rij("GM0184", "controles", "2025-Q1")).toMatchObject([
      { op_tijd: false, achterstallig: false },
    ]);
  });

  it("marks an expected period kind without a delivery after its deadline as overdue", async () => {
    expect(await rij("GM0184", "bibob", "2025-Q1")).toMatchObject([
      { verwacht: true, leveringen: 0, achterstallig: true },
    ]);
    // 2025-Q2 is due on 30 July, after the as-of date; the province holds no controles.
    expect(await rij("GM0184", "bibob", "2025-Q2")).toEqual([]);
    expect(await rij("PV24", "controles", "2025-Q1")).toEqual([]);
  });
});
