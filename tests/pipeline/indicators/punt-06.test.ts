import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";
import { maatregel, snapshot } from "./snapshot-events.ts";

describe("ambitiepunt 6: a privacyprotocol ondermijning", () => {
  let warehouse: ModelWarehouse;
  const status = async (organisatie: string, jaar: string) =>
    warehouse.rows(
      `SELECT status, waarde, toelichting FROM norm_indicatoren WHERE ambitiepunt = '6' AND organisatie = '${organisatie}' AND jaar = '${jaar}'`,
    );

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    const juni = "2025-06-30";
    await warehouse.events([
      // Almere: a protocol adopted in 2024 (actueel); its snapshot of 31-03-2026 says it was withdrawn.
      maatregel("GM0034", "A1", "6", juni, { soort: "protocol", datum_vastgesteld: "2024-02-01" }),
      maatregel(
        "GM0034",
        "A1",
        "6",
        "2026-03-31",
        { soort: "protocol", status: "ingetrokken", datum_vastgesteld: "2024-02-01" },
        "RecordCorrected",
      ),
      // Lelystad: in preparation → deels.
      maatregel("GM0995", "L1", "6", juni, { soort: "protocol", status: "in_voorbereiding" }),
      // Dronten: adopted in May 2020 and never evaluated: not actueel on 31-12-2025 → niet_voldaan.
      maatregel("GM0303", "D1", "6", juni, { soort: "protocol", datum_vastgesteld: "2020-05-01" }),
    ]);
    await warehouse.deliveries([
      snapshot("GM0034", "maatregelen", juni),
      snapshot("GM0034", "maatregelen", "2026-03-31"),
      snapshot("GM0995", "maatregelen", juni),
      snapshot("GM0303", "maatregelen", juni),
    ]);
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("is voldaan with an actueel protocol", async () => {
    expect(await status("GM0034", "2025")).toEqual([
      {
        status: "voldaan",
        waarde: null,
        toelichting: "Privacyprotocol ondermijning actueel op 31-12-2025.",
      },
    ]);
  });

  it("is deels with a protocol in preparation", async () => {
    expect(await status("GM0995", "2025")).toMatchObject([{ status: "deels" }]);
  });

  it("is niet_voldaan with a protocol adopted more than four years ago", async () => {
    expect(await status("GM0303", "2025")).toEqual([
      {
        status: "niet_voldaan",
        waarde: null,
        toelichting: expect.stringContaining("niet actueel op 31-12-2025 (status vastgesteld)"),
      },
    ]);
  });

  it("is niet_voldaan once a later snapshot says the protocol was withdrawn", async () => {
    expect(await status("GM0034", "2026")).toMatchObject([
      { status: "niet_voldaan", toelichting: expect.stringContaining("ingetrokken") },
    ]);
  });

  it("is geen_gegevens without a register", async () => {
    expect(await status("GM0184", "2025")).toMatchObject([{ status: "geen_gegevens" }]);
  });

  it("does not apply to the province", async () => {
    expect(await status("PV24", "2025")).toMatchObject([{ status: "nvt" }]);
  });
});
