import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";
import { maatregel, snapshot } from "./snapshot-events.ts";

describe("ambitiepunt 26: the basisniveau bestuurlijke aanpak mensenhandel", () => {
  let warehouse: ModelWarehouse;
  const status = async (organisatie: string, jaar: string) =>
    warehouse.rows(
      `SELECT status, waarde, toelichting FROM norm_indicatoren WHERE ambitiepunt = '26' AND organisatie = '${organisatie}' AND jaar = '${jaar}'`,
    );

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    const peildatum = "2025-06-30";
    await warehouse.events([
      // Almere: all four parts adopted or realised.
      maatregel("GM0034", "A1", "26", peildatum, { onderdeel: "beleid" }),
      maatregel("GM0034", "A2", "26", peildatum, {
        onderdeel: "aandachtsfunctionaris",
        soort: "maatregel",
        status: "gerealiseerd",
      }),
      maatregel("GM0034", "A3", "26", peildatum, {
        onderdeel: "zorgcoordinatie",
        soort: "regeling",
      }),
      maatregel("GM0034", "A4", "26", peildatum, {
        onderdeel: "opvang",
        soort: "regeling",
        status: "gerealiseerd",
      }),
      // Lelystad: beleid (twice) and aandachtsfunctionaris; zorgcoordinatie in preparation; no opvang → 2 of 4.
      maatregel("GM0995", "L1", "26", peildatum, { onderdeel: "beleid" }),
      maatregel("GM0995", "L2", "26", peildatum, { onderdeel: "beleid", soort: "plan" }),
      maatregel("GM0995", "L3", "26", peildatum, {
        onderdeel: "aandachtsfunctionaris",
        soort: "maatregel",
      }),
      maatregel("GM0995", "L4", "26", peildatum, {
        onderdeel: "zorgcoordinatie",
        status: "in_voorbereiding",
      }),
      // Dronten: a part in preparation and an adopted item without a part → 0 of 4.
      maatregel("GM0303", "D1", "26", peildatum, {
        onderdeel: "opvang",
        status: "in_voorbereiding",
      }),
      maatregel("GM0303", "D2", "26", peildatum, { onderdeel: null }),
    ]);
    await warehouse.deliveries([
      snapshot("GM0034", "maatregelen", peildatum),
      snapshot("GM0995", "maatregelen", peildatum),
      snapshot("GM0303", "maatregelen", peildatum),
    ]);
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("is voldaan with all four parts vastgesteld or gerealiseerd", async () => {
    expect(await status("GM0034", "2025")).toEqual([
      {
        status: "voldaan",
        waarde: 1,
        toelichting:
          "4 van 4 onderdelen van het basisniveau mensenhandel vastgesteld of gerealiseerd.",
      },
    ]);
  });

  it("is deels with one to three parts, naming the missing ones", async () => {
    expect(await status("GM0995", "2026")).toEqual([
      {
        status: "deels",
        waarde: 0.5,
        toelichting:
          "2 van 4 onderdelen van het basisniveau mensenhandel vastgesteld of gerealiseerd; ontbreekt: zorgcoordinatie, opvang.",
      },
    ]);
  });

  it("is niet_voldaan with no part in order", async () => {
    expect(await status("GM0303", "2025")).toMatchObject([{ status: "niet_voldaan", waarde: 0 }]);
  });

  it("is geen_gegevens without a register", async () => {
    expect(await status("GM0050", "2025")).toMatchObject([
      { status: "geen_gegevens", waarde: null },
    ]);
  });

  it("does not apply to the province", async () => {
    expect(await status("PV24", "2025")).toMatchObject([{ status: "nvt", waarde: null }]);
  });
});
