import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";
import { maatregel, snapshot } from "./snapshot-events.ts";

describe("ambitiepunt 22: an actueel VOG-beleid", () => {
  let warehouse: ModelWarehouse;
  const status = async (organisatie: string, jaar: string) =>
    warehouse.rows(
      `SELECT status, waarde, toelichting FROM norm_indicatoren WHERE ambitiepunt = '22' AND organisatie = '${organisatie}' AND jaar = '${jaar}'`,
    );

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    const peildatum = "2025-03-31";
    await warehouse.events([
      // Almere: adopted 01-05-2023, within 4 years of both evaluation dates.
      maatregel("GM0034", "A1", "22", peildatum, { datum_vastgesteld: "2023-05-01" }),
      // Lelystad: adopted 01-06-2021 and never evaluated: more than 4 years before 31-12-2025.
      maatregel("GM0995", "L1", "22", peildatum, { datum_vastgesteld: "2021-06-01" }),
      // Dronten: adopted in 2019 but evaluated 01-02-2024, which keeps it actueel.
      maatregel("GM0303", "D1", "22", peildatum, {
        datum_vastgesteld: "2019-01-01",
        datum_evaluatie: "2024-02-01",
      }),
      // Noordoostpolder: adopted 2024, but valid only until 30-06-2025.
      maatregel("GM0171", "N1", "22", peildatum, {
        datum_vastgesteld: "2024-01-01",
        geldig_tot: "2025-06-30",
      }),
      // The province: a register with only a VOG-P policy (point 23).
      maatregel("PV24", "P1", "23", peildatum, { datum_vastgesteld: "2024-01-01" }),
    ]);
    await warehouse.deliveries(
      ["GM0034", "GM0995", "GM0303", "GM0171", "PV24"].map((organisatie) =>
        snapshot(organisatie, "maatregelen", peildatum),
      ),
    );
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("is voldaan with a policy adopted within 4 years of the evaluation date", async () => {
    expect(await status("GM0034", "2025")).toEqual([
      {
        status: "voldaan",
        waarde: null,
        toelichting: "Het register op 31-12-2025 heeft een actueel VOG-beleid.",
      },
    ]);
    expect(await status("GM0034", "stand")).toMatchObject([{ status: "voldaan" }]);
  });

  it("is voldaan with an old policy evaluated within 4 years", async () => {
    expect(await status("GM0303", "2026")).toMatchObject([{ status: "voldaan" }]);
  });

  it("is niet_voldaan with a policy adopted more than 4 years ago, or one that expired", async () => {
    expect(await status("GM0995", "2025")).toEqual([
      {
        status: "niet_voldaan",
        waarde: null,
        toelichting: expect.stringMatching(
          /VOG-beleid \(status vastgesteld\), maar dat is niet actueel.*laatste 4 jaar/,
        ),
      },
    ]);
    expect(await status("GM0171", "2025")).toMatchObject([{ status: "niet_voldaan" }]);
  });

  it("is niet_voldaan with a register without a VOG-beleid", async () => {
    expect(await status("PV24", "2025")).toEqual([
      {
        status: "niet_voldaan",
        waarde: null,
        toelichting: "Het register op 31-12-2025 heeft geen VOG-beleid.",
      },
    ]);
  });

  it("is geen_gegevens without a register delivered", async () => {
    expect(await status("GM0184", "2025")).toEqual([
      {
        status: "geen_gegevens",
        waarde: null,
        toelichting: "Geen maatregelenregister aangeleverd op of vóór 31-12-2025.",
      },
    ]);
  });

  it("does not apply to the police", async () => {
    expect(await status("POLITIE-FL", "2025")).toMatchObject([{ status: "nvt", waarde: null }]);
  });
});
