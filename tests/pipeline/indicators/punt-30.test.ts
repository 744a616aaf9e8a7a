import { beforeAll, describe, expect, it } from "vitest";
import { modelWarehouse } from "../model-warehouse.ts";
import { type IndicatorRow, indicatorRowsAsOf } from "./indicator-rows-as-of.ts";

const overleg = (
  organisatie: string,
  id: string,
  datum: string,
  type: string,
  aanwezig: string[],
) => ({
  organisatie,
  soort: "overleggen",
  recordId: id,
  occurredAt: datum,
  payload: {
    overleg_id: id,
    datum,
    type,
    niveau: "bestuurlijk",
    ondermijning_geagendeerd: true,
    beleidsbesluit_ondermijning: null,
    aanwezig,
    casussen_besproken: 3,
    deelnemers: 8,
  },
});

describe("ambitiepunt 30: the OM in the driehoek, the DOO and the DIS", () => {
  let status: (date: string, organisatie: string, jaar: string) => IndicatorRow[];

  beforeAll(async () => {
    const warehouse = await modelWarehouse();
    await warehouse.events([
      // 2025, delivered by three organisations: the OM at a DOO, a DIS and (in December) a driehoek.
      overleg("POLITIE-FL", "P1", "2025-03-05", "doo", ["politie", "om", "dto"]),
      overleg("DTO-FL", "T1", "2025-06-05", "dis", ["om", "dto"]),
      overleg("GM0034", "A1", "2025-12-08", "driehoek", ["gemeente", "politie", "om"]),
      // A driehoek without the OM does not count.
      overleg("GM0995", "L1", "2025-02-01", "driehoek", ["gemeente", "politie"]),
      // 2026: the OM only at a LOO, which is not one of the three types.
      overleg("GM0995", "L2", "2026-02-01", "loo", ["gemeente", "politie", "om"]),
    ]);
    await warehouse.deliveries([
      { organisatie: "POLITIE-FL", soort: "overleggen", periode: "2025-Q1" },
      { organisatie: "DTO-FL", soort: "overleggen", periode: "2025-Q2" },
      { organisatie: "GM0034", soort: "overleggen", periode: "2025-Q4" },
      { organisatie: "GM0995", soort: "overleggen", periode: "2025-Q1" },
      { organisatie: "GM0995", soort: "overleggen", periode: "2026-Q1" },
    ]);
    status = await indicatorRowsAsOf(warehouse, "30", ["2024-12-31", "2026-11-28"]);
    warehouse.close();
  });

  it("is voldaan with the OM present at all three types, whoever delivered them", () => {
    expect(status("2026-11-28", "OM-MN", "2025")).toEqual([
      {
        status: "voldaan",
        waarde: 3,
        toelichting: "Het OM was in 2025 aanwezig bij alle 3 overlegtypen: dis, doo, driehoek.",
      },
    ]);
  });

  it("is deels with one or two types", () => {
    // The stand (29-11-2025 up to 28-11-2026) holds the December driehoek only.
    expect(status("2026-11-28", "OM-MN", "stand")).toEqual([
      {
        status: "deels",
        waarde: 1,
        toelichting:
          "Het OM was in de laatste 365 dagen aanwezig bij 1 van 3 overlegtypen; ontbreekt: doo, dis.",
      },
    ]);
  });

  it("is niet_voldaan when overleggen were delivered but the OM attended none of the types", () => {
    expect(status("2026-11-28", "OM-MN", "2026")).toMatchObject([
      { status: "niet_voldaan", waarde: 0 },
    ]);
  });

  it("is geen_gegevens when no organisation delivered overleggen", () => {
    // As of 31-12-2024 nothing had been delivered yet, and the stand is the only evaluation.
    expect(status("2024-12-31", "OM-MN", "stand")).toEqual([
      {
        status: "geen_gegevens",
        waarde: null,
        toelichting:
          "Geen enkele organisatie heeft overleggen aangeleverd over de laatste 365 dagen.",
      },
    ]);
  });

  it("does not apply to the police", () => {
    expect(status("2026-11-28", "POLITIE-FL", "2025")).toMatchObject([
      { status: "nvt", waarde: null },
    ]);
  });
});
