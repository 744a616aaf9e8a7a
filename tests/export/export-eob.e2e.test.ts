import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { tableFromIPC } from "apache-arrow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/run-cli.ts";
import { sampleHome } from "./sample-home.ts";

type Indicator = {
  organisatie: string;
  ambitiepunt: string;
  jaar: string;
  status: string;
  waarde: number | null;
};
type Manifest = {
  as_of: string;
  gebouwd_op: string;
  publiek: string;
  markering?: string;
  aanleveringen: {
    organisatie: string;
    soort: string;
    periode: string;
    sha256: string;
    ontvangen_op: string;
  }[];
  bestanden: { pad: string; bytes: number; sha256: string }[];
};

let home: Awaited<ReturnType<typeof sampleHome>>;
const folder = (name: string) => join(home.dir, name);
const manifestOf = (name: string) =>
  JSON.parse(readFileSync(join(folder(name), "manifest.json"), "utf-8")) as Manifest;
// The same key and values however a format represents them; `stand` is not a year of the package.
const key = (r: Indicator) =>
  `${r.organisatie}|${r.ambitiepunt}|${r.jaar}|${r.status}|${r.waarde ?? ""}`;

beforeAll(async () => {
  home = await sampleHome("normmonitor-eob-");
  await home.cli("export", "eob", "--from", "2025", "--to", "2026", "--out", folder("eerste"));
  await home.cli("export", "eob", "--from", "2025", "--to", "2026", "--out", folder("tweede"));
}, 170_000);
afterAll(() => rmSync(home.dir, { recursive: true, force: true }));

describe("npx normmonitor export eob --from 2025 --to 2026", () => {
  it("lists every file of the package in the manifest with its sha256", () => {
    const manifest = manifestOf("eerste");
    const files = readdirSync(folder("eerste")).sort();
    expect(manifest.bestanden.map((b) => b.pad).sort()).toEqual(
      files.filter((f) => f !== "manifest.json"),
    );
    for (const bestand of manifest.bestanden) {
      const bytes = readFileSync(join(folder("eerste"), bestand.pad));
      expect(createHash("sha256").update(bytes).digest("hex"), bestand.pad).toBe(bestand.sha256);
      expect(bytes.length).toBe(bestand.bytes);
    }
    for (const table of [
      "norm_indicatoren",
      "norm_district",
      "beeld_signalen",
      "beeld_bibob",
      "beeld_controles",
      "beeld_trainingen",
      "beeld_aanleveringen",
    ])
      for (const format of ["parquet", "arrow", "csv"])
        expect(files).toContain(`${table}.${format}`);
    expect(files).toEqual(
      expect.arrayContaining(["datawoordenboek.csv", "methodologie.md", "manifest.json"]),
    );
  });

  it("names the as-of watermark, the audience and the deliveries used", () => {
    const manifest = manifestOf("eerste");
    expect(manifest.as_of).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(manifest.publiek).toBe("partners");
    expect(manifest.markering).toBe("VERTROUWELIJK");
    const almere = manifest.aanleveringen.find(
      (a) => a.organisatie === "GM0034" && a.soort === "signalen" && a.periode === "2025-Q1",
    );
    expect(almere?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("gives byte-identical files from a second export; only the manifest's build time differs", () => {
    for (const name of readdirSync(folder("eerste")).filter((f) => f !== "manifest.json")) {
      expect(
        readFileSync(join(folder("tweede"), name)).equals(
          readFileSync(join(folder("eerste"), name)),
        ),
        name,
      ).toBe(true);
    }
    const { gebouwd_op: _first, ...first } = manifestOf("eerste");
    const { gebouwd_op: _second, ...second } = manifestOf("tweede");
    expect(second).toEqual(first);
  });

  it("holds in Parquet and in Arrow the same norm indicators as `indicators --format json`", async () => {
    const printed = await home.cli("indicators", "--format", "json");
    const expected = (JSON.parse(printed) as Indicator[])
      .filter((r) => r.jaar !== "stand")
      .map(key)
      .sort();
    // 11 organisations × 37 points × the years 2025 and 2026.
    expect(expected).toHaveLength(11 * 37 * 2);

    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    const parquet = join(folder("eerste"), "norm_indicatoren.parquet").replaceAll("'", "''");
    const fromParquet = (
      await connection.runAndReadAll(`SELECT * FROM read_parquet('${parquet}')`)
    ).getRowObjectsJson() as Indicator[];
    connection.closeSync();
    expect(fromParquet.map(key).sort()).toEqual(expected);

    const arrow = tableFromIPC(readFileSync(join(folder("eerste"), "norm_indicatoren.arrow")));
    const fromArrow = arrow.toArray().map((row) => row.toJSON() as Indicator);
    expect(fromArrow.map(key).sort()).toEqual(expected);
  });

  it("writes CSV that Dutch Excel opens: byte-order mark, semicolons, CRLF and decimal commas", () => {
    const csv = readFileSync(join(folder("eerste"), "norm_district.csv"), "utf-8");
    expect(
      csv.startsWith(
        "\uFEFFambitiepunt;jaar;toepasselijk;voldaan;deels;niet_voldaan;geen_gegevens;aandeel_voldaan\r\n",
      ),
    ).toBe(true);
    const rows = csv
      .slice(1)
      .split("\r\n")
      .slice(1, -1)
      .map((line) => line.split(";"));
    for (const [, , toepasselijk, voldaan, , , , aandeel] of rows) {
      if (Number(toepasselijk) === 0) continue;
      // aandeel_voldaan = voldaan ÷ toepasselijk, written with a comma.
      expect(Number(aandeel?.replace(",", "."))).toBeCloseTo(
        Number(voldaan) / Number(toepasselijk),
        12,
      );
      expect(aandeel).not.toContain(".");
    }
  });

  it("writes a publishable package with --audience publiek, without the VERTROUWELIJK marking", async () => {
    await home.cli(
      "export",
      "eob",
      "--from",
      "2026",
      "--to",
      "2026",
      "--out",
      folder("publiek"),
      "--audience",
      "publiek",
    );
    const manifest = manifestOf("publiek");
    expect(manifest.publiek).toBe("publiek");
    expect(manifest.markering).toBeUndefined();
    expect(readFileSync(join(folder("publiek"), "methodologie.md"), "utf-8")).toContain(
      "in de databestanden zelf toegepast",
    );
  });

  it("refuses a folder that already holds files, with exit code 2", async () => {
    const result = await runCli(
      ["export", "eob", "--from", "2025", "--to", "2026", "--out", folder("eerste")],
      home.env,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("niet leeg");
  });
});
