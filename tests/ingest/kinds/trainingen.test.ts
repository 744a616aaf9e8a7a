import { describe, expect, it } from "vitest";
import { trainingen } from "../../../ingest/kinds/trainingen.ts";
import { refusals } from "../fields/refusals.ts";
import { rowContext } from "../fields/row-context.ts";

const payload = {
  training_id: "TR-3",
  datum: "2025-07-10",
  onderwerp: "ondermijning_signalering",
  aanbieder: "riec",
  doelgroep: "boa",
  deelnemers: 1250,
};

describe("trainingen", () => {
  it("reads a ; CSV row and the same row in JSON as the same payload", () => {
    const csvRow = {
      training_id: "TR-3",
      datum: "10-7-2025",
      onderwerp: "Ondermijning_Signalering",
      aanbieder: "RIEC",
      doelgroep: "boa",
      deelnemers: "1.250",
    };
    expect(trainingen.schema(rowContext(";")).parse(csvRow)).toEqual(payload);
    expect(trainingen.schema(rowContext(undefined)).parse(payload)).toEqual(payload);
  });

  it("refuses a fractional number of participants", () => {
    expect(
      refusals(trainingen.schema(rowContext(undefined)).safeParse({ ...payload, deelnemers: 2.5 })),
    ).toEqual([["deelnemers", "invalid-count"]]);
  });
  it("outputs every column of the contract, in its order", () => {
    expect(Object.keys(trainingen.schema(rowContext(undefined)).parse(payload))).toEqual(
      trainingen.columns,
    );
  });
});
