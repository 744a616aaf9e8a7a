import { beforeAll, describe, expect, it } from "vitest";
import { modelWarehouse } from "../model-warehouse.ts";
import { type IndicatorRow, indicatorRowsAsOf } from "./indicator-rows-as-of.ts";
import { maatregel, snapshot } from "./snapshot-events.ts";

describe("ambitiepunt 28: an EenheidsOndermijningsbeeld every 2 years", () => {
  let status: (date: string, organisatie: string, jaar: string) => IndicatorRow[];

  beforeAll(async () => {
    const warehouse = await modelWarehouse();
    await warehouse.events([
      // The EOB adopted 15-01-2024; its successor is only in preparation.
      maatregel("POLITIE-FL", "E1", "28", "2025-03-31", {
        soort: "plan",
        datum_vastgesteld: "2024-01-15",
      }),
      maatregel("POLITIE-FL", "E2", "28", "2025-03-31", {
        soort: "plan",
        status: "in_voorbereiding",
      }),
    ]);
    await warehouse.deliveries([snapshot("POLITIE-FL", "maatregelen", "2025-03-31")]);
    status = await indicatorRowsAsOf(warehouse, "28", ["2025-02-01", "2026-01-13", "2026-11-28"]);
    warehouse.close();
  });

  it("is voldaan with an EOB adopted within the 730 days up to the evaluation date", () => {
    // 15-01-2024 to 31-12-2025 is 716 days.
    expect(status("2026-11-28", "POLITIE-FL", "2025")).toEqual([
      {
        status: "voldaan",
        waarde: null,
        toelichting:
          "Het laatste EenheidsOndermijningsbeeld is vastgesteld op 15-01-2024: 716 dagen vóór 31-12-2025; norm: binnen 730 dagen.",
      },
    ]);
    // 15-01-2024 to 13-01-2026 is 729 days: the last day of the window.
    expect(status("2026-01-13", "POLITIE-FL", "2026")).toMatchObject([{ status: "voldaan" }]);
  });

  it("is niet_voldaan once the EOB is older than 730 days", () => {
    // 15-01-2024 to 28-11-2026 is 1048 days.
    expect(status("2026-11-28", "POLITIE-FL", "2026")).toEqual([
      {
        status: "niet_voldaan",
        waarde: null,
        toelichting: expect.stringContaining("1048 dagen vóór 28-11-2026"),
      },
    ]);
  });

  it("is geen_gegevens before the first register was delivered", () => {
    expect(status("2025-02-01", "POLITIE-FL", "2025")).toMatchObject([
      { status: "geen_gegevens", waarde: null },
    ]);
  });

  it("does not apply to the OM", () => {
    expect(status("2026-11-28", "OM-MN", "2026")).toMatchObject([{ status: "nvt", waarde: null }]);
  });
});
