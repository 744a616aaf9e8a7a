import { describe, expect, it } from "vitest";
import { splitList } from "../../../ingest/fields/split-list.ts";

describe("splitList(cell, delimiter)", () => {
  it("splits on | in any file, trimming elements and dropping blanks", () => {
    expect(splitList(" politie | om ||", ",")).toEqual(["politie", "om"]);
  });

  it("also splits on , in a ; file", () => {
    expect(splitList("politie,om|riec", ";")).toEqual(["politie", "om", "riec"]);
  });

  it("keeps a comma inside an element outside a ; file", () => {
    expect(splitList("a,b|c", ",")).toEqual(["a,b", "c"]);
  });

  it("takes a JSON array as it is, skipping nulls", () => {
    expect(splitList(["politie", null, " om "], undefined)).toEqual(["politie", "om"]);
  });

  it("refuses a list with an element that is not text", () => {
    expect(splitList(["politie", 3], undefined)).toBeUndefined();
    expect(splitList(true, undefined)).toBeUndefined();
  });
});
