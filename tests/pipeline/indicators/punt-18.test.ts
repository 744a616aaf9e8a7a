import { beforeAll, describe, expect, it } from "vitest";
import { modelWarehouse } from "../model-warehouse.ts";
import { type IndicatorRow, indicatorRowsAsOf } from "./indicator-rows-as-of.ts";

const controle = (
  organisatie: string,
  id: string,
  datum: string,
  gemeente: string,
  dupThemas: string[],
) => ({
  organisatie,
  soort: "controles",
  recordId: id,
  occurredAt: datum,
  payload: {
    controle_id: id,
    datum,
    gemeente,
    gebied_type: "bedrijventerrein",
    dup_themas: dupThemas,
    partners: ["gemeente", "politie"],
    adressen_bezocht: 10,
    adressen_met_bevinding: 2,
    bevindingen: { brandveiligheid: 2 },
    maatregelen_opgelegd: 1,
  },
});

describe("ambitiepunt 18: integrale controles on the DUP's themes", () => {
  let rowsAsOf: (date: string, organisatie: string, jaar: string) => IndicatorRow[];
  const status = (organisatie: string, jaar: string) => rowsAsOf("2026-11-28", organisatie, jaar);

  beforeAll(async () => {
    const warehouse = await modelWarehouse();
    await warehouse.events([
      // Almere 2025: one controle by the police on hennep, one by Almere itself without a theme → voldaan.
      controle("POLITIE-FL", "P1", "2025-03-10", "GM0034", ["hennep", "horeca"]),
      controle("GM0034", "A1", "2025-05-01", "GM0034", []),
      // Lelystad 2025: one controle on witwassen, which is not a DUP theme → deels.
      controle("GM0995", "L1", "2025-06-12", "GM0995", ["witwassen"]),
      // A controle by Lelystad held in Urk counts for Urk, not for Lelystad.
      controle("GM0995", "L2", "2025-08-20", "GM0184", ["drugs"]),
      // Zeewolde 2027, a year without its own DUP list: 2026's list still holds.
      controle("GM0050", "Z1", "2027-02-01", "GM0050", ["explosies"]),
    ]);
    // Only 2025's first three quarters were delivered: 2026 and the stand have no controles from anyone.
    await warehouse.deliveries([
      { organisatie: "POLITIE-FL", soort: "controles", periode: "2025-Q1" },
      { organisatie: "GM0034", soort: "controles", periode: "2025-Q2" },
      { organisatie: "GM0995", soort: "controles", periode: "2025-Q2" },
      { organisatie: "GM0995", soort: "controles", periode: "2025-Q3" },
      { organisatie: "GM0050", soort: "controles", periode: "2027-Q1" },
    ]);
    rowsAsOf = await indicatorRowsAsOf(warehouse, "18", ["2026-11-28", "2027-03-31"]);
    warehouse.close();
  });

  it("is voldaan with a controle in the gemeente on a DUP theme, whoever delivered it", () => {
    expect(status("GM0034", "2025")).toEqual([
      {
        status: "voldaan",
        waarde: 2,
        toelichting: expect.stringMatching(
          /2 integrale controle\(s\) in de gemeente in 2025, waarvan 1 \(50 %\) op een DUP-thema/,
        ),
      },
    ]);
    expect(status("GM0184", "2025")).toMatchObject([{ status: "voldaan", waarde: 1 }]);
  });

  it("is deels with controles but none on a DUP theme", () => {
    expect(status("GM0995", "2025")).toEqual([
      {
        status: "deels",
        waarde: 1,
        toelichting: expect.stringContaining("waarvan 0 (0 %) op een DUP-thema"),
      },
    ]);
  });

  it("is niet_voldaan for a gemeente without controles when others delivered controles", () => {
    expect(status("GM0303", "2025")).toEqual([
      {
        status: "niet_voldaan",
        waarde: 0,
        toelichting: expect.stringContaining("Geen integrale controles"),
      },
    ]);
  });

  it("is geen_gegevens when no organisation delivered controles for the evaluation", () => {
    expect(status("GM0034", "2026")).toEqual([
      {
        status: "geen_gegevens",
        waarde: null,
        toelichting: expect.stringContaining(
          "Geen enkele organisatie heeft controles aangeleverd over 2026",
        ),
      },
    ]);
    expect(status("GM0034", "stand")).toMatchObject([{ status: "geen_gegevens" }]);
  });

  it("reads a year without its own DUP themes with the latest earlier year's", () => {
    expect(rowsAsOf("2027-03-31", "GM0050", "stand")).toMatchObject([
      { status: "voldaan", waarde: 1 },
    ]);
  });

  it("does not apply to the province", () => {
    expect(status("PV24", "2025")).toMatchObject([{ status: "nvt", waarde: null }]);
  });
});
