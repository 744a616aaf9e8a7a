import { describe, expect, it } from "vitest";
import { signalen } from "../../../ingest/kinds/signalen.ts";
import { refusals } from "../fields/refusals.ts";
import { rowContext } from "../fields/row-context.ts";

const csvRow = {
  signaal_id: " SIG-2025-001 ",
  datum_ontvangen: "03-07-2025",
  bron: "MMA",
  fenomeen: "Hennep",
  gemeente: "gm0303",
  besproken_in_loo: "ja",
  datum_besproken_loo: "15/07/2025",
  opvolging: "riec_casus",
  datum_afgesloten: "1-9-2025",
};

const jsonRow = {
  signaal_id: "SIG-2025-001",
  datum_ontvangen: "2025-07-03",
  bron: "mma",
  fenomeen: "hennep",
  gemeente: "GM0303",
  besproken_in_loo: true,
  datum_besproken_loo: "2025-07-15",
  opvolging: "riec_casus",
  datum_afgesloten: "2025-09-01",
};

const payload = {
  signaal_id: "SIG-2025-001",
  datum_ontvangen: "2025-07-03",
  bron: "mma",
  fenomeen: "hennep",
  gemeente: "GM0303",
  besproken_in_loo: true,
  datum_besproken_loo: "2025-07-15",
  opvolging: "riec_casus",
  datum_afgesloten: "2025-09-01",
};

describe("signalen", () => {
  it("reads a CSV row and the same row in JSON as the same payload", () => {
    expect(signalen.schema(rowContext(";")).parse(csvRow)).toEqual(payload);
    expect(signalen.schema(rowContext(undefined)).parse(jsonRow)).toEqual(payload);
  });

  it("leaves out a column the contract does not know", () => {
    const parsed = signalen
      .schema(rowContext(undefined))
      .parse({ ...jsonRow, opmerking: "zie dossier" });
    expect(parsed).toEqual(payload);
  });

  it("gives every optional column as null when it is absent or blank", () => {
    const row = {
      signaal_id: "7",
      datum_ontvangen: "2025-08-01",
      bron: "burger",
      fenomeen: "drugs",
      opvolging: "",
    };
    expect(signalen.schema(rowContext(",", "POLITIE-FL")).safeParse(row).success).toBe(false);
    expect(signalen.schema(rowContext(",", "GM0995")).parse(row)).toEqual({
      signaal_id: "7",
      datum_ontvangen: "2025-08-01",
      bron: "burger",
      fenomeen: "drugs",
      gemeente: "GM0995",
      besproken_in_loo: null,
      datum_besproken_loo: null,
      opvolging: null,
      datum_afgesloten: null,
    });
  });

  it("requires a gemeente from an organisation that is not a gemeente", () => {
    const row = { ...jsonRow, gemeente: "" };
    expect(refusals(signalen.schema(rowContext(undefined, "POLITIE-FL")).safeParse(row))).toEqual([
      ["gemeente", "required"],
    ]);
  });

  it("refuses a gemeente column that names no gemeente", () => {
    const row = { ...jsonRow, gemeente: "PV24" };
    expect(refusals(signalen.schema(rowContext(undefined, "PV24")).safeParse(row))).toEqual([
      ["gemeente", "not-a-gemeente"],
    ]);
  });

  it("refuses datum_afgesloten before datum_ontvangen, on datum_afgesloten", () => {
    const row = { ...jsonRow, datum_afgesloten: "2025-07-02" };
    expect(refusals(signalen.schema(rowContext(undefined)).safeParse(row))).toEqual([
      ["datum_afgesloten", "rule"],
    ]);
  });

  it("accepts a signal closed on the day it was received", () => {
    const row = { ...jsonRow, datum_afgesloten: "2025-07-03" };
    expect(signalen.schema(rowContext(undefined)).safeParse(row).success).toBe(true);
  });

  it("still checks the dates when another column is wrong, and lists both problems", () => {
    const row = { ...jsonRow, bron: "krant", datum_afgesloten: "2025-07-01" };
    expect(refusals(signalen.schema(rowContext(undefined)).safeParse(row))).toEqual([
      ["bron", "invalid-code"],
      ["datum_afgesloten", "rule"],
    ]);
  });

  it("lists every required column that is missing", () => {
    expect(refusals(signalen.schema(rowContext(";")).safeParse({}))).toEqual([
      ["signaal_id", "required"],
      ["datum_ontvangen", "required"],
      ["bron", "required"],
      ["fenomeen", "required"],
    ]);
  });
  it("outputs every column of the contract, in its order", () => {
    expect(Object.keys(signalen.schema(rowContext(undefined)).parse(jsonRow))).toEqual(
      signalen.columns,
    );
  });
});
