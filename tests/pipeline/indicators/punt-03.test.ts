import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";
import { maatregel, snapshot } from "./snapshot-events.ts";

describe("ambitiepunt 3: undermining in the IVP and a uitvoeringsplan", () => {
  let warehouse: ModelWarehouse;
  const status = async (organisatie: string, jaar: string) =>
    warehouse.rows(
      `SELECT status, waarde, toelichting FROM norm_indicatoren WHERE ambitiepunt = '3' AND organisatie = '${organisatie}' AND jaar = '${jaar}'`,
    );

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    const juni = "2025-06-30";
    await warehouse.events([
      // Almere: both parts adopted within four years of 31-12-2025 → voldaan (2 of 2).
      maatregel("GM0034", "A1", "3", juni, { onderdeel: "ivp", datum_vastgesteld: "2023-01-10" }),
      maatregel("GM0034", "A2", "3", juni, {
        onderdeel: "uitvoeringsplan",
        datum_vastgesteld: "2024-05-01",
      }),
      // Lelystad: the IVP of 1 March 2021 is older than four years on 31-12-2025; the plan is actueel → deels.
      maatregel("GM0995", "L1", "3", juni, { onderdeel: "ivp", datum_vastgesteld: "2021-03-01" }),
      maatregel("GM0995", "L2", "3", juni, {
        onderdeel: "uitvoeringsplan",
        status: "gerealiseerd",
        datum_vastgesteld: "2024-01-01",
      }),
      // Urk: an old IVP evaluated in 2024 is actueel; the plan expired on 30-06-2025 → deels (ivp).
      maatregel("GM0184", "U1", "3", juni, {
        onderdeel: "ivp",
        datum_vastgesteld: "2020-01-01",
        datum_evaluatie: "2024-09-01",
      }),
      maatregel("GM0184", "U2", "3", juni, {
        onderdeel: "uitvoeringsplan",
        datum_vastgesteld: "2024-01-01",
        geldig_tot: "2025-06-30",
      }),
      // Dronten: an IVP in preparation, and an actueel item of another point → niet_voldaan.
      maatregel("GM0303", "D1", "3", juni, { onderdeel: "ivp", status: "in_voorbereiding" }),
      maatregel("GM0303", "D2", "6", juni, { datum_vastgesteld: "2024-01-01" }),
      // Zeewolde: its first register has peildatum 31-03-2026, after 2025's evaluation date.
      maatregel("GM0050", "Z1", "3", "2026-03-31", { onderdeel: "ivp" }),
      maatregel("GM0050", "Z2", "3", "2026-03-31", { onderdeel: "uitvoeringsplan" }),
    ]);
    await warehouse.deliveries([
      snapshot("GM0034", "maatregelen", juni),
      snapshot("GM0995", "maatregelen", juni),
      snapshot("GM0184", "maatregelen", juni),
      snapshot("GM0303", "maatregelen", juni),
      snapshot("GM0050", "maatregelen", "2026-03-31"),
    ]);
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("is voldaan with an actueel ivp and an actueel uitvoeringsplan", async () => {
    expect(await status("GM0034", "2025")).toEqual([
      {
        status: "voldaan",
        waarde: 2,
        toelichting: expect.stringContaining("2 van 2 onderdelen actueel op 31-12-2025"),
      },
    ]);
  });

  it("is deels when one part is too old to be actueel", async () => {
    expect(await status("GM0995", "2025")).toEqual([
      {
        status: "deels",
        waarde: 1,
        toelichting: expect.stringContaining(
          "1 van 2 onderdelen actueel op 31-12-2025 (uitvoeringsplan)",
        ),
      },
    ]);
  });

  it("counts a recent evaluation as actueel and an expired plan as not", async () => {
    expect(await status("GM0184", "2025")).toEqual([
      { status: "deels", waarde: 1, toelichting: expect.stringContaining("(ivp)") },
    ]);
  });

  it("is niet_voldaan when the register holds no actueel part of point 3", async () => {
    expect(await status("GM0303", "2025")).toMatchObject([{ status: "niet_voldaan", waarde: 0 }]);
  });

  it("is geen_gegevens without a register on or before the evaluation date", async () => {
    expect(await status("GM0171", "2025")).toEqual([
      {
        status: "geen_gegevens",
        waarde: null,
        toelichting: expect.stringContaining(
          "Geen maatregelenregister aangeleverd op of vóór 31-12-2025",
        ),
      },
    ]);
    expect(await status("GM0050", "2025")).toMatchObject([{ status: "geen_gegevens" }]);
    expect(await status("GM0050", "2026")).toMatchObject([{ status: "voldaan", waarde: 2 }]);
  });

  it("does not apply to the police", async () => {
    expect(await status("POLITIE-FL", "2025")).toMatchObject([{ status: "nvt", waarde: null }]);
  });
});
