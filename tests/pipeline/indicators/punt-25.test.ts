import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";
import { maatregel, snapshot } from "./snapshot-events.ts";

describe("ambitiepunt 25: maatregelen for an open culture", () => {
  let warehouse: ModelWarehouse;
  const status = async (organisatie: string, jaar: string) =>
    warehouse.rows(
      `SELECT status, waarde, toelichting FROM norm_indicatoren WHERE ambitiepunt = '25' AND organisatie = '${organisatie}' AND jaar = '${jaar}'`,
    );

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    const peildatum = "2025-06-30";
    await warehouse.events([
      // Almere: two adopted, one realised, one in preparation → 3 count.
      maatregel("GM0034", "A1", "25", peildatum, { soort: "maatregel" }),
      maatregel("GM0034", "A2", "25", peildatum, { soort: "plan" }),
      maatregel("GM0034", "A3", "25", peildatum, { soort: "maatregel", status: "gerealiseerd" }),
      maatregel("GM0034", "A4", "25", peildatum, {
        soort: "maatregel",
        status: "in_voorbereiding",
      }),
      // Lelystad: only one in preparation.
      maatregel("GM0995", "L1", "25", peildatum, {
        soort: "maatregel",
        status: "in_voorbereiding",
      }),
      // The province: one not started.
      maatregel("PV24", "P1", "25", peildatum, { soort: "maatregel", status: "niet_gestart" }),
    ]);
    await warehouse.deliveries([
      snapshot("GM0034", "maatregelen", peildatum),
      snapshot("GM0995", "maatregelen", peildatum),
      snapshot("PV24", "maatregelen", peildatum),
    ]);
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("is voldaan with at least one maatregel vastgesteld or gerealiseerd", async () => {
    expect(await status("GM0034", "2025")).toEqual([
      {
        status: "voldaan",
        waarde: 3,
        toelichting: expect.stringContaining(
          "3 maatregel(en) voor een open cultuur vastgesteld of gerealiseerd en 1 in voorbereiding",
        ),
      },
    ]);
  });

  it("is deels with maatregelen only in preparation", async () => {
    expect(await status("GM0995", "2025")).toMatchObject([{ status: "deels", waarde: 0 }]);
  });

  it("is niet_voldaan with none adopted or in preparation", async () => {
    expect(await status("PV24", "2025")).toEqual([
      {
        status: "niet_voldaan",
        waarde: 0,
        toelichting: expect.stringContaining(
          "0 maatregel(en) voor een open cultuur vastgesteld of gerealiseerd en 0 in voorbereiding",
        ),
      },
    ]);
  });

  it("is geen_gegevens without a register on or before the evaluation date", async () => {
    expect(await status("GM0303", "2026")).toMatchObject([
      { status: "geen_gegevens", waarde: null },
    ]);
  });

  it("does not apply to the OM", async () => {
    expect(await status("OM-MN", "2025")).toMatchObject([{ status: "nvt", waarde: null }]);
  });
});
