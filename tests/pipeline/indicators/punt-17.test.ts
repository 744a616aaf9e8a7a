import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";
import { formatie, snapshot } from "./snapshot-events.ts";

describe("ambitiepunt 17: boa's and toezichthouders for undermining", () => {
  let warehouse: ModelWarehouse;
  const status = async (organisatie: string, jaar: string) =>
    warehouse.rows(
      `SELECT status, waarde, toelichting FROM norm_indicatoren WHERE ambitiepunt = '17' AND organisatie = '${organisatie}' AND jaar = '${jaar}'`,
    );

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    const maart = "2025-03-31";
    const juni2026 = "2026-06-30";
    await warehouse.events([
      // Almere 2025: 2 boa's + 1 toezichthouder (Bibob employees do not count) → 3, voldaan.
      formatie("GM0034", "boa_ondermijning", 2, maart),
      formatie("GM0034", "toezichthouder_ondermijning", 1, maart),
      formatie("GM0034", "bibob_medewerker", 4, maart),
      // Almere's snapshot of 30-06-2026: no boa's left, the toezichthouder line gone → 0 for 2026.
      formatie("GM0034", "boa_ondermijning", 0, juni2026, "RecordCorrected"),
      formatie("GM0034", "toezichthouder_ondermijning", 0, juni2026, "RecordWithdrawn"),
      // The province: none in the roles that count → niet_voldaan.
      formatie("PV24", "toezichthouder_ondermijning", 0, maart),
      formatie("PV24", "overig", 5, maart),
      // Dronten's first formatie is of 31-03-2026.
      formatie("GM0303", "boa_ondermijning", 1, "2026-03-31"),
    ]);
    await warehouse.deliveries([
      snapshot("GM0034", "formatie", maart),
      snapshot("GM0034", "formatie", juni2026),
      snapshot("PV24", "formatie", maart),
      snapshot("GM0303", "formatie", "2026-03-31"),
    ]);
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("is voldaan with boa's and toezichthouders in the formatie", async () => {
    expect(await status("GM0034", "2025")).toEqual([
      {
        status: "voldaan",
        waarde: 3,
        toelichting: expect.stringContaining(
          "3 boa('s) en toezichthouder(s) ondermijning in de formatie op 31-12-2025",
        ),
      },
    ]);
    expect(await status("GM0303", "2026")).toMatchObject([{ status: "voldaan", waarde: 1 }]);
  });

  it("is niet_voldaan when the formatie in force counts none", async () => {
    expect(await status("PV24", "2025")).toMatchObject([{ status: "niet_voldaan", waarde: 0 }]);
    expect(await status("GM0034", "2026")).toMatchObject([{ status: "niet_voldaan", waarde: 0 }]);
  });

  it("is geen_gegevens without a formatie on or before the evaluation date", async () => {
    expect(await status("GM0303", "2025")).toEqual([
      {
        status: "geen_gegevens",
        waarde: null,
        toelichting: "Geen formatie aangeleverd op of vóór 31-12-2025.",
      },
    ]);
  });

  it("does not apply to the OM", async () => {
    expect(await status("OM-MN", "2025")).toMatchObject([{ status: "nvt" }]);
  });
});
