import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readDelivery } from "../../../ingest/read/read-delivery.ts";

const name = "GM0034_signalen_2025-Q3.csv";
const utf8 = (text: string) => new TextEncoder().encode(text);
const bom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
const cp1252 = (text: string) => new Uint8Array(iconv.encode(text, "windows-1252"));

// The same three signals as each dialect writes them. The second one's remark holds a `;` and a
// line break, so it starts on line 3 and ends on line 4; the third starts on line 5.
const semicolonCrlf = [
  "Signaal ID;Datum ontvangen;Bron;Fenomeen;Gemeente;Geëvalueerd - toelichting",
  "SIG-2025-0001;03-07-2025;burger;drugs;GM0034;Pand “De Haven”, schade € 1.250",
  'SIG-2025-0002;2025-08-14;mma;vastgoed;GM0034;"Café ’t Hoekje; eigenaar gewijzigd',
  'nieuwe huurder"',
  "SIG-2025-0003;30-09-2025;politie;hennep;GM0995;",
  "",
].join("\r\n");

const commaLf = [
  "signaal_id,datum_ontvangen,bron,fenomeen,gemeente,geevalueerd_toelichting",
  'SIG-2025-0001,03-07-2025,burger,drugs,GM0034,"Pand “De Haven”, schade € 1.250"',
  'SIG-2025-0002,2025-08-14,mma,vastgoed,GM0034,"Café ’t Hoekje; eigenaar gewijzigd',
  'nieuwe huurder"',
  "SIG-2025-0003,30-09-2025,politie,hennep,GM0995,",
].join("\n");

const tab = [
  "SIGNAAL-ID\tDatum_Ontvangen\tbron\tFENOMEEN\tGemeente\tGeëvalueerd toelichting",
  "SIG-2025-0001\t03-07-2025\tburger\tdrugs\tGM0034\tPand “De Haven”, schade € 1.250",
  'SIG-2025-0002\t2025-08-14\tmma\tvastgoed\tGM0034\t"Café ’t Hoekje; eigenaar gewijzigd',
  'nieuwe huurder"',
  "SIG-2025-0003\t30-09-2025\tpolitie\thennep\tGM0995\t",
  "",
].join("\n");

const columns = [
  "signaal_id",
  "datum_ontvangen",
  "bron",
  "fenomeen",
  "gemeente",
  "geevalueerd_toelichting",
];
const rows = [
  {
    line: 2,
    cells: {
      signaal_id: "SIG-2025-0001",
      datum_ontvangen: "03-07-2025",
      bron: "burger",
      fenomeen: "drugs",
      gemeente: "GM0034",
      geevalueerd_toelichting: "Pand “De Haven”, schade € 1.250",
    },
  },
  {
    line: 3,
    cells: {
      signaal_id: "SIG-2025-0002",
      datum_ontvangen: "2025-08-14",
      bron: "mma",
      fenomeen: "vastgoed",
      gemeente: "GM0034",
      geevalueerd_toelichting: "Café ’t Hoekje; eigenaar gewijzigd\nnieuwe huurder",
    },
  },
  {
    line: 5,
    cells: {
      signaal_id: "SIG-2025-0003",
      datum_ontvangen: "30-09-2025",
      bron: "politie",
      fenomeen: "hennep",
      gemeente: "GM0995",
      geevalueerd_toelichting: "",
    },
  },
];

describe("readDelivery(fileName, bytes) reads every dialect of one signalen file the same", () => {
  it.each([
    ["; with CRLF in Windows-1252", cp1252(semicolonCrlf), "windows-1252", ";"],
    ["; with CRLF in UTF-8 with BOM", bom(semicolonCrlf), "utf-8", ";"],
    ["; with CRLF in UTF-8 without BOM", utf8(semicolonCrlf), "utf-8", ";"],
    [", with LF and no final line break", utf8(commaLf), "utf-8", ","],
    [", with LF in Windows-1252", cp1252(commaLf), "windows-1252", ","],
    ["tab with LF", utf8(tab), "utf-8", "\t"],
    ["; with trailing empty lines", utf8(`${semicolonCrlf}\r\n\r\n`), "utf-8", ";"],
    ["; with a row of only delimiters", utf8(`${semicolonCrlf};;;;;\r\n`), "utf-8", ";"],
  ])("%s", (_, bytes, encoding, delimiter) => {
    const read = readDelivery(name, bytes);
    expect(read.issues).toEqual([]);
    expect(read.format).toBe("csv");
    expect(read.encoding).toBe(encoding);
    expect(read.delimiter).toBe(delimiter);
    expect(read.identity).toEqual({ organisatie: "GM0034", soort: "signalen", periode: "2025-Q3" });
    expect(read.columns).toEqual(columns);
    expect(read.rows).toEqual(rows);
  });

  it("decodes Windows-1252 bytes by their cp1252 meaning, not latin-1", () => {
    // 0x80 €, 0x93/0x94 “ ”, 0x92 ’, 0xE9 é, 0xEB ë
    const bytes = new Uint8Array([
      ...utf8("a;b\r\n"),
      0x80,
      0x20,
      0x35,
      0x3b,
      0x93,
      0x43,
      0x61,
      0x66,
      0xe9,
      0x94,
      0x92,
      0xeb,
      0x0d,
      0x0a,
    ]);
    const read = readDelivery(name, bytes);
    expect(read.encoding).toBe("windows-1252");
    expect(read.rows).toEqual([{ line: 2, cells: { a: "€ 5", b: "“Café”’ë" } }]);
  });

  it("reads a file of valid UTF-8 as UTF-8 even when it would also decode as Windows-1252", () => {
    const read = readDelivery(name, utf8("a;b\nCafé;x\n"));
    expect(read.encoding).toBe("utf-8");
    expect(read.rows[0]?.cells).toEqual({ a: "Café", b: "x" });
  });

  it("skips empty lines before the header and between rows, keeping physical line numbers", () => {
    const read = readDelivery(name, utf8("\n\nid;n\n\n1;a\n   \n\n2;b\n"));
    expect(read.issues).toEqual([]);
    expect(read.rows.map((r) => [r.line, r.cells.id])).toEqual([
      [5, "1"],
      [8, "2"],
    ]);
  });

  it("gives every row the line where it starts, also after multi-line cells", () => {
    const read = readDelivery(
      name,
      utf8('id;t\r\n1;"a\r\nb\r\n\r\nc"\r\n2;"x"\r\n3;"y\rz"\r\n4;w\r\n'),
    );
    expect(read.rows.map((r) => [r.line, r.cells.t])).toEqual([
      [2, "a\nb\n\nc"],
      [6, "x"],
      [7, "y\nz"],
      [9, "w"],
    ]);
  });

  it("reads doubled quotes inside a quoted field as one quote", () => {
    const read = readDelivery(name, utf8('id;t\n1;"zie ""notitie"""\n'));
    expect(read.rows[0]?.cells.t).toBe('zie "notitie"');
  });

  it("fills missing trailing fields with empty strings", () => {
    const read = readDelivery(name, utf8("a;b;c\n1\n2;x\n"));
    expect(read.issues).toEqual([]);
    expect(read.rows.map((r) => r.cells)).toEqual([
      { a: "1", b: "", c: "" },
      { a: "2", b: "x", c: "" },
    ]);
  });

  it("accepts a header without rows as a delivery of nothing", () => {
    const read = readDelivery(name, utf8("signaal_id;datum_ontvangen\r\n"));
    expect(read.issues).toEqual([]);
    expect(read.columns).toEqual(["signaal_id", "datum_ontvangen"]);
    expect(read.rows).toEqual([]);
  });

  it("detects the delimiter from the header outside quotes", () => {
    expect(readDelivery(name, utf8('"a,b";c;d\n1;2;3\n')).delimiter).toBe(";");
    expect(readDelivery(name, utf8('"a;b",c,d\n1,2,3\n')).delimiter).toBe(",");
    expect(readDelivery(name, utf8("a\tb,c\n1\t2\n")).delimiter).toBe("\t");
  });

  it("ignores empty columns that Excel leaves at the end of every line", () => {
    const read = readDelivery(name, utf8("a;b;;\n1;2;;\n"));
    expect(read.issues).toEqual([]);
    expect(read.columns).toEqual(["a", "b"]);
    expect(read.rows[0]?.cells).toEqual({ a: "1", b: "2" });
  });

  it("reads a .txt or extension-less file with CSV content as CSV", () => {
    expect(readDelivery("export.txt", utf8("a;b\n1;2\n")).format).toBe("csv");
    expect(readDelivery("export", utf8("a;b\n1;2\n")).format).toBe("csv");
  });
});
