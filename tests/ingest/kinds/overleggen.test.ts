import { describe, expect, it } from "vitest";
import { overleggen } from "../../../ingest/kinds/overleggen.ts";
import { refusals } from "../fields/refusals.ts";
import { rowContext } from "../fields/row-context.ts";

const payload = {
  overleg_id: "LOO-2025-07",
  datum: "2025-07-21",
  type: "loo",
  niveau: "ambtelijk",
  ondermijning_geagendeerd: true,
  beleidsbesluit_ondermijning: null,
  aanwezig: ["gemeente", "politie", "dto"],
  casussen_besproken: 6,
  deelnemers: 11,
};

describe("overleggen", () => {
  it("reads a CSV row and the same row in JSON as the same payload", () => {
    const csvRow = {
      overleg_id: "LOO-2025-07",
      datum: "21/07/2025",
      type: "LOO",
      niveau: "Ambtelijk",
      ondermijning_geagendeerd: "Ja",
      beleidsbesluit_ondermijning: "",
      aanwezig: "gemeente|politie|DTO",
      casussen_besproken: "6",
      deelnemers: "11",
    };
    const jsonRow = { ...payload, type: "loo", aanwezig: ["gemeente", "politie", "dto"] };
    expect(overleggen.schema(rowContext(",")).parse(csvRow)).toEqual(payload);
    expect(overleggen.schema(rowContext(undefined)).parse(jsonRow)).toEqual(payload);
  });

  it("needs only overleg_id, datum and type", () => {
    expect(
      overleggen
        .schema(rowContext(";"))
        .parse({ overleg_id: "1", datum: "2025-08-01", type: "driehoek" }),
    ).toEqual({
      overleg_id: "1",
      datum: "2025-08-01",
      type: "driehoek",
      niveau: null,
      ondermijning_geagendeerd: null,
      beleidsbesluit_ondermijning: null,
      aanwezig: [],
      casussen_besproken: null,
      deelnemers: null,
    });
  });

  it("refuses an aanwezig that is not on the list", () => {
    const row = { ...payload, aanwezig: ["gemeente", "burgemeester"] };
    expect(refusals(overleggen.schema(rowContext(undefined)).safeParse(row))).toEqual([
      ["aanwezig", "invalid-code"],
    ]);
  });
  it("outputs every column of the contract, in its order", () => {
    expect(Object.keys(overleggen.schema(rowContext(undefined)).parse(payload))).toEqual(
      overleggen.columns,
    );
  });
});
