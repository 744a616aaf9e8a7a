import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";
import { maatregel, snapshot } from "./snapshot-events.ts";

describe("ambitiepunt 11: an actueel Damocles policy", () => {
  let warehouse: ModelWarehouse;
  const status = async (organisatie: string, jaar: string) =>
    warehouse.rows(
      `SELECT status, waarde, toelichting FROM norm_indicatoren WHERE ambitiepunt = '11' AND organisatie = '${organisatie}' AND jaar = '${jaar}'`,
    );

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    const juni = "2025-06-30";
    await warehouse.events([
      // Almere: adopted 1 June 2023 → actueel on 31-12-2025 and on 28-11-2026.
      maatregel("GM0034", "A1", "11", juni, { datum_vastgesteld: "2023-06-01" }),
      // Lelystad: adopted in 2019 and never evaluated → vastgesteld but not actueel: deels.
      maatregel("GM0995", "L1", "11", juni, { datum_vastgesteld: "2019-01-01" }),
      // Zeewolde: gerealiseerd but expired on 1 January 2025 → deels.
      maatregel("GM0050", "Z1", "11", juni, {
        status: "gerealiseerd",
        datum_vastgesteld: "2024-01-01",
        geldig_tot: "2025-01-01",
      }),
      // Dronten: in preparation → niet_voldaan.
      maatregel("GM0303", "D1", "11", juni, { status: "in_voorbereiding" }),
    ]);
    await warehouse.deliveries(
      ["GM0034", "GM0995", "GM0050", "GM0303"].map((o) => snapshot(o, "maatregelen", juni)),
    );
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("is voldaan with a policy adopted within four years", async () => {
    expect(await status("GM0034", "2025")).toEqual([
      { status: "voldaan", waarde: null, toelichting: "Damoclesbeleid actueel op 31-12-2025." },
    ]);
    expect(await status("GM0034", "stand")).toMatchObject([
      { status: "voldaan", toelichting: expect.stringContaining("28-11-2026") },
    ]);
  });

  it("is deels with a policy adopted once but no longer actueel", async () => {
    expect(await status("GM0995", "2025")).toEqual([
      {
        status: "deels",
        waarde: null,
        toelichting: expect.stringContaining("vastgesteld maar niet actueel op 31-12-2025"),
      },
    ]);
    expect(await status("GM0050", "2025")).toMatchObject([{ status: "deels" }]);
  });

  it("is niet_voldaan with a policy in preparation", async () => {
    expect(await status("GM0303", "2025")).toMatchObject([
      { status: "niet_voldaan", toelichting: expect.stringContaining("in_voorbereiding") },
    ]);
  });

  it("is geen_gegevens without a register", async () => {
    expect(await status("GM0171", "2026")).toMatchObject([{ status: "geen_gegevens" }]);
  });

  it("does not apply to the water board", async () => {
    expect(await status("WS-ZZL", "2025")).toMatchObject([{ status: "nvt" }]);
  });
});
