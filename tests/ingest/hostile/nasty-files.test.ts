import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ingestFile } from "../../../ingest/ingest-file.ts";
import type { Issue } from "../../../ingest/issue.ts";
import { parseDelivery } from "../../../ingest/parse-delivery.ts";

const corpus = join(import.meta.dirname, "../../fixtures/nasty");
const today = "2026-11-28";

/** The refusal of the one file in a corpus folder, as code, line, record, column and value. */
function refusalOf(folder: string): { issues: Issue[]; shown: string } {
  const [file] = readdirSync(join(corpus, folder));
  if (!file) throw new Error(`no file in ${folder}`);
  const result = parseDelivery({
    fileName: file,
    bytes: readFileSync(join(corpus, folder, file)),
    today,
  });
  if (result.ok) throw new Error(`${folder} was accepted`);
  return { issues: result.issues, shown: JSON.stringify(result.issues) };
}

const pick = (issues: readonly Issue[]) =>
  issues.map(({ code, line, record, column, value }) =>
    Object.fromEntries(
      Object.entries({ code, line, record, column, value }).filter(([, v]) => v !== undefined),
    ),
  );

describe("the corpus of nasty files, each refused for what it is", () => {
  it("has a test for every file in tests/fixtures/nasty", () => {
    expect(readdirSync(corpus).sort()).toEqual([
      "bom-then-cp1252",
      "bsn-in-notitie",
      "formula-injection",
      "future-empty-register",
      "invalid-utf8",
      "mixed-dates",
      "personal-data-in-header",
      "personal-data-in-json",
      "personal-data-in-json-key",
      "proto-keys",
      "utf16",
    ]);
  });

  it("bsn-in-notitie: a BSN (123456782 passes the elfproef) and a phone number and address in notes", () => {
    const { issues, shown } = refusalOf("bsn-in-notitie");
    // Line 4's note is cut at 40 characters, so the address is not even reached.
    expect(pick(issues)).toEqual([
      {
        code: "personal-data",
        line: 3,
        column: "notitie",
        value: "cliënt bsn [BSN verwijderd], zie dossier",
      },
      {
        code: "personal-data",
        line: 4,
        column: "notitie",
        value: "bel [telefoonnummer verwijderd] of mail …",
      },
    ]);
    for (const secret of ["123456782", "12345678", "k.jansen"]) expect(shown).not.toContain(secret);
  });

  it("formula-injection: =HYPERLINK in a key, @SUM and +31 in notes; -5 is a number and passes", () => {
    expect(pick(refusalOf("formula-injection").issues)).toEqual([
      { code: "formula-injection", line: 2, column: "signaal_id", value: '=HYPERLINK("http://x' },
      { code: "formula-injection", line: 3, column: "notitie", value: "@SUM(A1:A9)" },
      { code: "formula-injection", line: 5, column: "notitie", value: "+31 verschil" },
    ]);
  });

  it("invalid-utf8: a UTF-8 file (café on line 2) with a broken sequence and a Windows-1252 quote", () => {
    // Without the UTF-8 é it would have been read as Windows-1252, turning é into Ã©.
    expect(pick(refusalOf("invalid-utf8").issues)).toEqual([
      { code: "invalid-bytes", line: 3, value: "byte 0xC3" },
      { code: "invalid-bytes", line: 4, value: "byte 0x92" },
    ]);
  });

  it("bom-then-cp1252: a UTF-8 BOM before Windows-1252 é and curly quotes", () => {
    expect(pick(refusalOf("bom-then-cp1252").issues)).toEqual([
      { code: "invalid-bytes", line: 2, value: "byte 0xE9" },
      { code: "invalid-bytes", line: 3, value: "byte 0x93" },
      { code: "invalid-bytes", line: 3, value: "byte 0x94" },
    ]);
  });

  it("utf16: Excel's 'Unicode text', refused as a whole on line 1", () => {
    expect(pick(refusalOf("utf16").issues)).toEqual([
      { code: "invalid-bytes", line: 1, value: "UTF-16" },
    ]);
  });

  it("mixed-dates: dd-mm-jjjj, jjjj-mm-dd and d/m/jjjj pass; two-digit years, slashes after the year, month names, short ISO and mm-dd-jjjj do not", () => {
    expect(pick(refusalOf("mixed-dates").issues)).toEqual([
      { code: "invalid-date", line: 5, column: "datum_ontvangen", value: "07/04/25" },
      { code: "invalid-date", line: 6, column: "datum_ontvangen", value: "2025/07/05" },
      { code: "invalid-date", line: 7, column: "datum_ontvangen", value: "6 juli 2025" },
      { code: "invalid-date", line: 8, column: "datum_ontvangen", value: "2025-7-7" },
      { code: "invalid-date", line: 9, column: "datum_ontvangen", value: "07-31-2025" },
    ]);
  });

  it("future-empty-register: a register without items for a quarter still to come, dated its last day", () => {
    // Accepted, it would have withdrawn every item of the register from 31 March 2031 on.
    expect(pick(refusalOf("future-empty-register").issues)).toEqual([
      { code: "in-future", column: "peildatum", value: "2031-03-31" },
    ]);
  });

  it("proto-keys: __proto__, constructor and prototype inside records, by record", () => {
    expect(pick(refusalOf("proto-keys").issues)).toEqual([
      { code: "forbidden-key", record: 2, column: "__proto__" },
      { code: "forbidden-key", record: 3, column: "constructor" },
      { code: "forbidden-key", record: 3, column: "prototype" },
    ]);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it("personal-data-in-header: column names holding an address and a BSN, by position, masked", () => {
    const { issues, shown } = refusalOf("personal-data-in-header");
    expect(pick(issues)).toEqual([
      {
        code: "personal-data",
        line: 1,
        column: "kolom 5",
        value: "contact [e-mailadres verwijderd]",
      },
      { code: "personal-data", line: 1, column: "kolom 6", value: "[BSN verwijderd]" },
    ]);
    for (const secret of ["123456782", "k.jansen"]) expect(shown).not.toContain(secret);
  });

  it("personal-data-in-json: an address as a register's peildatum and a phone number beside the records", () => {
    const { issues, shown } = refusalOf("personal-data-in-json");
    expect(pick(issues)).toEqual([
      { code: "personal-data", column: "peildatum" },
      { code: "personal-data", column: "opmerking" },
      { code: "invalid-date", column: "peildatum", value: "[e-mailadres verwijderd]" },
    ]);
    for (const secret of ["12345678", "k.jansen"]) expect(shown).not.toContain(secret);
  });

  it("personal-data-in-json-key: an address as a record's key, never used as a column", () => {
    const { issues, shown } = refusalOf("personal-data-in-json-key");
    expect(pick(issues)).toEqual([
      {
        code: "personal-data",
        record: 1,
        column: "[e-mailadres verwijderd]",
        value: "[e-mailadres verwijderd]",
      },
    ]);
    expect(shown).not.toContain("k.jansen");
  });
});

describe("nasty files made at test time, too big to keep", () => {
  const folder = mkdtempSync(join(tmpdir(), "normmonitor-nasty-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const header = "signaal_id;datum_ontvangen;bron;fenomeen;gemeente;notitie\n";

  it("refuses a file of 100 MB and one byte by its size, without reading it", async () => {
    const path = join(folder, "GM0034_signalen_2025-Q3.csv");
    writeFileSync(path, header);
    // Sparse: the length is set, no 100 MB is written or read.
    truncateSync(path, 100_000_001);
    const receipt = await ingestFile(undefined, path, { today, dryRun: true });
    expect([receipt.status, pick(receipt.issues)]).toEqual([
      "refused",
      [{ code: "file-too-large", value: "100,0 MB" }],
    ]);
  });

  it("refuses a field of 10 MB on its line, showing its first 20 characters, within a second or two", () => {
    const field = `begin ${"lang verhaal ".repeat(800_000)}`;
    const bytes = Buffer.from(
      `${header}SIG-1;01-07-2025;mma;drugs;;ok\nSIG-2;02-07-2025;mma;drugs;;${field}\n`,
    );
    expect(bytes.length).toBeGreaterThan(10_000_000);
    const started = performance.now();
    const result = parseDelivery({ fileName: "GM0034_signalen_2025-Q3.csv", bytes, today });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result.ok ? [] : pick(result.issues)).toEqual([
      { code: "field-too-long", line: 3, column: "notitie", value: "begin lang verhaal l…" },
    ]);
  });

  it("refuses JSON nested 100,000 levels deep inside a record as a nested value, not a stack overflow", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const text = `{"organisatie":"GM0034","soort":"signalen","periode":"2025-Q3","records":[{"signaal_id":"S1","notitie":${deep}}]}`;
    const result = parseDelivery({ fileName: "diep.json", bytes: Buffer.from(text), today });
    expect(result.ok ? [] : pick(result.issues).slice(0, 1)).toEqual([
      { code: "nested-value", record: 1, column: "notitie" },
    ]);
  });
});
