import { beforeAll, expect, it } from "vitest";
import { modelWarehouse } from "../model-warehouse.ts";
import { type IndicatorRow, indicatorRowsAsOf } from "./indicator-rows-as-of.ts";
import { maatregel, snapshot } from "./snapshot-events.ts";

/** A milestone point (21, 27, 33) and whose it is: the cases every milestone rule must pass. */
export interface Milestone {
  punt: string;
  /** How the toelichting names the milestone. */
  mijlpaalNaam: string;
  organisatie: string;
  /** Another point's realised milestone in the same register, which must not count. */
  anderPunt: string;
  /** An organisation the point does not apply to. */
  nietVoor: string;
}

/**
 * The register of one organisation: the milestone not started on 31-03-2025, in preparation on
 * 30-09-2025, realised on 30-06-2026; expectations written by hand from the rule
 * (gerealiseerd → voldaan, in_voorbereiding → deels, else niet_voldaan, no register → geen_gegevens).
 */
export function milestoneCases({
  punt,
  mijlpaalNaam,
  organisatie,
  anderPunt,
  nietVoor,
}: Milestone): void {
  let status: (date: string, organisatie: string, jaar: string) => IndicatorRow[];

  beforeAll(async () => {
    const warehouse = await modelWarehouse();
    const mijlpaal = { soort: "mijlpaal" };
    await warehouse.events([
      // 31-03-2025: the milestone not started; a realised plan and another point's realised milestone do not count.
      maatregel(organisatie, "M1", punt, "2025-03-31", { ...mijlpaal, status: "niet_gestart" }),
      maatregel(organisatie, "M2", punt, "2025-03-31", { soort: "plan", status: "gerealiseerd" }),
      maatregel(organisatie, "M3", anderPunt, "2025-03-31", {
        ...mijlpaal,
        status: "gerealiseerd",
      }),
      // 30-09-2025: in preparation. 30-06-2026: realised.
      maatregel(
        organisatie,
        "M1",
        punt,
        "2025-09-30",
        { ...mijlpaal, status: "in_voorbereiding" },
        "RecordCorrected",
      ),
      maatregel(
        organisatie,
        "M1",
        punt,
        "2026-06-30",
        { ...mijlpaal, status: "gerealiseerd" },
        "RecordCorrected",
      ),
    ]);
    await warehouse.deliveries([
      snapshot(organisatie, "maatregelen", "2025-03-31"),
      snapshot(organisatie, "maatregelen", "2025-09-30"),
      snapshot(organisatie, "maatregelen", "2026-06-30"),
    ]);
    status = await indicatorRowsAsOf(warehouse, punt, ["2025-02-01", "2025-06-30", "2026-11-28"]);
    warehouse.close();
  });

  it("is voldaan once the milestone is gerealiseerd in the register on the peildatum", () => {
    expect(status("2026-11-28", organisatie, "2026")).toEqual([
      {
        status: "voldaan",
        waarde: null,
        toelichting: `Het register op 28-11-2026 heeft de mijlpaal ${mijlpaalNaam} met status gerealiseerd.`,
      },
    ]);
    expect(status("2026-11-28", organisatie, "stand")).toMatchObject([{ status: "voldaan" }]);
  });

  it("is deels while the milestone is in_voorbereiding", () => {
    // 2025 is judged on 31-12-2025, when the register of 30-09-2025 was in force.
    expect(status("2026-11-28", organisatie, "2025")).toEqual([
      {
        status: "deels",
        waarde: null,
        toelichting: `Het register op 31-12-2025 heeft de mijlpaal ${mijlpaalNaam} met status in voorbereiding.`,
      },
    ]);
  });

  it("is niet_voldaan while the milestone is not started, whatever else the register holds", () => {
    expect(status("2025-06-30", organisatie, "2025")).toEqual([
      {
        status: "niet_voldaan",
        waarde: null,
        toelichting: `Het register op 30-06-2025 heeft geen mijlpaal ${mijlpaalNaam} die gerealiseerd of in voorbereiding is.`,
      },
    ]);
  });

  it("is geen_gegevens before the first register was delivered", () => {
    expect(status("2025-02-01", organisatie, "2025")).toEqual([
      {
        status: "geen_gegevens",
        waarde: null,
        toelichting: "Geen maatregelenregister aangeleverd op of vóór 01-02-2025.",
      },
    ]);
  });

  it(`does not apply to ${nietVoor}`, () => {
    expect(status("2026-11-28", nietVoor, "2026")).toMatchObject([{ status: "nvt", waarde: null }]);
  });
}
