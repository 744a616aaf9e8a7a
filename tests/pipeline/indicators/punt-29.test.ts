import { beforeAll, describe, expect, it } from "vitest";
import { modelWarehouse, type TestEvent } from "../model-warehouse.ts";
import { type IndicatorRow, indicatorRowsAsOf } from "./indicator-rows-as-of.ts";
import { snapshot } from "./snapshot-events.ts";

const basisteam = (
  peildatum: string,
  rol: string,
  eenheid: string,
  aantal: number,
  type: TestEvent["type"] = "RecordDelivered",
): TestEvent => ({
  organisatie: "POLITIE-FL",
  soort: "formatie",
  recordId: `${rol}|${eenheid}`,
  occurredAt: peildatum,
  type,
  payload: { rol, eenheid, aantal },
});

describe("ambitiepunt 29: a themahouder ondermijning in every basisteam", () => {
  let status: (date: string, organisatie: string, jaar: string) => IndicatorRow[];

  beforeAll(async () => {
    const warehouse = await modelWarehouse();
    const themahouder = "themahouder_ondermijning";
    await warehouse.events([
      // 31-01-2025: four basisteams listed, none with a themahouder.
      basisteam("2025-01-31", themahouder, "Almere-Stad", 0),
      basisteam("2025-01-31", themahouder, "Almere-Haven", 0),
      basisteam("2025-01-31", themahouder, "Lelystad", 0),
      basisteam("2025-01-31", themahouder, "Noordoostpolder-Urk", 0),
      // Another role in a basisteam does not count.
      basisteam("2025-01-31", "integriteitscoordinator", "Almere-Haven", 1),
      // 31-03-2025: three of the four have one (Lelystad two).
      basisteam("2025-03-31", themahouder, "Almere-Stad", 1, "RecordCorrected"),
      basisteam("2025-03-31", themahouder, "Lelystad", 2, "RecordCorrected"),
      basisteam("2025-03-31", themahouder, "Noordoostpolder-Urk", 1, "RecordCorrected"),
      // 31-03-2026: Almere-Haven too.
      basisteam("2026-03-31", themahouder, "Almere-Haven", 1, "RecordCorrected"),
    ]);
    await warehouse.deliveries([
      snapshot("POLITIE-FL", "formatie", "2025-01-31"),
      snapshot("POLITIE-FL", "formatie", "2025-03-31"),
      snapshot("POLITIE-FL", "formatie", "2026-03-31"),
    ]);
    status = await indicatorRowsAsOf(warehouse, "29", ["2025-01-15", "2025-02-28", "2026-11-28"]);
    warehouse.close();
  });

  it("is voldaan when every basisteam listed has a themahouder", () => {
    expect(status("2026-11-28", "POLITIE-FL", "2026")).toEqual([
      {
        status: "voldaan",
        waarde: 1,
        toelichting: "4 van 4 basisteams hebben een themahouder ondermijning.",
      },
    ]);
  });

  it("is deels when some have one, naming those without", () => {
    expect(status("2026-11-28", "POLITIE-FL", "2025")).toEqual([
      {
        status: "deels",
        waarde: 0.75,
        toelichting:
          "3 van 4 basisteams hebben een themahouder ondermijning; zonder: Almere-Haven.",
      },
    ]);
  });

  it("is niet_voldaan when none has one", () => {
    expect(status("2025-02-28", "POLITIE-FL", "2025")).toMatchObject([
      { status: "niet_voldaan", waarde: 0 },
    ]);
  });

  it("is geen_gegevens before the first formatie was delivered", () => {
    expect(status("2025-01-15", "POLITIE-FL", "2025")).toEqual([
      {
        status: "geen_gegevens",
        waarde: null,
        toelichting: "Geen formatie aangeleverd op of vóór 15-01-2025.",
      },
    ]);
  });

  it("does not apply to a gemeente", () => {
    expect(status("2026-11-28", "GM0995", "2026")).toMatchObject([{ status: "nvt", waarde: null }]);
  });
});
