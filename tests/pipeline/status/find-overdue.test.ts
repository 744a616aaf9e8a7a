import { describe, expect, it } from "vitest";
import { deliveryKey, findOverdue, quartersDue } from "../../../pipeline/status/find-overdue.ts";

describe("quartersDue(today)", () => {
  it("lists the quarters from 2025-Q1 whose 30 days after the end have passed", () => {
    // 2025-Q3 ends 30-09; due by 30-10; on 30-10 it is not yet overdue, on 31-10 it is.
    expect(quartersDue("2025-10-30").map((p) => p.code)).toEqual(["2025-Q1", "2025-Q2"]);
    expect(quartersDue("2025-10-31").map((p) => p.code)).toEqual(["2025-Q1", "2025-Q2", "2025-Q3"]);
  });
});

describe("findOverdue(delivered, today)", () => {
  it("names each expected period kind an organisation did not deliver in time", () => {
    const today = "2025-05-01"; // only 2025-Q1 is due (by 30-04-2025)
    const everything = new Set<string>();
    for (const o of findOverdue(new Set(), today))
      everything.add(deliveryKey(o.organisatie, o.soort, o.periode));
    everything.delete(deliveryKey("GM0184", "signalen", "2025-Q1"));
    expect(findOverdue(everything, today)).toEqual([
      { organisatie: "GM0184", soort: "signalen", periode: "2025-Q1", due: "2025-04-30" },
    ]);
  });

  it("never asks for snapshot kinds or for kinds an organisation does not deliver", () => {
    const overdue = findOverdue(new Set(), "2025-05-01");
    expect(overdue.some((o) => o.soort === "formatie" || o.soort === "maatregelen")).toBe(false);
    // A gemeente delivers all six period kinds; the DTO only overleggen and trainingen.
    expect(
      overdue
        .filter((o) => o.organisatie === "GM0034")
        .map((o) => o.soort)
        .sort(),
    ).toEqual(["bibob", "controles", "overleggen", "signalen", "tips", "trainingen"]);
    expect(
      overdue
        .filter((o) => o.organisatie === "DTO-FL")
        .map((o) => o.soort)
        .sort(),
    ).toEqual(["overleggen", "trainingen"]);
  });
});
