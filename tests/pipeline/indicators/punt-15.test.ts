import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";
import { maatregel, snapshot } from "./snapshot-events.ts";

const status = async (warehouse: ModelWarehouse, organisatie: string, jaar: string) =>
  warehouse.rows(
    `SELECT status, waarde, toelichting FROM norm_indicatoren WHERE ambitiepunt = '15' AND organisatie = '${organisatie}' AND jaar = '${jaar}'`,
  );

const mijlpaal = { soort: "mijlpaal" };

describe("ambitiepunt 15: DTO's verkenning of a districtelijk Bibob-team", () => {
  describe("with a milestone in preparation in 2025 and realised in 2026", () => {
    let warehouse: ModelWarehouse;
    beforeAll(async () => {
      warehouse = await modelWarehouse();
      await warehouse.events([
        maatregel("DTO-FL", "M1", "15", "2025-06-30", { ...mijlpaal, status: "in_voorbereiding" }),
        // A realised plan is not a milestone: it does not count.
        maatregel("DTO-FL", "M2", "15", "2025-06-30", { soort: "plan", status: "gerealiseerd" }),
        maatregel(
          "DTO-FL",
          "M1",
          "15",
          "2026-03-31",
          { ...mijlpaal, status: "gerealiseerd", datum_vastgesteld: "2026-03-01" },
          "RecordCorrected",
        ),
      ]);
      await warehouse.deliveries([
        snapshot("DTO-FL", "maatregelen", "2025-06-30"),
        snapshot("DTO-FL", "maatregelen", "2026-03-31"),
      ]);
      await warehouse.build();
    });
    afterAll(() => warehouse.close());

    it("is deels in 2025, with only the milestone in preparation counting", async () => {
      expect(await status(warehouse, "DTO-FL", "2025")).toEqual([
        {
          status: "deels",
          waarde: null,
          toelichting: expect.stringContaining(
            "mijlpaal met status in_voorbereiding op 31-12-2025",
          ),
        },
      ]);
    });

    it("is voldaan in 2026 and in the stand, once realised", async () => {
      expect(await status(warehouse, "DTO-FL", "2026")).toMatchObject([{ status: "voldaan" }]);
      expect(await status(warehouse, "DTO-FL", "stand")).toMatchObject([{ status: "voldaan" }]);
    });

    it("does not apply to a gemeente", async () => {
      expect(await status(warehouse, "GM0034", "2025")).toMatchObject([{ status: "nvt" }]);
    });
  });

  describe("with a first register of 15 January 2026 whose milestone has not started", () => {
    let warehouse: ModelWarehouse;
    beforeAll(async () => {
      warehouse = await modelWarehouse();
      await warehouse.events([
        maatregel("DTO-FL", "M1", "15", "2026-01-15", { ...mijlpaal, status: "niet_gestart" }),
      ]);
      await warehouse.deliveries([snapshot("DTO-FL", "maatregelen", "2026-01-15")]);
      await warehouse.build();
    });
    afterAll(() => warehouse.close());

    it("is geen_gegevens for 2025, before the register existed", async () => {
      expect(await status(warehouse, "DTO-FL", "2025")).toMatchObject([
        { status: "geen_gegevens", toelichting: expect.stringContaining("31-12-2025") },
      ]);
    });

    it("is niet_voldaan for 2026", async () => {
      expect(await status(warehouse, "DTO-FL", "2026")).toMatchObject([
        { status: "niet_voldaan", toelichting: expect.stringContaining("niet_gestart") },
      ]);
    });
  });
});
