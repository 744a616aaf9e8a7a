import { beforeAll, describe, expect, it } from "vitest";
import { modelWarehouse } from "../model-warehouse.ts";
import { type IndicatorRow, indicatorRowsAsOf } from "./indicator-rows-as-of.ts";
import { maatregel, snapshot } from "./snapshot-events.ts";

describe("ambitiepunt 34: the waterschap's intern handelingskader for signals", () => {
  let status: (date: string, organisatie: string, jaar: string) => IndicatorRow[];

  beforeAll(async () => {
    const warehouse = await modelWarehouse();
    await warehouse.events([
      // 31-03-2025: being drafted (with an unrelated item for point 33). 31-03-2026: adopted.
      maatregel("WS-ZZL", "K1", "34", "2025-03-31", {
        status: "in_voorbereiding",
        soort: "regeling",
      }),
      maatregel("WS-ZZL", "V1", "33", "2025-03-31", { status: "gerealiseerd", soort: "mijlpaal" }),
      maatregel("WS-ZZL", "K1", "34", "2026-03-31", { soort: "regeling" }, "RecordCorrected"),
    ]);
    await warehouse.deliveries([
      snapshot("WS-ZZL", "maatregelen", "2025-03-31"),
      snapshot("WS-ZZL", "maatregelen", "2026-03-31"),
    ]);
    status = await indicatorRowsAsOf(warehouse, "34", ["2025-02-01", "2026-11-28"]);
    warehouse.close();
  });

  it("is voldaan once the handelingskader is vastgesteld in the register", () => {
    expect(status("2026-11-28", "WS-ZZL", "2026")).toEqual([
      {
        status: "voldaan",
        waarde: null,
        toelichting:
          "Het register op 28-11-2026 heeft een vastgesteld intern handelingskader signalen.",
      },
    ]);
  });

  it("is niet_voldaan while it is in preparation", () => {
    expect(status("2026-11-28", "WS-ZZL", "2025")).toEqual([
      {
        status: "niet_voldaan",
        waarde: null,
        toelichting: expect.stringContaining("met status in voorbereiding, niet vastgesteld"),
      },
    ]);
  });

  it("is geen_gegevens before the first register was delivered", () => {
    expect(status("2025-02-01", "WS-ZZL", "2025")).toEqual([
      {
        status: "geen_gegevens",
        waarde: null,
        toelichting: "Geen maatregelenregister aangeleverd op of vóór 01-02-2025.",
      },
    ]);
  });

  it("does not apply to a gemeente", () => {
    expect(status("2026-11-28", "GM0050", "2026")).toMatchObject([{ status: "nvt", waarde: null }]);
  });
});
