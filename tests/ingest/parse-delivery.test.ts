import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import type { Issue } from "../../ingest/issue.ts";
import { parseDelivery } from "../../ingest/parse-delivery.ts";
import { almereRegister } from "./almere-register.ts";

const fixtures = join(import.meta.dirname, "../fixtures/deliveries");
const today = "2026-11-28";

function parseFixture(path: string) {
  const file = join(fixtures, path);
  return parseDelivery({
    fileName: file.split("/").at(-1) ?? file,
    bytes: readFileSync(file),
    today,
  });
}

function refusal(fileName: string, content: string | Uint8Array) {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf-8") : content;
  const result = parseDelivery({ fileName, bytes, today });
  if (result.ok) throw new Error(`${fileName} was accepted`);
  return result.issues;
}

const pick = (issues: readonly Issue[]) =>
  issues.map(({ code, line, record, column, value }) => ({ code, line, record, column, value }));

describe("parseDelivery(file)", () => {
  const variants = readdirSync(join(fixtures, "dialects"));

  it.each(variants)("reads the %s variant of Almere's register to the same records", (variant) => {
    const [file] = readdirSync(join(fixtures, "dialects", variant));
    const result = parseFixture(join("dialects", variant, file ?? ""));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const { delivery } = result;
    expect([
      delivery.organisatie.code,
      delivery.spec.soort,
      delivery.periode.code,
      delivery.peildatum,
    ]).toEqual(["GM0034", "maatregelen", "2025-Q2", "2025-06-30"]);
    expect(
      delivery.records.map(({ recordId, occurredAt, payload }) => ({
        recordId,
        occurredAt,
        payload,
      })),
    ).toEqual(almereRegister);
  });

  it("has all five dialect variants", () => {
    expect(variants.sort()).toEqual(["comma-iso", "excel-cp1252", "json", "tab-utf8", "utf8-bom"]);
  });

  it("defaults a gemeente's signal to its own gemeente and folds codes and booleans", () => {
    const result = parseFixture("signalen/GM0303_signalen_2025-Q3.csv");
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const [first, , , fourth] = result.delivery.records;
    expect(first?.payload).toMatchObject({
      gemeente: "GM0303",
      besproken_in_loo: true,
      datum_besproken_loo: "2025-07-10",
    });
    expect(fourth?.payload).toMatchObject({
      gemeente: "GM0303",
      besproken_in_loo: true,
      datum_afgesloten: "2025-09-30",
    });
    expect(first?.line).toBe(2);
  });

  const header = "signaal_id;datum_ontvangen;bron;fenomeen;gemeente";

  it("lists every problem of a file, each with its line, column and value", () => {
    const issues = refusal(
      "GM0034_signalen_2025-Q3.csv",
      [
        header,
        "S1;31-02-2025;mma;drugs;",
        "S2;01-07-25;telefoon;drugs;",
        "S1;01-07-2025;mma;drugs;GM9999",
      ].join("\r\n"),
    );
    expect(pick(issues)).toEqual([
      {
        code: "invalid-date",
        line: 2,
        record: undefined,
        column: "datum_ontvangen",
        value: "31-02-2025",
      },
      {
        code: "invalid-date",
        line: 3,
        record: undefined,
        column: "datum_ontvangen",
        value: "01-07-25",
      },
      { code: "invalid-code", line: 3, record: undefined, column: "bron", value: "telefoon" },
      { code: "not-a-gemeente", line: 4, record: undefined, column: "gemeente", value: "GM9999" },
    ]);
  });

  it("refuses a reference date outside the period or in the future", () => {
    const outside = refusal("GM0034_signalen_2025-Q3.csv", `${header}\nS1;30-06-2025;mma;drugs;\n`);
    expect(pick(outside)).toEqual([
      {
        code: "outside-period",
        line: 2,
        record: undefined,
        column: "datum_ontvangen",
        value: "2025-06-30",
      },
    ]);
    const future = refusal("GM0034_signalen_2026-Q4.csv", `${header}\nS1;15-12-2026;mma;drugs;\n`);
    expect(pick(future)).toEqual([
      {
        code: "in-future",
        line: 2,
        record: undefined,
        column: "datum_ontvangen",
        value: "2026-12-15",
      },
    ]);
  });

  it("refuses a duplicate key and names the first line", () => {
    const issues = refusal(
      "GM0034_signalen_2025-Q3.csv",
      `${header}\nS1;01-07-2025;mma;drugs;\nS1;02-07-2025;mma;drugs;\n`,
    );
    expect(pick(issues)).toEqual([
      { code: "duplicate-key", line: 3, record: undefined, column: "signaal_id", value: "S1" },
    ]);
    expect(issues[0]?.expected).toContain("regel 2");
  });

  it("refuses a BSN, an e-mail address and a phone number in any column and does not echo them", () => {
    const secrets = ["111222333", "j.jansen@example.nl", "06-12345678"];
    const csv = `${header};notitie\nS1;01-07-2025;mma;drugs;;bsn ${secrets[0]}\nS2;01-07-2025;mma;drugs;;${secrets[1]}\nS3;01-07-2025;mma;${secrets[2]};\n`;
    const issues = refusal("GM0034_signalen_2025-Q3.csv", csv);
    expect(pick(issues).map(({ code, line, column }) => ({ code, line, column }))).toEqual([
      { code: "personal-data", line: 2, column: "notitie" },
      { code: "personal-data", line: 3, column: "notitie" },
      { code: "personal-data", line: 4, column: "fenomeen" },
    ]);
    const everything = JSON.stringify(issues);
    for (const secret of secrets) expect(everything).not.toContain(secret);
    expect(everything).not.toContain("12345678");
  });

  it("refuses spreadsheet formulas but not negative numbers in text", () => {
    const issues = refusal(
      "GM0034_signalen_2025-Q3.csv",
      `${header};notitie\nS1;01-07-2025;mma;drugs;;=1+1\nS2;01-07-2025;mma;drugs;;-5\n`,
    );
    expect(pick(issues).map(({ code, line, column }) => ({ code, line, column }))).toEqual([
      { code: "formula-injection", line: 2, column: "notitie" },
    ]);
  });

  it("refuses an unknown organisation, a gemeente-only kind's wrong identity and a bad period", () => {
    expect(refusal("GM9999_signalen_2025-Q3.csv", `${header}\n`).map((i) => i.code)).toEqual([
      "unknown-organisation",
    ]);
    expect(refusal("GM0034_meldingen_2025-Q3.csv", `${header}\n`).map((i) => i.code)).toEqual([
      "unknown-kind",
    ]);
    expect(refusal("GM0034_signalen_2025-Q5.csv", `${header}\n`).map((i) => i.code)).toEqual([
      "bad-period",
    ]);
  });

  it("refuses a missing required column on the header line", () => {
    const issues = refusal(
      "GM0034_signalen_2025-Q3.csv",
      "signaal_id;datum_ontvangen;bron\nS1;01-07-2025;mma\n",
    );
    expect(pick(issues)).toEqual([
      { code: "missing-column", line: 1, record: undefined, column: "fenomeen", value: undefined },
    ]);
  });

  it("warns about an unknown column and never stores it", () => {
    const result = parseDelivery({
      fileName: "GM0034_signalen_2025-Q3.csv",
      bytes: Buffer.from(`${header};eigen_notitie\nS1;01-07-2025;mma;drugs;;iets\n`),
      today,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.delivery.warnings.map((w) => [w.code, w.column])).toEqual([
      ["unknown-column", "eigen_notitie"],
    ]);
    expect(Object.keys(result.delivery.records[0]?.payload ?? {})).not.toContain("eigen_notitie");
  });

  it("accepts a header without rows as 'none this period'", () => {
    const result = parseDelivery({
      fileName: "GM0034_signalen_2025-Q3.csv",
      bytes: Buffer.from(`${header}\r\n`),
      today,
    });
    expect(result.ok && result.delivery.records).toEqual([]);
  });

  it("refuses a zero-byte file, invalid bytes, malformed JSON and __proto__ keys", () => {
    expect(refusal("GM0034_signalen_2025-Q3.csv", "").map((i) => i.code)).toContain("empty-file");
    const bomThenCp1252 = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      iconv.encode(`${header}\nS1;01-07-2025;mma;drugs;café\n`, "win1252"),
    ]);
    expect(refusal("GM0034_signalen_2025-Q3.csv", bomThenCp1252).map((i) => i.code)).toContain(
      "invalid-bytes",
    );
    expect(
      refusal("levering.json", '{"organisatie": "GM0034", "records": [').map((i) => i.code),
    ).toContain("malformed-json");
    const polluted =
      '{"organisatie":"GM0034","soort":"signalen","periode":"2025-Q3","records":[{"__proto__":{"x":1},"signaal_id":"S1"}]}';
    expect(refusal("levering.json", polluted).map((i) => i.code)).toContain("forbidden-key");
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("refuses a row with more fields than the header and a field over 1,000 characters", () => {
    const issues = refusal(
      "GM0034_signalen_2025-Q3.csv",
      `${header}\nS1;01-07-2025;mma;drugs;;extra\nS2;01-07-2025;mma;${"x".repeat(1001)};\n`,
    );
    expect(pick(issues).map(({ code, line }) => ({ code, line }))).toEqual([
      { code: "too-many-fields", line: 2 },
      { code: "field-too-long", line: 3 },
    ]);
  });

  it("refuses a snapshot whose rows disagree on the peildatum", () => {
    const csv =
      "peildatum;rol;aantal\n30-06-2025;boa_ondermijning;4\n31-12-2025;bibob_medewerker;2\n";
    expect(pick(refusal("GM0034_formatie_2025-Q2.csv", csv)).map((i) => i.code)).toEqual([
      "inconsistent-peildatum",
    ]);
  });

  it("refuses a snapshot whose peildatum lies outside the period in its file name", () => {
    const csv = "peildatum;rol;aantal\n31-12-2025;boa_ondermijning;4\n";
    expect(pick(refusal("GM0034_formatie_2025-Q2.csv", csv)).map((i) => i.code)).toEqual([
      "identity-mismatch",
    ]);
  });
});
