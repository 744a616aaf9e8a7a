import { describe, expect, it } from "vitest";
import { isFormulaInjection } from "../../../ingest/checks/formula-injection.ts";

describe("isFormulaInjection(value)", () => {
  it.each([
    "=SUM(A1)",
    "=1+1",
    "@cmd",
    "+31abc",
    "-x",
    "-",
    "+",
    "=",
    "\tfoo",
    "\rfoo",
    "\t5",
    "-5 euro",
    '=HYPERLINK("x")',
  ])("refuses %j", (value) => {
    expect(isFormulaInjection(value)).toBe(true);
  });

  it.each([
    "-5",
    "+3",
    "-1.234,5",
    "-1,5",
    "-1.5",
    "+1.234.567,89",
    "-1,234.5",
    "-0,5",
    "-,5",
    "5",
    "drugs",
    "SIG-1",
    "a=b",
    "",
    " =x",
  ])("accepts %j", (value) => {
    expect(isFormulaInjection(value)).toBe(false);
  });
});
