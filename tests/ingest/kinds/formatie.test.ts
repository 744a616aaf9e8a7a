import { describe, expect, it } from "vitest";
import { formatie } from "../../../ingest/kinds/formatie.ts";
import { refusals } from "../fields/refusals.ts";
import { rowContext } from "../fields/row-context.ts";

describe("formatie", () => {
  it("is a snapshot kind dated by peildatum and keyed by rol and eenheid", () => {
    expect(formatie.mode).toBe("snapshot");
    expect(formatie.referenceColumn).toBe("peildatum");
    expect(formatie.keyColumns).toEqual(["rol", "eenheid"]);
    expect(formatie.required).toContain("peildatum");
  });

  it("reads a CSV row and the same row in JSON as the same payload", () => {
    const payload = {
      peildatum: "2025-09-30",
      rol: "boa_ondermijning",
      eenheid: "Basisteam Lelystad",
      aantal: 4,
    };
    const csvRow = {
      peildatum: "30-09-2025",
      rol: "BOA_ondermijning",
      eenheid: " Basisteam Lelystad ",
      aantal: "4",
    };
    expect(formatie.schema(rowContext(",", "POLITIE-FL")).parse(csvRow)).toEqual(payload);
    expect(formatie.schema(rowContext(undefined, "POLITIE-FL")).parse(payload)).toEqual(payload);
  });

  it("gives a missing eenheid as null", () => {
    expect(
      formatie
        .schema(rowContext(","))
        .parse({ peildatum: "2025-09-30", rol: "overig", aantal: "0" }),
    ).toEqual({
      peildatum: "2025-09-30",
      rol: "overig",
      eenheid: null,
      aantal: 0,
    });
  });

  it("requires peildatum in the payload", () => {
    expect(
      refusals(formatie.schema(rowContext(",")).safeParse({ rol: "overig", aantal: "1" })),
    ).toEqual([["peildatum", "required"]]);
  });
  it("outputs every column of the contract, in its order", () => {
    expect(
      Object.keys(
        formatie
          .schema(rowContext(undefined, "POLITIE-FL"))
          .parse({ peildatum: "2025-09-30", rol: "overig", eenheid: "x", aantal: 1 }),
      ),
    ).toEqual(formatie.columns);
  });
});
