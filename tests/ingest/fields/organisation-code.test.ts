import { describe, expect, it } from "vitest";
import { organisationCode } from "../../../ingest/fields/organisation-code.ts";
import { refusals } from "./refusals.ts";

describe("organisationCode()", () => {
  it.each([
    ["politie-fl", "POLITIE-FL"],
    ["om-mn", "OM-MN"],
    ["pv24", "PV24"],
    ["GM0184", "GM0184"],
    [" dto-fl ", "DTO-FL"],
    ["WS-ZZL", "WS-ZZL"],
  ])("reads %s as %s", (text, code) => {
    expect(organisationCode().parse(text)).toBe(code);
  });

  it.each([["POLITIE"], ["GM0363"], [24]])("refuses %j as invalid-code", (value) => {
    expect(refusals(organisationCode().safeParse(value))).toEqual([["", "invalid-code"]]);
  });
});
