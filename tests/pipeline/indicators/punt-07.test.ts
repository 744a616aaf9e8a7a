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
    fenomeen: "hennep",
    gemeente: organisatie,
    besproken_in_loo: true,
    datum_besproken_loo: null,
    opvolging: null,
    datum_afgesloten: null,
  },
});

describe("ambitiepunt 7: connected to Meld Misdaad Anoniem", () => {
  let warehouse: ModelWarehouse;
  const status = async (organisatie: string, jaar: string) =>
    warehouse.rows(
      `SELECT status, waarde, toelichting FROM norm_indicatoren WHERE ambitiepunt = '7' AND organisatie = '${organisatie}' AND jaar = '${jaar}'`,
    );

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    const juni = "2025-06-30";
    const aansluiting = { soort: "aansluiting", status: "gerealiseerd" };
    await warehouse.events([
      // Almere: connected since 2019 (an affiliation needs no recent adoption); one MMA signal in 2025.
      maatregel("GM0034", "A1", "7", juni, { ...aansluiting, datum_vastgesteld: "2019-01-01" }),
      signaal("GM0034", "S1", "2025-04-01", "mma"),
      signaal("GM0034", "S2", "2025-04-02", "burger"),
      // Lelystad: the connection ended on 30-09-2025 → niet_voldaan for 2025.
      maatregel("GM0995", "L1", "7", juni, { ...aansluiting, geldig_tot: "2025-09-30" }),
      // Dronten: only vastgesteld, not yet gerealiseerd → niet_voldaan.
      maatregel("GM0303", "D1", "7", juni, { soort: "aansluiting", status: "vastgesteld" }),
      // Zeewolde: valid up to and including 31-12-2025 → voldaan for 2025, not for 2026.
      maatregel("GM0050", "Z1", "7", juni, { ...aansluiting, geldig_tot: "2025-12-31" }),
    ]);
    await warehouse.deliveries([
      snapshot("GM0034", "maatregelen", juni),
      snapshot("GM0995", "maatregelen", juni),
      snapshot("GM0303", "maatregelen", juni),
      snapshot("GM0050", "maatregelen", juni),
      { organisatie: "GM0034", soort: "signalen", periode: "2025-Q2" },
    ]);
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("is voldaan with a realised connection that has not ended, naming MMA signals as context", async () => {
    expect(await status("GM0034", "2025")).toEqual([
      {
        status: "voldaan",
        waarde: null,
        toelichting: expect.stringMatching(/Aangesloten op MMA op 31-12-2025.*MMA in 2025: 1\./),
      },
    ]);
  });

  it("is niet_voldaan when the connection ended before the evaluation date", async () => {
    expect(await status("GM0995", "2025")).toMatchObject([
      { status: "niet_voldaan", toelichting: expect.stringContaining("gerealiseerd") },
    ]);
  });

  it("is niet_voldaan with a connection that is only vastgesteld", async () => {
    expect(await status("GM0303", "2025")).toMatchObject([{ status: "niet_voldaan" }]);
  });

  it("counts a connection valid until the evaluation date itself", async () => {
    expect(await status("GM0050", "2025")).toMatchObject([{ status: "voldaan" }]);
    expect(await status("GM0050", "2026")).toMatchObject([{ status: "niet_voldaan" }]);
  });

  it("is geen_gegevens without a register", async () => {
    expect(await status("GM0184", "2025")).toMatchObject([
      { status: "geen_gegevens", waarde: null },
    ]);
  });

  it("does not apply to the OM", async () => {
    expect(await status("OM-MN", "2025")).toMatchObject([{ status: "nvt" }]);
  });
});
