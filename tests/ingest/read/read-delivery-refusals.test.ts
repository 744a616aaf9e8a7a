import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, readDelivery } from "../../../ingest/read/read-delivery.ts";

const file = "GM0034_signalen_2025-Q3.csv";
const utf8 = (text: string) => new TextEncoder().encode(text);
const codes = (bytes: Uint8Array, name = file) =>
  readDelivery(name, bytes).issues.map((i) => i.code);

describe("readDelivery(fileName, bytes) refuses", () => {
  it("a file of zero bytes", () => {
    expect(readDelivery(file, new Uint8Array()).issues).toEqual([
      {
        code: "empty-file",
        severity: "error",
        file,
        expected: "een bestand met ten minste een kopregel",
      },
    ]);
  });

  it("a file over 100 MB, without reading it", () => {
    expect(MAX_FILE_BYTES).toBe(100_000_000);
    const read = readDelivery(file, new Uint8Array(MAX_FILE_BYTES + 1));
    expect(read.issues).toEqual([
      {
        code: "file-too-large",
        severity: "error",
        file,
        value: "100,0 MB",
        expected: "een bestand van hoogstens 100 MB",
      },
    ]);
    expect(read.rows).toEqual([]);
  });

  it("a file with only empty lines, for lack of a header", () => {
    expect(readDelivery(file, utf8("\r\n\r\n  \r\n")).issues).toMatchObject([
      { code: "missing-header", line: 1 },
    ]);
  });

  it("invalid UTF-8 after a UTF-8 BOM, at the line where it occurs", () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...utf8("a;b\r\n1;"),
      0xc3,
      0x28,
      ...utf8("\r\n"),
    ]);
    expect(readDelivery(file, bytes).issues).toEqual([
      {
        code: "invalid-bytes",
        severity: "error",
        file,
        line: 2,
        value: "byte 0xC3",
        expected: "tekst in UTF-8 (met of zonder BOM) of Windows-1252",
      },
    ]);
  });

  it("a UTF-8 BOM followed by Windows-1252 text (mixed encodings)", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("a;b\n"), 0x80, ...utf8(";x\n")]);
    expect(readDelivery(file, bytes).issues).toMatchObject([
      { code: "invalid-bytes", line: 2, value: "byte 0x80" },
    ]);
  });

  it.each(["81", "8D", "8F", "90", "9D"])(
    "byte 0x%s, which Windows-1252 leaves undefined",
    (hex) => {
      const bytes = new Uint8Array([
        ...utf8("a;b\n1;2\nx"),
        Number.parseInt(hex, 16),
        ...utf8(";y\n"),
      ]);
      const read = readDelivery(file, bytes);
      expect(read.issues).toMatchObject([
        { code: "invalid-bytes", line: 3, value: `byte 0x${hex}` },
      ]);
      expect(read.rows).toEqual([]);
    },
  );

  it("the same column twice after normalising, naming it", () => {
    expect(
      readDelivery(file, utf8("Datum ontvangen;bron;datum-ontvangen\n2025-07-01;mma;x\n")).issues,
    ).toEqual([
      {
        code: "duplicate-column",
        severity: "error",
        file,
        line: 1,
        column: "datum_ontvangen",
        value: "datum-ontvangen",
        expected:
          "elke kolom één keer (hoofdletters, spaties, streepjes en accenten tellen niet mee)",
      },
    ]);
  });

  it("a row with more fields than the header, at its line", () => {
    const read = readDelivery(file, utf8("a;b\n1;2\n\n3;4;5\n"));
    expect(read.issues).toEqual([
      {
        code: "too-many-fields",
        severity: "error",
        file,
        line: 4,
        value: "3 velden",
        expected: "hoogstens 2 velden, zoals de kopregel",
      },
    ]);
  });

  it("a field over 1,000 characters, showing only its first 20", () => {
    const long = `SIG${"x".repeat(1_000)}`;
    const read = readDelivery(file, utf8(`id;t\n${long};ok\n`));
    expect(read.issues).toEqual([
      {
        code: "field-too-long",
        severity: "error",
        file,
        line: 2,
        column: "id",
        value: `SIG${"x".repeat(17)}…`,
        expected: "een waarde van hoogstens 1000 tekens",
      },
    ]);
  });

  it("no field of exactly 1,000 characters", () => {
    expect(codes(utf8(`id;t\n${"é".repeat(1_000)};ok\n`))).toEqual([]);
  });

  it("a too long field without showing personal data in its first 20 characters", () => {
    const read = readDelivery(file, utf8(`id;t\n1;bsn 111222333 ${"x".repeat(1_000)}\n`));
    // "bsn " and the 16-character placeholder make exactly the 20 shown characters.
    expect(read.issues[0]?.value).toBe("bsn [BSN verwijderd]…");
    expect(JSON.stringify(read.issues)).not.toContain("111222333");
  });

  it("a quote that is never closed, at the line where it opens", () => {
    expect(readDelivery(file, utf8('a;b\n1;2\n\n3;"open\n4;5\n')).issues).toMatchObject([
      { code: "malformed-csv", line: 4 },
    ]);
  });

  it("a quote in the middle of an unquoted field, at its line", () => {
    expect(readDelivery(file, utf8('a;b\n1;2\n3;x"y\n')).issues).toMatchObject([
      { code: "malformed-csv", line: 3 },
    ]);
  });

  it("text after a closing quote, at its line", () => {
    expect(readDelivery(file, utf8('a;b\n1;"x"y\n')).issues).toMatchObject([
      { code: "malformed-csv", line: 2 },
    ]);
  });

  it("a value under a column without a name", () => {
    expect(readDelivery(file, utf8("a;;c\n1;;3\n4;x;6\n")).issues).toMatchObject([
      { code: "missing-header", line: 3, column: "kolom 2" },
    ]);
  });

  it("and lists every problem, not only the first", () => {
    const text = `a;b\n1;2;3\n${"y".repeat(1_001)};x\n4;5;6\n`;
    expect(readDelivery(file, utf8(text)).issues.map((i) => [i.code, i.line])).toEqual([
      ["too-many-fields", 2],
      ["field-too-long", 3],
      ["too-many-fields", 4],
    ]);
  });
});

describe("readDelivery(fileName, bytes) on an unclosed quote", () => {
  it("names the line where the field opens, also with escaped quotes further on", () => {
    const text = 'a;b\n1;"ok ""x"""\n2;"open\nmet ""citaat""\nen meer\n3;4\n';
    expect(readDelivery(file, utf8(text)).issues).toMatchObject([
      { code: "malformed-csv", line: 3 },
    ]);
  });
});
