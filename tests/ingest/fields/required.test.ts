import { describe, expect, it } from "vitest";
import { codeOf } from "../../../ingest/fields/code-of.ts";
import { dutchDate } from "../../../ingest/fields/dutch-date.ts";
import { required } from "../../../ingest/fields/required.ts";
import { withDefault } from "../../../ingest/fields/with-default.ts";
import { refusals } from "./refusals.ts";

describe("required(schema)", () => {
  it("passes a value through", () => {
    expect(required(dutchDate()).parse("1-7-2025")).toBe("2025-07-01");
  });

  it.each([[""], ["  "], [null], [undefined]])(
    "refuses %j as required, saying what was expected",
    (value) => {
      const result = required(dutchDate()).safeParse(value);
      expect(refusals(result)).toEqual([["", "required"]]);
      expect(result.error?.issues[0]?.message).toBe(
        "verplicht: een datum (jjjj-mm-dd, dd-mm-jjjj, d-m-jjjj of dd/mm/jjjj)",
      );
    },
  );

  it("still refuses a bad value with its own code", () => {
    expect(refusals(required(codeOf(["a"])).safeParse("b"))).toEqual([["", "invalid-code"]]);
  });
});

describe("withDefault(schema, fallback)", () => {
  it("gives the fallback for a blank cell and the value otherwise", () => {
    const niveau = withDefault(codeOf(["laag", "hoog"]), "laag");
    expect(niveau.parse("")).toBe("laag");
    expect(niveau.parse("HOOG")).toBe("hoog");
  });
});
