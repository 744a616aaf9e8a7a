import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";

const controle = (organisatie: string, id: string, velden: Record<string, unknown>) => ({
  organisatie,
  soort: "controles",
  recordId: id,
  occurredAt: String(velden.datum),
  payload: {
    controle_id: id,
    gemeente: "GM0303",
    gebied_type: "bedrijventerrein",
    dup_themas: [],
    partners: ["gemeente"],
    bevindingen: {},
    maatregelen_opgelegd: null,
    ...velden,
  },
});

describe("beeld_controles", () => {
  let warehouse: ModelWarehouse;
  const rij = async (periode: string, dimensie: string, code: string) =>
    (
      await warehouse.rows(
        `SELECT * EXCLUDE (niveau, gemeente, periode, periode_type, jaar, dimensie, waarde_code) FROM beeld_controles
         WHERE gemeente = 'GM0303' AND periode = '${periode}' AND dimensie = '${dimensie}' AND waarde_code = '${code}'`,
      )
    )[0];

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    await warehouse.events([
      // The police in Dronten on hennep (a DUP theme) with three partners: 10 addresses, 4 with a finding.
      controle("POLITIE-FL", "C1", {
        datum: "2025-08-01",
        dup_themas: ["hennep"],
        partners: ["gemeente", "politie", "belastingdienst"],
        adressen_bezocht: 10,
        adressen_met_bevinding: 4,
        bevindingen: { brandveiligheid: 3, drugs: 1 },
      }),
      // Dronten on horeca (not a DUP theme): 5 addresses, 1 with a finding.
      controle("GM0303", "C2", {
        datum: "2025-09-01",
        dup_themas: ["horeca"],
        adressen_bezocht: 5,
        adressen_met_bevinding: 1,
        bevindingen: { brandveiligheid: 2 },
      }),
      controle("GM0303", "C3", {
        datum: "2025-09-02",
        adressen_bezocht: 50,
        adressen_met_bevinding: 0,
      }),
      {
        organisatie: "GM0303",
        soort: "controles",
        recordId: "C3",
        occurredAt: "2025-09-02",
        payload: null,
        type: "RecordWithdrawn",
      },
    ]);
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("counts controles in the gemeente held, whoever delivered them, with partners and the DUP share", async () => {
    // C1 and C2 (C3 withdrawn); partners (3 + 1) / 2 = 2; on a DUP theme: C1 of 2.
    expect(await rij("2025-Q3", "totaal", "totaal")).toMatchObject({
      aantal: 2,
      aandeel_op_dup_thema: 0.5,
      partners_per_controle: 2,
    });
  });

  it("gives addresses visited and the hit rate", async () => {
    expect(await rij("2025-Q3", "adressen", "bezocht")).toMatchObject({ aantal: 15 });
    // 4 + 1 = 5 addresses with a finding of 15 → 1/3.
    const met = await rij("2025", "adressen", "met_bevinding");
    expect(met?.aantal).toBe(5);
    expect(met?.trefkans).toBeCloseTo(1 / 3, 10);
  });

  it("gives findings per 100 addresses by category", async () => {
    // brandveiligheid 3 + 2 = 5 per 15 addresses → 33.33…; drugs 1 → 6.67.
    const brand = await rij("2025-Q3", "bevinding", "brandveiligheid");
    expect(brand?.aantal).toBe(5);
    expect(brand?.per_100_adressen).toBeCloseTo(100 / 3, 8);
    expect((await rij("2025-Q3", "bevinding", "drugs"))?.per_100_adressen).toBeCloseTo(100 / 15, 8);
  });
});
