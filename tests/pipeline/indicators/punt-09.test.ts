import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";
import { maatregel, snapshot } from "./snapshot-events.ts";

describe("ambitiepunt 9: aanwijzing vergunningplicht", () => {
  let warehouse: ModelWarehouse;
  const status = async (organisatie: string, jaar: string) =>
    warehouse.rows(
      `SELECT status, waarde, toelichting FROM norm_indicatoren WHERE ambitiepunt = '9' AND organisatie = '${organisatie}' AND jaar = '${jaar}'`,
    );

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    const maart = "2025-03-31";
    await warehouse.events([
      maatregel("GM0034", "A1", "9", maart, { soort: "aanwijzing" }),
      // In preparation is not enough: point 9 has no deels.
      maatregel("GM0995", "L1", "9", maart, { soort: "aanwijzing", status: "in_voorbereiding" }),
      // Dronten's register lists other points only.
      maatregel("GM0303", "D1", "11", maart),
    ]);
    await warehouse.deliveries([
      snapshot("GM0034", "maatregelen", maart),
      snapshot("GM0995", "maatregelen", maart),
      snapshot("GM0303", "maatregelen", maart),
    ]);
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("is voldaan with a vastgesteld aanwijzing in the register", async () => {
    expect(await status("GM0034", "2025")).toEqual([
      {
        status: "voldaan",
        waarde: null,
        toelichting: expect.stringContaining(
          "in het register op 31-12-2025 met status vastgesteld",
        ),
      },
    ]);
  });

  it("is niet_voldaan with an aanwijzing in preparation", async () => {
    expect(await status("GM0995", "2025")).toMatchObject([
      { status: "niet_voldaan", toelichting: expect.stringContaining("in_voorbereiding") },
    ]);
  });

  it("is niet_voldaan when the register does not list point 9", async () => {
    expect(await status("GM0303", "2025")).toMatchObject([
      { status: "niet_voldaan", toelichting: expect.stringContaining("ontbreekt") },
    ]);
  });

  it("is geen_gegevens without a register", async () => {
    expect(await status("GM0184", "stand")).toMatchObject([{ status: "geen_gegevens" }]);
  });

  it("does not apply to DTO", async () => {
    expect(await status("DTO-FL", "2025")).toMatchObject([{ status: "nvt" }]);
  });
});
