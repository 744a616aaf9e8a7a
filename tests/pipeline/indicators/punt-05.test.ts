import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";
import { maatregel, snapshot } from "./snapshot-events.ts";

const signaal = (organisatie: string, id: string, datum: string, bron: string) => ({
  organisatie,
  soort: "signalen",
  recordId: id,
  occurredAt: datum,
  payload: {
    signaal_id: id,
    datum_ontvangen: datum,
    bron,
    fenomeen: "drugs",
    gemeente: organisatie,
    besproken_in_loo: null,
    datum_besproken_loo: null,
    opvolging: null,
    datum_afgesloten: null,
  },
});

describe("ambitiepunt 5: an intern meldpunt", () => {
  let warehouse: ModelWarehouse;
  const status = async (organisatie: string, jaar: string) =>
    warehouse.rows(
      `SELECT status, waarde, toelichting FROM norm_indicatoren WHERE ambitiepunt = '5' AND organisatie = '${organisatie}' AND jaar = '${jaar}'`,
    );

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    const juni = "2025-06-30";
    await warehouse.events([
      // Almere: the meldpunt is vastgesteld; two signals came in through it in 2025, one through MMA.
      maatregel("GM0034", "A1", "5", juni, { soort: "regeling" }),
      signaal("GM0034", "S1", "2025-02-01", "intern_meldpunt"),
      signaal("GM0034", "S2", "2025-08-01", "intern_meldpunt"),
      signaal("GM0034", "S3", "2025-08-02", "mma"),
      // The province: the meldpunt is being prepared → deels.
      maatregel("PV24", "P1", "5", juni, { status: "in_voorbereiding" }),
      // Lelystad: the meldpunt has not started; a privacy protocol (point 6) does not count → niet_voldaan.
      maatregel("GM0995", "L1", "5", juni, { status: "niet_gestart" }),
      maatregel("GM0995", "L2", "6", juni),
    ]);
    await warehouse.deliveries([
      snapshot("GM0034", "maatregelen", juni),
      snapshot("PV24", "maatregelen", juni),
      snapshot("GM0995", "maatregelen", juni),
      { organisatie: "GM0034", soort: "signalen", periode: "2025-Q1" },
      { organisatie: "GM0034", soort: "signalen", periode: "2025-Q3" },
    ]);
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("is voldaan with a vastgesteld meldpunt, naming the signals through it as context", async () => {
    expect(await status("GM0034", "2025")).toEqual([
      {
        status: "voldaan",
        waarde: null,
        toelichting: expect.stringMatching(
          /Intern meldpunt .* status vastgesteld.*interne meldpunt in 2025: 2\./,
        ),
      },
    ]);
  });

  it("is deels with a meldpunt in preparation", async () => {
    expect(await status("PV24", "2025")).toEqual([
      {
        status: "deels",
        waarde: null,
        toelichting: expect.stringMatching(/in_voorbereiding.*geen signalen aangeleverd over 2025/),
      },
    ]);
  });

  it("is niet_voldaan when the meldpunt has not started", async () => {
    expect(await status("GM0995", "2025")).toMatchObject([{ status: "niet_voldaan" }]);
  });

  it("is geen_gegevens without a register, whatever signals were delivered", async () => {
    expect(await status("GM0303", "2025")).toMatchObject([
      { status: "geen_gegevens", toelichting: expect.stringContaining("Geen maatregelenregister") },
    ]);
  });

  it("keeps the register's status in later evaluations while no newer snapshot replaces it", async () => {
    expect(await status("GM0034", "2026")).toMatchObject([{ status: "voldaan" }]);
  });

  it("does not apply to the police", async () => {
    expect(await status("POLITIE-FL", "2025")).toMatchObject([{ status: "nvt", waarde: null }]);
  });
});
