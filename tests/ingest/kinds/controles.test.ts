import { describe, expect, it } from "vitest";
import { controles } from "../../../ingest/kinds/controles.ts";
import { refusals } from "../fields/refusals.ts";
import { rowContext } from "../fields/row-context.ts";

const csvRow = {
  controle_id: "IC-14",
  datum: "12-08-2025",
  gemeente: "gm0034",
  gebied_type: "Bedrijventerrein",
  dup_themas: "drugs,hennep",
  partners: "gemeente|politie,Belastingdienst",
  adressen_bezocht: "1.020",
  adressen_met_bevinding: "17",
  bevindingen: "brandveiligheid:9|milieu:3,drugs:1",
  maatregelen_opgelegd: "",
};

const jsonRow = {
  controle_id: "IC-14",
  datum: "2025-08-12",
  gemeente: "GM0034",
  gebied_type: "bedrijventerrein",
  dup_themas: ["drugs", "hennep"],
  partners: ["gemeente", "politie", "belastingdienst"],
  adressen_bezocht: 1020,
  adressen_met_bevinding: 17,
  bevindingen: ["brandveiligheid:9", "milieu:3", "drugs:1"],
  maatregelen_opgelegd: null,
};

const payload = {
  controle_id: "IC-14",
  datum: "2025-08-12",
  gemeente: "GM0034",
  gebied_type: "bedrijventerrein",
  dup_themas: ["drugs", "hennep"],
  partners: ["gemeente", "politie", "belastingdienst"],
  adressen_bezocht: 1020,
  adressen_met_bevinding: 17,
  bevindingen: { brandveiligheid: 9, milieu: 3, drugs: 1 },
  maatregelen_opgelegd: null,
};

describe("controles", () => {
  it("reads a ; CSV row and the same row in JSON as the same payload", () => {
    expect(controles.schema(rowContext(";")).parse(csvRow)).toEqual(payload);
    expect(controles.schema(rowContext(undefined)).parse(jsonRow)).toEqual(payload);
  });

  it("gives empty optional lists as [] and empty bevindingen as {}", () => {
    const row = { ...jsonRow, dup_themas: "", bevindingen: [] };
    expect(controles.schema(rowContext(undefined)).parse(row)).toMatchObject({
      dup_themas: [],
      bevindingen: {},
    });
  });

  it("refuses more addresses with a finding than addresses visited, on adressen_met_bevinding", () => {
    const row = { ...jsonRow, adressen_bezocht: 5, adressen_met_bevinding: 6 };
    expect(refusals(controles.schema(rowContext(undefined)).safeParse(row))).toEqual([
      ["adressen_met_bevinding", "rule"],
    ]);
  });

  it("accepts every visited address having a finding", () => {
    const row = { ...jsonRow, adressen_bezocht: 6, adressen_met_bevinding: 6 };
    expect(controles.schema(rowContext(undefined)).safeParse(row).success).toBe(true);
  });

  it("refuses a controle that visited no address, on adressen_bezocht", () => {
    const row = { ...jsonRow, adressen_bezocht: 0, adressen_met_bevinding: 0 };
    expect(refusals(controles.schema(rowContext(undefined)).safeParse(row))).toEqual([
      ["adressen_bezocht", "invalid-count"],
    ]);
  });

  it("requires at least one partner", () => {
    const row = { ...jsonRow, partners: [] };
    expect(refusals(controles.schema(rowContext(undefined)).safeParse(row))).toEqual([
      ["partners", "required"],
    ]);
  });

  it("refuses a gemeente that is the provincie", () => {
    const row = { ...jsonRow, gemeente: "PV24" };
    expect(refusals(controles.schema(rowContext(undefined)).safeParse(row))).toEqual([
      ["gemeente", "not-a-gemeente"],
    ]);
  });

  it("refuses a thousands dot in a , file", () => {
    const row = {
      ...csvRow,
      partners: "gemeente|politie",
      dup_themas: "drugs|hennep",
      bevindingen: "",
    };
    expect(refusals(controles.schema(rowContext(",")).safeParse(row))).toEqual([
      ["adressen_bezocht", "invalid-count"],
    ]);
  });
  it("outputs every column of the contract, in its order", () => {
    expect(Object.keys(controles.schema(rowContext(undefined)).parse(jsonRow))).toEqual(
      controles.columns,
    );
  });
});
