import { describe, expect, it } from "vitest";
import { readDelivery } from "../../../ingest/read/read-delivery.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);
const json = (value: unknown) => utf8(JSON.stringify(value));

describe("readDelivery(fileName, bytes) for JSON", () => {
  it("reads identity from the object and one row per record, keys normalised", () => {
    const read = readDelivery(
      "export.json",
      json({
        organisatie: "GM0034",
        soort: "controles",
        periode: "2025-Q3",
        records: [
          { controle_id: "C-1", "Adressen bezocht": 4, partners: ["politie", "brandweer"] },
          {
            controle_id: "C-2",
            Datum: "2025-07-02",
            dup_themas: [],
            gecontroleerd: true,
            opmerking: null,
          },
        ],
      }),
    );
    expect(read.issues).toEqual([]);
    expect(read.format).toBe("json");
    expect(read.encoding).toBe("utf-8");
    expect(read.delimiter).toBeUndefined();
    expect(read.identity).toEqual({
      organisatie: "GM0034",
      soort: "controles",
      periode: "2025-Q3",
    });
    expect(read.columns).toEqual([
      "controle_id",
      "adressen_bezocht",
      "partners",
      "datum",
      "dup_themas",
      "gecontroleerd",
      "opmerking",
    ]);
    expect(read.rows).toEqual([
      {
        record: 1,
        cells: { controle_id: "C-1", adressen_bezocht: 4, partners: ["politie", "brandweer"] },
      },
      {
        record: 2,
        cells: {
          controle_id: "C-2",
          datum: "2025-07-02",
          dup_themas: [],
          gecontroleerd: true,
          opmerking: null,
        },
      },
    ]);
  });

  it("reads the peildatum of a snapshot kind and accepts a BOM", () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...json({ organisatie: "PV24", soort: "formatie", peildatum: "2025-06-30", records: [] }),
    ]);
    const read = readDelivery("formatie.json", bytes);
    expect(read.issues).toEqual([]);
    expect(read.identity).toEqual({
      organisatie: "PV24",
      soort: "formatie",
      peildatum: "2025-06-30",
    });
    expect(read.rows).toEqual([]);
  });

  it("takes what the object leaves out from a file name in the CSV pattern", () => {
    const read = readDelivery("GM0995_tips_2026-Q1.json", json({ soort: "signalen", records: [] }));
    expect(read.identity).toEqual({ organisatie: "GM0995", soort: "signalen", periode: "2026-Q1" });
  });

  it("recognises JSON by its content when the name has no extension", () => {
    expect(readDelivery("aanlevering", utf8('  {"records": []}')).format).toBe("json");
  });

  it("refuses text that is not JSON, at the line where parsing stopped", () => {
    expect(readDelivery("x.json", utf8('{\n"records": [],\n}')).issues).toEqual([
      {
        code: "malformed-json",
        severity: "error",
        file: "x.json",
        line: 3,
        expected: "geldige JSON",
      },
    ]);
  });

  it("does not echo the text around a JSON syntax error", () => {
    const read = readDelivery("x.json", utf8('{"records": [{"t": "111222333"} x]}'));
    expect(read.issues.map((i) => i.code)).toEqual(["malformed-json"]);
    expect(JSON.stringify(read.issues)).not.toContain("111222333");
  });

  it.each([
    ["a top-level array", [{ a: 1 }]],
    ["a top-level string", "records"],
    ["no records", { organisatie: "GM0034" }],
    ["records that is an object", { records: { a: 1 } }],
  ])("refuses %s", (_, value) => {
    expect(readDelivery("x.json", json(value)).issues.map((i) => i.code)).toEqual([
      "malformed-json",
    ]);
  });

  it("refuses a record that is not an object, by record number", () => {
    expect(readDelivery("x.json", json({ records: [{ a: 1 }, 5, [1]] })).issues).toMatchObject([
      { code: "malformed-json", record: 2 },
      { code: "malformed-json", record: 3 },
    ]);
  });

  it("refuses __proto__, constructor and prototype at any depth, without polluting any prototype", () => {
    const text =
      '{"records": [{"a": 1, "__proto__": {"polluted": true}}, {"b": [{"constructor": {"prototype": {"polluted": true}}}]}]}';
    const read = readDelivery("x.json", utf8(text));
    expect(read.issues.map((i) => [i.code, i.record, i.column])).toEqual([
      ["forbidden-key", 1, "__proto__"],
      ["forbidden-key", 2, "constructor"],
      ["forbidden-key", 2, "prototype"],
    ]);
    expect(read.rows).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses a forbidden key at the top level too", () => {
    expect(readDelivery("x.json", utf8('{"Constructor": 1, "records": []}')).issues).toEqual([
      {
        code: "forbidden-key",
        severity: "error",
        file: "x.json",
        column: "Constructor",
        expected: "geen sleutels __proto__, constructor of prototype",
      },
    ]);
  });

  it("refuses nested values: an object, or a list holding objects or lists", () => {
    const read = readDelivery(
      "x.json",
      json({
        records: [
          { id: "1", adres: { straat: "x" } },
          { id: "2", lijst: [["a"]], ok: ["a", 1, true, null] },
          { id: "3", l: [{}] },
        ],
      }),
    );
    expect(read.issues.map((i) => [i.code, i.record, i.column])).toEqual([
      ["nested-value", 1, "adres"],
      ["nested-value", 2, "lijst"],
      ["nested-value", 3, "l"],
    ]);
  });

  it("refuses two keys of one record that normalise to the same column", () => {
    expect(
      readDelivery("x.json", json({ records: [{ "Datum ontvangen": "x", datum_ontvangen: "y" }] }))
        .issues,
    ).toMatchObject([
      { code: "duplicate-column", record: 1, column: "datum_ontvangen", value: "datum_ontvangen" },
    ]);
  });

  it("refuses a string over 1,000 characters, in a value or in a list", () => {
    const long = "z".repeat(1_001);
    expect(
      readDelivery("x.json", json({ records: [{ a: long }, { b: ["ok", long] }] })).issues,
    ).toMatchObject([
      { code: "field-too-long", record: 1, column: "a", value: `${"z".repeat(20)}…` },
      { code: "field-too-long", record: 2, column: "b" },
    ]);
  });

  it("refuses an identity field that is not text", () => {
    expect(
      readDelivery("x.json", json({ organisatie: ["GM0034"], records: [] })).issues,
    ).toMatchObject([{ code: "malformed-json", column: "organisatie" }]);
  });

  it("survives very deep nesting with an issue, not a crash", () => {
    const deep = `{"records": [{"a": ${"[".repeat(50_000)}${"]".repeat(50_000)}}]}`;
    const codes = readDelivery("x.json", utf8(deep)).issues.map((i) => i.code);
    expect(codes.length).toBe(1);
    expect(["nested-value", "malformed-json"]).toContain(codes[0]);
  });
});

describe("readDelivery(fileName, bytes) for JSON keys named like object methods", () => {
  it("reads toString and valueOf as ordinary (unknown) columns", () => {
    const read = readDelivery("x.json", json({ records: [{ toString: "a", valueOf: "b" }] }));
    expect(read.issues).toEqual([]);
    expect(read.rows[0]?.cells).toEqual({ tostring: "a", valueof: "b" });
  });
});
