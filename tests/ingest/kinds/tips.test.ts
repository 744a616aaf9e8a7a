import { describe, expect, it } from "vitest";
import { tips } from "../../../ingest/kinds/tips.ts";
import { refusals } from "../fields/refusals.ts";
import { rowContext } from "../fields/row-context.ts";

const payload = { tip_id: "T-9", datum: "2025-09-30", ontvanger: "GM0184", soort: "om_art26" };

describe("tips", () => {
  it("reads a CSV row and the same row in JSON as the same payload", () => {
    const csvRow = { tip_id: "T-9", datum: "30-09-2025", ontvanger: "gm0184", soort: "OM_ART26" };
    expect(tips.schema(rowContext("\t", "OM-MN")).parse(csvRow)).toEqual(payload);
    expect(tips.schema(rowContext(undefined, "OM-MN")).parse(payload)).toEqual(payload);
  });

  it("accepts any of the eleven organisations as ontvanger", () => {
    const row = { ...payload, ontvanger: "ws-zzl" };
    expect(tips.schema(rowContext(undefined, "OM-MN")).parse(row).ontvanger).toBe("WS-ZZL");
  });

  it("refuses an ontvanger outside the norm", () => {
    const row = { ...payload, ontvanger: "GM0363" };
    expect(refusals(tips.schema(rowContext(undefined, "OM-MN")).safeParse(row))).toEqual([
      ["ontvanger", "invalid-code"],
    ]);
  });
  it("outputs every column of the contract, in its order", () => {
    expect(Object.keys(tips.schema(rowContext(undefined, "OM-MN")).parse(payload))).toEqual(
      tips.columns,
    );
  });
});
