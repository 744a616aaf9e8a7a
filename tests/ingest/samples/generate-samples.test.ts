import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSamples } from "../../../ingest/samples/generate-samples.ts";
import { readSampleSet, type SampleFile } from "./read-sample-set.ts";

const today = "2026-11-28";
const seed = 7;
const gemeenten = ["GM0034", "GM0303", "GM0995", "GM0171", "GM0184", "GM0050"];
const quarters = ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"];
const snapshotQuarters = ["2025-Q2", "2025-Q4", "2026-Q2"];
const periodKinds = ["signalen", "controles", "bibob", "tips", "trainingen", "overleggen"];

const kindsByOrg: Record<string, string[]> = {
  ...Object.fromEntries(gemeenten.map((g) => [g, [...periodKinds, "formatie", "maatregelen"]])),
  PV24: ["signalen", "bibob", "tips", "trainingen", "overleggen", "formatie", "maatregelen"],
  "POLITIE-FL": [
    "signalen",
    "controles",
    "tips",
    "trainingen",
    "overleggen",
    "formatie",
    "maatregelen",
  ],
  "OM-MN": ["tips", "trainingen", "overleggen", "formatie", "maatregelen"],
  "WS-ZZL": ["signalen", "controles", "trainingen", "overleggen", "formatie", "maatregelen"],
  "DTO-FL": ["trainingen", "overleggen", "formatie", "maatregelen"],
};

const deliberatelyMissing = [
  "GM0184_signalen_2026-Q3",
  "OM-MN_tips_2026-Q3",
  "WS-ZZL_trainingen_2026-Q3",
  "GM0050_maatregelen_2025-Q2",
  "GM0050_maatregelen_2025-Q4",
];

let dir: string;
let files: SampleFile[];
let result: { files: string[]; records: number };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "samples-"));
  result = await generateSamples({ out: dir, seed, today });
  files = readSampleSet(dir);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("generateSamples({ out, seed, today: 2026-11-28 })", () => {
  it("writes every expected delivery from 2025-Q1 to 2026-Q3 except the deliberately missing ones", () => {
    const expected: string[] = [];
    for (const [org, kinds] of Object.entries(kindsByOrg)) {
      for (const soort of kinds) {
        const periods = periodKinds.includes(soort) ? quarters : snapshotQuarters;
        for (const periode of periods) expected.push(`${org}_${soort}_${periode}`);
      }
    }
    // 6 gemeenten × 48, PV24 41, police 41, OM 27, water board 34, DTO 20.
    expect(expected).toHaveLength(451);
    const written = files
      .filter((f) => !f.herlevering)
      .map((f) => f.name.replace(/\.(csv|json)$/, ""));
    expect(written.sort()).toEqual(expected.filter((e) => !deliberatelyMissing.includes(e)).sort());
    expect(result.files).toHaveLength(446 + 6);
  });

  it("reports the number of records it wrote", () => {
    const rows = files.reduce((sum, f) => sum + f.rows.length, 0);
    expect(result.records).toBe(rows);
  });

  it("re-delivers six periods in herlevering/, dropping the doubles and correcting three records", () => {
    const again = files.filter((f) => f.herlevering);
    expect(again.map((f) => f.name.replace(/\.(csv|json)$/, "")).sort()).toEqual(
      [
        "GM0034_signalen_2025-Q2",
        "GM0995_bibob_2025-Q3",
        "GM0303_overleggen_2025-Q4",
        "POLITIE-FL_signalen_2026-Q1",
        "PV24_maatregelen_2025-Q4",
        "GM0171_signalen_2026-Q2",
      ].sort(),
    );
    for (const file of again) {
      const original = files.find((f) => !f.herlevering && f.name === file.name);
      expect(original).toBeDefined();
      const key = Object.keys(file.rows[0] ?? {}).find((c) => c.endsWith("_id")) ?? "";
      const originalKeys = new Set(original?.rows.map((r) => r[key]));
      const newKeys = new Set(file.rows.map((r) => r[key]));
      const withdrawn = [...originalKeys].filter((k) => !newKeys.has(k));
      expect(withdrawn.length).toBeGreaterThanOrEqual(1);
      expect(withdrawn.every((k) => k?.endsWith("-B"))).toBe(true);
      expect([...newKeys].every((k) => originalKeys.has(k))).toBe(true);
      const byKey = new Map(original?.rows.map((r) => [r[key], JSON.stringify(r)]));
      const changed = file.rows.filter((r) => byKey.get(r[key]) !== JSON.stringify(r));
      expect(changed.length).toBeGreaterThanOrEqual(2);
      expect(changed.length).toBeLessThanOrEqual(3);
      // A re-delivery comes after the original.
      expect(file.mtime.getTime()).toBeGreaterThan(original?.mtime.getTime() ?? 0);
    }
  });

  it("marks late deliveries by a modification time more than 30 days after the quarter", () => {
    const daysAfterQuarter = (f: SampleFile) => {
      const [year, q] = f.periode.split("-Q").map(Number);
      const end = Date.UTC(year ?? 0, (q ?? 0) * 3, 0);
      return (f.mtime.getTime() - end) / 86_400_000;
    };
    const late = files.filter((f) => !f.herlevering && daysAfterQuarter(f) > 30).map((f) => f.name);
    expect(late.sort()).toEqual(
      [
        "GM0171_bibob_2025-Q2.csv",
        "PV24_signalen_2025-Q4.json",
        "POLITIE-FL_signalen_2026-Q1.csv",
        "GM0050_overleggen_2025-Q3.csv",
        "DTO-FL_trainingen_2025-Q1.csv",
      ].sort(),
    );
    expect(files.every((f) => f.mtime.toISOString().slice(0, 10) <= today)).toBe(true);
  });

  it("writes Dutch Excel (cp1252 and UTF-8 with BOM, ;, CRLF), plain CSV (,, LF) and JSON", () => {
    const formats = new Set(files.map((f) => f.format));
    expect(formats).toEqual(new Set(["excel-cp1252", "excel-utf8", "csv", "json"]));
    for (const f of files.filter((f) => f.format.startsWith("excel"))) {
      expect(f.text.split("\n")[0]).toMatch(/;.*\r$/);
    }
    for (const f of files.filter((f) => f.format === "csv")) expect(f.text).not.toContain("\r");
    // Windows-1252, not UTF-8: the ö of Zorgcoördinatie is the single byte 0xF6.
    const almere = files.find((f) => f.name === "GM0034_maatregelen_2025-Q4.csv");
    expect(almere?.format).toBe("excel-cp1252");
    expect(almere?.bytes.includes(0xf6)).toBe(true);
    const json = files.find((f) => f.name === "PV24_maatregelen_2025-Q4.json");
    const parsed = JSON.parse(json?.text ?? "{}");
    expect(parsed).toMatchObject({
      organisatie: "PV24",
      soort: "maatregelen",
      periode: "2025-Q4",
      peildatum: "2025-12-31",
    });
  });

  it("is deterministic: the same seed and today give byte-identical files, another seed other ones", async () => {
    const again = mkdtempSync(join(tmpdir(), "samples-"));
    const other = mkdtempSync(join(tmpdir(), "samples-"));
    try {
      const second = await generateSamples({ out: again, seed, today });
      await generateSamples({ out: other, seed: seed + 1, today });
      expect(second.files.map((f) => f.slice(again.length))).toEqual(
        result.files.map((f) => f.slice(dir.length)),
      );
      let differs = 0;
      for (const file of result.files) {
        const name = file.slice(dir.length);
        expect(readFileSync(join(again, name)).equals(readFileSync(file))).toBe(true);
        if (!readFileSync(join(other, name)).equals(readFileSync(file))) differs++;
      }
      expect(differs).toBeGreaterThan(200);
    } finally {
      rmSync(again, { recursive: true, force: true });
      rmSync(other, { recursive: true, force: true });
    }
  });

  it("holds no nine-digit run, e-mail address, phone number or formula anywhere in the bytes", () => {
    for (const file of files) {
      expect(file.text, file.name).not.toMatch(/\d{7}/);
      expect(file.text, file.name).not.toContain("@");
      expect(file.text, file.name).not.toMatch(
        /(?<!\d)(?:\+31|0031|0)[ -]?[1-9](?:[ -]?\d){8}(?!\d)/,
      );
      for (const row of file.rows) {
        for (const value of Object.values(row))
          expect(value, file.name).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
  });
});
