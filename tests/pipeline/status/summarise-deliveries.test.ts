import { describe, expect, it } from "vitest";
import { summariseDeliveries } from "../../../pipeline/status/summarise-deliveries.ts";
import type { StoredDelivery } from "../../../warehouse/read-deliveries.ts";

const delivery = (
  periode: string,
  receivedAt: string,
  counts: Partial<StoredDelivery> = {},
): StoredDelivery => ({
  deliveryId: `${periode}-${receivedAt}`,
  fileName: `GM0034_signalen_${periode}.csv`,
  sha256: "",
  organisatie: "GM0034",
  soort: "signalen",
  periode,
  peildatum: null,
  format: "csv",
  recordCount: 0,
  added: 0,
  corrected: 0,
  withdrawn: 0,
  unchanged: 0,
  warnings: 0,
  receivedAt: new Date(receivedAt),
  ...counts,
});

describe("summariseDeliveries(deliveries, events, today)", () => {
  it("adds up an organisation's kind over its periods and keeps the last delivery time", () => {
    const status = summariseDeliveries(
      [
        delivery("2025-Q2", "2025-07-10T09:00:00Z", { added: 10 }),
        delivery("2025-Q1", "2025-07-11T09:30:00Z", { added: 5 }),
        delivery("2025-Q2", "2025-08-01T14:15:00Z", { added: 1, corrected: 2, withdrawn: 3 }),
      ],
      16,
      "2025-05-01",
    );
    expect(status.streams).toEqual([
      {
        organisatie: "GM0034",
        soort: "signalen",
        perioden: ["2025-Q1", "2025-Q2"],
        laatste: "2025-08-01 14:15",
        records: 16,
        correcties: 2,
        intrekkingen: 3,
      },
    ]);
    expect([status.events, status.deliveries]).toEqual([16, 3]);
    // Almere's signalen 2025-Q1 is delivered, so it is not among the overdue.
    expect(status.overdue.some((o) => o.organisatie === "GM0034" && o.soort === "signalen")).toBe(
      false,
    );
    expect(status.overdue.some((o) => o.organisatie === "GM0034" && o.soort === "tips")).toBe(true);
  });
});
