import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";
import { maatregel, snapshot } from "./snapshot-events.ts";

describe("ambitiepunt 10 and its parts 10A, 10B and 10C: vergunningenstelsels", () => {
  let warehouse: ModelWarehouse;
  const status = async (punt: string, organisatie: string, jaar = "2025") =>
    warehouse.rows(
      `SELECT status, waarde, toelichting FROM norm_indicatoren WHERE ambitiepunt = '${punt}' AND organisatie = '${organisatie}' AND jaar = '${jaar}'`,
    );

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    const juni = "2025-06-30";
    const regeling = { soort: "regeling" };
    await warehouse.events([
      // Almere: all three (one delivered with a lower-case point code, as partners may).
      maatregel("GM0034", "A1", "10a", juni, regeling),
      maatregel("GM0034", "A2", "10B", juni, { ...regeling, status: "gerealiseerd" }),
      maatregel("GM0034", "A3", "10C", juni, regeling),
      // Lelystad: 10A vastgesteld, 10B in preparation, no 10C.
      maatregel("GM0995", "L1", "10A", juni, regeling),
      maatregel("GM0995", "L2", "10B", juni, { ...regeling, status: "in_voorbereiding" }),
      // Dronten: a withdrawn 10A only.
      maatregel("GM0303", "D1", "10A", juni, { ...regeling, status: "ingetrokken" }),
    ]);
    await warehouse.deliveries([
      snapshot("GM0034", "maatregelen", juni),
      snapshot("GM0995", "maatregelen", juni),
      snapshot("GM0303", "maatregelen", juni),
    ]);
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  describe("the parts", () => {
    it("are voldaan with a vastgesteld or gerealiseerd item in the register", async () => {
      for (const punt of ["10A", "10B", "10C"])
        expect(await status(punt, "GM0034"), punt).toMatchObject([
          { status: "voldaan", waarde: null },
        ]);
      expect(await status("10A", "GM0995")).toMatchObject([{ status: "voldaan" }]);
    });

    it("are niet_voldaan with an item in preparation, a withdrawn one or none", async () => {
      expect(await status("10B", "GM0995")).toMatchObject([
        {
          status: "niet_voldaan",
          toelichting: expect.stringContaining("seks- en escortbedrijven"),
        },
      ]);
      expect(await status("10C", "GM0995")).toMatchObject([
        { status: "niet_voldaan", toelichting: expect.stringContaining("ontbreekt") },
      ]);
      expect(await status("10A", "GM0303")).toMatchObject([
        { status: "niet_voldaan", toelichting: expect.stringContaining("ingetrokken") },
      ]);
    });

    it("are geen_gegevens without a register", async () => {
      for (const punt of ["10A", "10B", "10C"])
        expect(await status(punt, "GM0184"), punt).toMatchObject([{ status: "geen_gegevens" }]);
    });

    it("do not apply to the province", async () => {
      for (const punt of ["10A", "10B", "10C"])
        expect(await status(punt, "PV24"), punt).toMatchObject([{ status: "nvt" }]);
    });
  });

  describe("the roll-up", () => {
    it("is voldaan when all three parts are", async () => {
      expect(await status("10", "GM0034")).toEqual([
        {
          status: "voldaan",
          waarde: 3,
          toelichting: "3 van 3 onderdelen voldaan (10A, 10B, 10C).",
        },
      ]);
    });

    it("is deels when one or two parts are", async () => {
      expect(await status("10", "GM0995")).toEqual([
        { status: "deels", waarde: 1, toelichting: "1 van 3 onderdelen voldaan (10A)." },
      ]);
    });

    it("is niet_voldaan when none is", async () => {
      expect(await status("10", "GM0303")).toMatchObject([{ status: "niet_voldaan", waarde: 0 }]);
    });

    it("is geen_gegevens when no part has data", async () => {
      expect(await status("10", "GM0184")).toMatchObject([
        { status: "geen_gegevens", waarde: null },
      ]);
    });

    it("does not apply to the province", async () => {
      expect(await status("10", "PV24")).toMatchObject([{ status: "nvt" }]);
    });
  });
});
