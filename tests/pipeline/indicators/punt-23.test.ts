import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";
import { maatregel, snapshot } from "./snapshot-events.ts";

describe("ambitiepunt 23: a VOG-P-beleid vastgesteld", () => {
  let warehouse: ModelWarehouse;
  const status = async (organisatie: string, jaar: string) =>
    warehouse.rows(
      `SELECT status, waarde, toelichting FROM norm_indicatoren WHERE ambitiepunt = '23' AND organisatie = '${organisatie}' AND jaar = '${jaar}'`,
    );

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    await warehouse.events([
      // Almere: adopted long ago; this rule asks only for the status.
      maatregel("GM0034", "A1", "23", "2025-03-31", { datum_vastgesteld: "2015-01-01" }),
      maatregel("GM0995", "L1", "23", "2025-03-31", { status: "in_voorbereiding" }),
      // Dronten's register has only a VOG-beleid (point 22).
      maatregel("GM0303", "D1", "22", "2025-03-31"),
      // Noordoostpolder: in force from 31-03-2025, gone from the 31-03-2026 register.
      maatregel("GM0171", "N1", "23", "2025-03-31"),
      maatregel("GM0171", "N1", "23", "2026-03-31", {}, "RecordWithdrawn"),
    ]);
    await warehouse.deliveries([
      snapshot("GM0034", "maatregelen", "2025-03-31"),
      snapshot("GM0995", "maatregelen", "2025-03-31"),
      snapshot("GM0303", "maatregelen", "2025-03-31"),
      snapshot("GM0171", "maatregelen", "2025-03-31"),
      snapshot("GM0171", "maatregelen", "2026-03-31"),
    ]);
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("is voldaan with a VOG-P-beleid vastgesteld in the register", async () => {
    expect(await status("GM0034", "2026")).toEqual([
      {
        status: "voldaan",
        waarde: null,
        toelichting: "Het register op 28-11-2026 heeft een vastgesteld VOG-P-beleid.",
      },
    ]);
    expect(await status("GM0171", "2025")).toMatchObject([{ status: "voldaan" }]);
  });

  it("is niet_voldaan with a policy in preparation, none, or one withdrawn from the register", async () => {
    expect(await status("GM0995", "2025")).toEqual([
      {
        status: "niet_voldaan",
        waarde: null,
        toelichting: expect.stringContaining("met status in voorbereiding, niet vastgesteld"),
      },
    ]);
    expect(await status("GM0303", "2025")).toEqual([
      {
        status: "niet_voldaan",
        waarde: null,
        toelichting: "Het register op 31-12-2025 heeft geen VOG-P-beleid.",
      },
    ]);
    expect(await status("GM0171", "2026")).toMatchObject([{ status: "niet_voldaan" }]);
  });

  it("is geen_gegevens without a register delivered", async () => {
    expect(await status("GM0184", "stand")).toEqual([
      {
        status: "geen_gegevens",
        waarde: null,
        toelichting: "Geen maatregelenregister aangeleverd op of vóór 28-11-2026.",
      },
    ]);
  });

  it("does not apply to the province", async () => {
    expect(await status("PV24", "2025")).toMatchObject([{ status: "nvt", waarde: null }]);
  });
});
