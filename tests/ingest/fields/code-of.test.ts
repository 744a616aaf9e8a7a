import { describe, expect, it } from "vitest";
import { codeOf } from "../../../ingest/fields/code-of.ts";
import { refusals } from "./refusals.ts";

const niveau = codeOf(["ambtelijk", "bestuurlijk", "beide"]);

describe("codeOf(values)", () => {
  it("reads a code in any case, trimmed, as lower case", () => {
    expect(niveau.parse("Bestuurlijk")).toBe("bestuurlijk");
    expect(niveau.parse("  BEIDE ")).toBe("beide");
  });

  it("takes a blank cell as null", () => {
    expect(niveau.parse("")).toBeNull();
  });

  it("refuses an unknown code as invalid-code, naming the allowed values", () => {
    const result = niveau.safeParse("politiek");
    expect(refusals(result)).toEqual([["", "invalid-code"]]);
    expect(result.error?.issues[0]?.message).toBe("een van: ambtelijk, bestuurlijk, beide");
  });

  it("refuses a number or a list", () => {
    expect(refusals(niveau.safeParse(1))).toEqual([["", "invalid-code"]]);
    expect(refusals(niveau.safeParse(["beide"]))).toEqual([["", "invalid-code"]]);
  });
});
