import { beforeAll, describe, expect, it } from "vitest";
import { modelWarehouse } from "../model-warehouse.ts";
import { type IndicatorRow, indicatorRowsAsOf } from "./indicator-rows-as-of.ts";

const overleg = (organisatie: string, id: string, datum: string, type: string) => ({
  organisatie,
  soort: "overleggen",
  recordId: id,
  occurredAt: datum,
  payload: {
    overleg_id: id,
    datum,
    type,
    niveau: null,
    ondermijning_geagendeerd: true,
    beleidsbesluit_ondermijning: null,
    aanwezig: ["om"],
    casussen_besproken: null,
    deelnemers: null,
  },
});

describe("ambitiepunt 31: the OM communicates actively on undermining cases", () => {
  let status: (date: string, organisatie: string, jaar: string) => IndicatorRow[];

  beforeAll(async () => {
    const warehouse = await modelWarehouse();
    await warehouse.events([
      // 2025: four communication moments of the OM, two of them in December; a driehoek does not count.
      overleg("OM-MN", "C1", "2025-03-01", "communicatie_om"),
      overleg("OM-MN", "C2", "2025-06-01", "communicatie_om"),
      overleg("OM-MN", "C3", "2025-12-05", "communicatie_om"),
      overleg("OM-MN", "C4", "2025-12-15", "communicatie_om"),
      overleg("OM-MN", "D1", "2025-12-20", "driehoek"),
      // A gemeente's meeting of that type is not the OM's own communication.
      overleg("GM0034", "A1", "2025-12-10", "communicatie_om"),
    ]);
    // The OM delivered all of 2025 and nothing for 2026.
    await warehouse.deliveries(
      ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"].map((periode) => ({
        organisatie: "OM-MN",
        soort: "overleggen",
        periode,
      })),
    );
    await warehouse.deliveries([
      { organisatie: "GM0034", soort: "overleggen", periode: "2025-Q4" },
    ]);
    status = await indicatorRowsAsOf(warehouse, "31", ["2025-02-15", "2026-11-28"]);
    warehouse.close();
  });

  it("is voldaan with four communication moments in the year", () => {
    expect(status("2026-11-28", "OM-MN", "2025")).toEqual([
      {
        status: "voldaan",
        waarde: 4,
        toelichting: "4 communicatiemoment(en) van het OM in 2025; norm: minstens 4.",
      },
    ]);
  });

  it("is deels with one to three", () => {
    // The stand (29-11-2025 up to 28-11-2026) holds the two in December.
    expect(status("2026-11-28", "OM-MN", "stand")).toMatchObject([{ status: "deels", waarde: 2 }]);
  });

  it("is niet_voldaan with none in the evaluation", () => {
    // As of 15-02-2025, 2025 runs from 1 January to 15 February: the first moment was on 1 March.
    expect(status("2025-02-15", "OM-MN", "2025")).toMatchObject([
      { status: "niet_voldaan", waarde: 0 },
    ]);
  });

  it("is geen_gegevens without overleggen delivered by the OM", () => {
    expect(status("2026-11-28", "OM-MN", "2026")).toEqual([
      {
        status: "geen_gegevens",
        waarde: null,
        toelichting: "Geen overleggen aangeleverd over 2026.",
      },
    ]);
  });

  it("does not apply to a gemeente", () => {
    expect(status("2026-11-28", "GM0034", "2025")).toMatchObject([{ status: "nvt", waarde: null }]);
  });
});
