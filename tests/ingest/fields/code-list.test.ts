import { describe, expect, it } from "vitest";
import { codeList } from "../../../ingest/fields/code-list.ts";
import { required } from "../../../ingest/fields/required.ts";
import { refusals } from "./refusals.ts";
import { rowContext } from "./row-context.ts";

const aanwezig = ["gemeente", "politie", "dto", "om"] as const;

describe("codeList(values, context)", () => {
  it("reads codes separated by | as lower case, in order, without repeats", () => {
    expect(codeList(aanwezig, rowContext(",")).parse("Politie|OM|politie")).toEqual([
      "politie",
      "om",
    ]);
  });

  it("also reads , as a separator in a ; file", () => {
    expect(codeList(aanwezig, rowContext(";")).parse("gemeente, politie|dto")).toEqual([
      "gemeente",
      "politie",
      "dto",
    ]);
  });

  it("reads a JSON array", () => {
    expect(codeList(aanwezig, rowContext(undefined)).parse(["DTO", "om"])).toEqual(["dto", "om"]);
  });

  it("takes an empty cell or an empty array as []", () => {
    expect(codeList(aanwezig, rowContext(";")).parse("")).toEqual([]);
    expect(codeList(aanwezig, rowContext(undefined)).parse([])).toEqual([]);
    expect(codeList(aanwezig, rowContext(undefined)).parse(undefined)).toEqual([]);
  });

  it("refuses an unknown element as invalid-code, naming the allowed values", () => {
    const result = codeList(aanwezig, rowContext(",")).safeParse("politie|brandweer");
    expect(refusals(result)).toEqual([["", "invalid-code"]]);
    expect(result.error?.issues[0]?.message).toBe(
      "codes gescheiden door |, elk een van: gemeente, politie, dto, om",
    );
  });

  it("refuses politie,om outside a ; file: the comma is no separator there", () => {
    expect(refusals(codeList(aanwezig, rowContext(",")).safeParse("politie,om"))).toEqual([
      ["", "invalid-code"],
    ]);
  });

  it("as a required column, refuses an empty list as required", () => {
    expect(refusals(required(codeList(aanwezig, rowContext(";"))).safeParse(" | "))).toEqual([
      ["", "required"],
    ]);
  });
});
