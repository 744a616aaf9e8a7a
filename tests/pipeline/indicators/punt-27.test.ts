import { beforeAll, describe, expect, it } from "vitest";
import { modelWarehouse } from "../model-warehouse.ts";
import { type IndicatorRow, indicatorRowsAsOf } from "./indicator-rows-as-of.ts";
import { maatregel, snapshot } from "./snapshot-events.ts";

describe("ambitiepunt 27: the toolkit explosies (a milestone in the register)", () => {
  let status: (date: string, organisatie: string, jaar: string) => IndicatorRow[];

  beforeAll(async () => {
    const warehouse = await modelWarehouse();
    const mijlpaal = { soort: "mijlpaal" };
    await warehouse.events([
      // 31-03-2025: the milestone not started; a realised plan and another point's realised milestone do not count.
      maatregel("DTO-FL", "M1", "27", "2025-03-31", { ...mijlpaal, status: "niet_gestart" }),
      maatregel("DTO-FL", "M2", "27", "2025-03-31", { soort: "plan", status: "gerealiseerd" }),
      maatregel("DTO-FL", "M3", "21", "2025-03-31", { ...mijlpaal, status: "gerealiseerd" }),
      // 30-09-2025: in preparation. 30-06-2026: realised.
      maatregel(
        "DTO-FL",
        "M1",
        "27",
        "2025-09-30",
        { ...mijlpaal, status: "in_voorbereiding" },
        "RecordCorrected",
      ),
      maatregel(
        "DTO-FL",
        "M1",
        "27",
        "2026-06-30",
        { ...mijlpaal, status: "gerealiseerd" },
        "RecordCorrected",
      ),
    ]);
    await warehouse.deliveries([
      snapshot("DTO-FL", "maatregelen", "2025-03-31"),
      snapshot("DTO-FL", "maatregelen", "2025-09-30"),
      snapshot("DTO-FL", "maatregelen", "2026-06-30"),
    ]);
    status = await indicatorRowsAsOf(warehouse, "27", ["2025-02-01", "2025-06-30", "2026-11-28"]);
    warehouse.close();
  });

  it("is voldaan once the milestone is gerealiseerd in the register on the peildatum", () => {
    expect(status("2026-11-28", "DTO-FL", "2026")).toEqual([
      {
        status: "voldaan",
        waarde: null,
        toelichting:
          "Het register op 28-11-2026 heeft de mijlpaal toolkit explosies met status gerealiseerd.",
      },
    ]);
    expect(status("2026-11-28", "DTO-FL", "stand")).toMatchObject([{ status: "voldaan" }]);
  });

  it("is deels while the milestone is in_voorbereiding", () => {
    // 2025 is judged on 31-12-2025, when the register of 30-09-2025 was in force.
    expect(status("2026-11-28", "DTO-FL", "2025")).toEqual([
      {
        status: "deels",
        waarde: null,
        toelichting:
          "Het register op 31-12-2025 heeft de mijlpaal toolkit explosies met status in voorbereiding.",
      },
    ]);
  });

  it("is niet_voldaan while the milestone is not started, whatever else the register holds", () => {
    expect(status("2025-06-30", "DTO-FL", "2025")).toEqual([
      {
        status: "niet_voldaan",
        waarde: null,
        toelichting:
          "Het register op 30-06-2025 heeft geen mijlpaal toolkit explosies die gerealiseerd of in voorbereiding is.",
      },
    ]);
  });

  it("is geen_gegevens before the first register was delivered", () => {
    expect(status("2025-02-01", "DTO-FL", "2025")).toEqual([
      {
        status: "geen_gegevens",
        waarde: null,
        toelichting: "Geen maatregelenregister aangeleverd op of vóór 01-02-2025.",
      },
    ]);
  });

  it("does not apply to the police", () => {
    expect(status("2026-11-28", "POLITIE-FL", "2026")).toMatchObject([
      { status: "nvt", waarde: null },
    ]);
  });
});
