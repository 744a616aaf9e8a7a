import { describe, expect, it } from "vitest";
import { maatregelen } from "../../../ingest/kinds/maatregelen.ts";
import { refusals } from "../fields/refusals.ts";
import { rowContext } from "../fields/row-context.ts";

const csvRow = {
  peildatum: "30-09-2025",
  maatregel_id: "M-12",
  ambitiepunt: "10b",
  onderdeel: "",
  soort: "Beleid",
  omschrijving: "  Beleidsregels Bibob 2025 ",
  status: "Vastgesteld",
  datum_vastgesteld: "01-03-2025",
  geldig_tot: "",
  datum_evaluatie: "",
  vindplaats: "CVDR712345",
};

const jsonRow = {
  peildatum: "2025-09-30",
  maatregel_id: "M-12",
  ambitiepunt: "10B",
  onderdeel: null,
  soort: "beleid",
  omschrijving: "Beleidsregels Bibob 2025",
  status: "vastgesteld",
  datum_vastgesteld: "2025-03-01",
  geldig_tot: null,
  datum_evaluatie: null,
  vindplaats: "CVDR712345",
};

describe("maatregelen", () => {
  it("is a snapshot kind dated by peildatum", () => {
    expect(maatregelen.mode).toBe("snapshot");
    expect(maatregelen.referenceColumn).toBe("peildatum");
  });

  it("reads a CSV row and the same row in JSON as the same payload", () => {
    expect(maatregelen.schema(rowContext(";")).parse(csvRow)).toEqual(jsonRow);
    expect(maatregelen.schema(rowContext(undefined)).parse(jsonRow)).toEqual(jsonRow);
  });

  it("reads a numeric ambitiepunt from JSON as text", () => {
    const row = { ...jsonRow, ambitiepunt: 26, onderdeel: "Opvang" };
    expect(maatregelen.schema(rowContext(undefined)).parse(row)).toMatchObject({
      ambitiepunt: "26",
      onderdeel: "opvang",
    });
  });

  it.each(["vastgesteld", "gerealiseerd"])(
    "requires datum_vastgesteld for status %s, on datum_vastgesteld",
    (status) => {
      const row = { ...jsonRow, status, datum_vastgesteld: "" };
      expect(refusals(maatregelen.schema(rowContext(undefined)).safeParse(row))).toEqual([
        ["datum_vastgesteld", "required"],
      ]);
    },
  );

  it("does not require datum_vastgesteld for a measure in preparation", () => {
    const row = { ...jsonRow, status: "in_voorbereiding", datum_vastgesteld: null };
    expect(maatregelen.schema(rowContext(undefined)).safeParse(row).success).toBe(true);
  });

  it("accepts an omschrijving of 200 characters and refuses 201", () => {
    const schema = maatregelen.schema(rowContext(undefined));
    expect(schema.safeParse({ ...jsonRow, omschrijving: "a".repeat(200) }).success).toBe(true);
    expect(refusals(schema.safeParse({ ...jsonRow, omschrijving: "a".repeat(201) }))).toEqual([
      ["omschrijving", "invalid-text"],
    ]);
  });

  it("refuses an ambitiepunt outside the norm", () => {
    expect(
      refusals(
        maatregelen.schema(rowContext(undefined)).safeParse({ ...jsonRow, ambitiepunt: "35" }),
      ),
    ).toEqual([["ambitiepunt", "invalid-code"]]);
  });
  it("outputs every column of the contract, in its order", () => {
    expect(Object.keys(maatregelen.schema(rowContext(undefined)).parse(jsonRow))).toEqual(
      maatregelen.columns,
    );
  });
});
