import { describe, expect, it } from "vitest";
import { caseId } from "../../../ingest/samples/case-id.ts";
import { lastCompleteQuarter, quartersUpTo } from "../../../ingest/samples/delivery-plan.ts";
import { createRandom } from "../../../ingest/samples/random-source.ts";
import { snapshotDates } from "../../../ingest/samples/snapshot-dates.ts";
import { splitOverQuarters } from "../../../ingest/samples/volume-profile.ts";

describe("caseId(prefix, org, year, sequence)", () => {
  it("pads the sequence to five digits", () => {
    expect(caseId("SIG", "GM0034", 2025, 42)).toBe("SIG-GM0034-2025-00042");
  });

  it("puts a letter before the five digits past 99999, so no id holds a long digit run", () => {
    expect(caseId("SIG", "POLITIE-FL", 2025, 100_000)).toBe("SIG-POLITIE-FL-2025-A00000");
    expect(caseId("SIG", "POLITIE-FL", 2025, 315_007)).toBe("SIG-POLITIE-FL-2025-C15007");
  });
});

describe("createRandom(seed, ...labels)", () => {
  it("gives the same sequence for the same seed and labels, another for other labels", () => {
    const draw = (seed: number, label: string) => {
      const random = createRandom(seed, label);
      return Array.from({ length: 5 }, () => random.int(1, 1000));
    };
    expect(draw(1, "a")).toEqual(draw(1, "a"));
    expect(draw(1, "a")).not.toEqual(draw(1, "b"));
    expect(draw(1, "a")).not.toEqual(draw(2, "a"));
  });

  it("keeps int within its bounds, both included", () => {
    const random = createRandom(9, "bounds");
    const seen = new Set(Array.from({ length: 500 }, () => random.int(3, 5)));
    expect([...seen].sort()).toEqual([3, 4, 5]);
  });
});

describe("splitOverQuarters(total, random)", () => {
  it("splits a year's total into four parts that add up to it", () => {
    for (const total of [0, 1, 7, 130, 90_000]) {
      const parts = splitOverQuarters(total, createRandom(1, "split", total));
      expect(parts).toHaveLength(4);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
    }
  });

  it("keeps every quarter between a fifth and a third of the year", () => {
    const parts = splitOverQuarters(1000, createRandom(4, "split"));
    for (const part of parts) {
      expect(part).toBeGreaterThanOrEqual(190);
      expect(part).toBeLessThanOrEqual(320);
    }
  });
});

describe("the sample calendar", () => {
  it("takes the quarter before today's as the last complete one", () => {
    expect(lastCompleteQuarter("2026-11-28").code).toBe("2026-Q3");
    expect(lastCompleteQuarter("2026-01-01").code).toBe("2025-Q4");
    expect(lastCompleteQuarter("2026-10-01").code).toBe("2026-Q3");
  });

  it("lists the quarters from 2025-Q1 up to the last complete one", () => {
    const codes = quartersUpTo(lastCompleteQuarter("2026-11-28")).map((p) => p.code);
    expect(codes).toEqual([
      "2025-Q1",
      "2025-Q2",
      "2025-Q3",
      "2025-Q4",
      "2026-Q1",
      "2026-Q2",
      "2026-Q3",
    ]);
  });

  it("takes snapshots on 30 June and 31 December whose quarter is complete", () => {
    expect(snapshotDates("2026-09-30")).toEqual(["2025-06-30", "2025-12-31", "2026-06-30"]);
    expect(snapshotDates("2025-06-30")).toEqual(["2025-06-30"]);
    expect(snapshotDates("2025-03-31")).toEqual([]);
  });
});
