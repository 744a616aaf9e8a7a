import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSamples } from "../../ingest/samples/generate-samples.ts";
import { incrementalModelNames } from "../pipeline/models/incremental-model-names.ts";
import { runCli } from "./run-cli.ts";

const dir = mkdtempSync(join(tmpdir(), "normmonitor-build-"));
const home = join(dir, "home");
const env = { NORMMONITOR_HOME: home, DATABASE_URL: undefined };
const deliveries = join(dir, "deliveries");
const staged = {
  before: join(dir, "tot-2026-Q2"),
  lastQuarter: join(dir, "2026-Q3"),
  again: join(dir, "herlevering"),
};

type Output = { as_of: string; gebouwd_op: string; rijen: Record<string, unknown>[] };
const output = (folder: string, audience: string, file: string) =>
  JSON.parse(readFileSync(join(folder, audience, `${file}.json`), "utf-8")) as Output;
const outputFiles = (folder: string, audience: string) =>
  readdirSync(join(folder, audience))
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.replace(/\.json$/, ""))
    .sort();

async function cli(...args: string[]) {
  const result = await runCli(args, env);
  if (result.code !== 0)
    throw new Error(
      `normmonitor ${args.join(" ")} exited ${result.code}: ${result.stderr}${result.stdout}`,
    );
  return result.stdout;
}

beforeAll(async () => {
  await generateSamples({ out: deliveries, seed: 2026, today: "2026-11-28" });
  // Split the sample set: everything up to 2026-Q2, the last quarter, and the re-deliveries.
  for (const folder of Object.values(staged)) mkdirSync(folder);
  for (const name of readdirSync(deliveries).filter((n) => n.includes("_"))) {
    cpSync(
      join(deliveries, name),
      join(name.includes("2026-Q3") ? staged.lastQuarter : staged.before, name),
    );
  }
  cpSync(join(deliveries, "herlevering"), staged.again, { recursive: true });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npx normmonitor build", () => {
  let first: string;

  it("builds the warehouse and writes both audiences' outputs with the as-of watermark", async () => {
    await cli("ingest", staged.before);
    await cli("build");
    first = join(dir, "first-output");
    cpSync(join(home, "output", "huidig"), first, { recursive: true });
    const indicators = output(first, "partners", "norm_indicatoren");
    expect(indicators.as_of).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // 11 organisations × 37 points × 3 evaluations (2025, 2026, stand): one row each.
    expect(indicators.rijen).toHaveLength(11 * 37 * 3);
    expect(outputFiles(first, "publiek")).toEqual(outputFiles(first, "partners"));
  }, 240_000);

  it("gives the same tables from an incremental build after one more quarter as from a full rebuild", async () => {
    await cli("ingest", staged.lastQuarter);
    const receipt = JSON.parse(await cli("build", "--json"));
    // The staging models took only the cells of the new quarter; the receipt says where time went.
    expect(receipt.incrementalModels).toEqual(incrementalModelNames);
    expect(receipt.phases.map((lap: { phase: string }) => lap.phase)).toEqual([
      "openen",
      "sync",
      "modellen",
      "uitvoer",
      "afronden",
    ]);
    const incremental = join(dir, "incremental");
    cpSync(join(home, "output", "huidig"), incremental, { recursive: true });
    const full = JSON.parse(await cli("build", "--full", "--json"));
    expect(full.incrementalModels).toEqual([]);
    for (const audience of ["partners", "publiek"]) {
      for (const file of outputFiles(incremental, audience)) {
        expect(
          output(join(home, "output", "huidig"), audience, file).rijen,
          `${audience}/${file}`,
        ).toEqual(output(incremental, audience, file).rijen);
      }
    }
  }, 240_000);

  it("reproduces the first build exactly with --as-of its watermark, after corrections came in", async () => {
    await cli("ingest", staged.again);
    await cli("build");
    const asOf = output(first, "partners", "norm_indicatoren").as_of;
    const stdout = await cli("build", "--as-of", asOf);
    const folder = /uitvoer in (\S+)/.exec(stdout)?.[1] as string;
    expect(folder).toContain("as-of-");
    for (const audience of ["partners", "publiek"]) {
      for (const file of outputFiles(first, audience)) {
        const again = output(folder, audience, file);
        expect(again.as_of).toBe(asOf);
        expect(again.rijen, `${audience}/${file}`).toEqual(output(first, audience, file).rijen);
      }
    }
    // The corrections changed something: the current picture differs from the first one.
    expect(output(join(home, "output", "huidig"), "partners", "beeld_signalen").rijen).not.toEqual(
      output(first, "partners", "beeld_signalen").rijen,
    );
  }, 240_000);

  it("publishes no count between 1 and 4 in the publiek files", () => {
    const countColumns =
      /^(aantal|deelnemers|records|leveringen|correcties|intrekkingen|toepasselijk|voldaan|deels|niet_voldaan|geen_gegevens|adressen.*|dossiers|signalen|tips|trainingen)$/;
    const offending: string[] = [];
    for (const file of outputFiles(join(home, "output", "huidig"), "publiek")) {
      if (file === "norm_indicatoren" || file === "norm_district" || file === "ambitiepunten")
        continue; // statuses are public
      for (const row of output(join(home, "output", "huidig"), "publiek", file).rijen) {
        for (const [column, value] of Object.entries(row)) {
          if (countColumns.test(column) && typeof value === "number" && value >= 1 && value <= 4)
            offending.push(`${file}.${column}=${value}`);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it("publishes a share of signals only where the partners' count it is taken over is at least 10", () => {
    const key = (row: Record<string, unknown>) =>
      `${row.gemeente}/${row.periode}/${row.dimensie}/${row.waarde_code}`;
    const counts = new Map(
      output(join(home, "output", "huidig"), "partners", "beeld_signalen").rijen.map((row) => [
        key(row),
        row.aantal,
      ]),
    );
    const published = output(
      join(home, "output", "huidig"),
      "publiek",
      "beeld_signalen",
    ).rijen.filter((row) => row.aandeel_besproken_in_loo !== null);
    expect(published.length).toBeGreaterThan(0);
    for (const row of published) expect(counts.get(key(row)), key(row)).toBeGreaterThanOrEqual(10);
  });

  it("prints the indicators in the contract's columns and explains one", async () => {
    const csv = await cli("indicators", "--org", "GM0034", "--point", "8", "--format", "csv");
    const [header, ...lines] = csv.trim().split("\n");
    expect(header).toBe("organisatie,ambitiepunt,jaar,status,waarde,norm,toelichting");
    expect(lines.map((l) => l.split(",").slice(0, 3).join(","))).toEqual([
      "GM0034,8,2025",
      "GM0034,8,2026",
      "GM0034,8,stand",
    ]);
    const json = JSON.parse(
      await cli("indicators", "--year", "2025", "--point", "1", "--format", "json"),
    ) as { organisatie: string; status: string }[];
    expect(json).toHaveLength(11);
    expect(
      json
        .filter((r) => r.status === "nvt")
        .map((r) => r.organisatie)
        .sort(),
    ).toEqual(["DTO-FL", "OM-MN", "POLITIE-FL", "WS-ZZL"]);
    const explained = await cli("explain", "8", "GM0034", "2025");
    expect(explained).toContain(
      "Ambitiepunt 8: Elke gemeente heeft een lokaal ondermijningsoverleg",
    );
    expect(explained).toMatch(/overleggen: 4 aanlevering\(en\)/);
    expect(explained).toContain("GM0034_overleggen_2025-Q1");
  }, 240_000);
});
