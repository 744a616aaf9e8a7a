import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSamples } from "../../ingest/samples/generate-samples.ts";
import { type CliResult, runCli } from "../cli/run-cli.ts";
import { findSmallCounts } from "../site/small-counts.ts";

// Values that pass the checks' own tests: both BSNs pass the elfproef (2·9+4·8+6·7+8·6+1·5+3·4+
// 5·3+9·2 = 190, 190 − 3 = 187 = 17·11; 1·9+3·8+…+6·2 = 187, 187 − 0 = 17·11).
const planted = {
  bsnInNote: "246813593",
  bsnAsNumber: "135792460",
  emailAsKey: "h.de.boer@voorbeeld-gemeente.nl",
  emailInJson: "m.visser@voorbeeld.org",
  phoneInHeader: "06-98765432",
  phoneAsKey: "+31 6 13572468",
};
// Besides each value as written: phone numbers by all their digits, and everything in UTF-16.
// (Their last eight digits alone are no needle: the warehouse lists the ambitiepunten 34 down to
// 1 as one string, which holds …10987654321.)
const needles = [...Object.values(planted), "0698765432", "31613572468", "0613572468"].flatMap(
  (text) => [Buffer.from(text, "utf-8"), Buffer.from(text, "utf16le")],
);

const signalen = "signaal_id;datum_ontvangen;bron;fenomeen;gemeente";
const plantedFiles: Record<string, string> = {
  // A note field, a key field and a header, in three kinds of file.
  "notitie/GM0034_signalen_2025-Q3.csv": `${signalen};notitie\nSIG-P1;01-07-2025;mma;drugs;;cliënt met bsn ${planted.bsnInNote}\n`,
  "sleutel/GM0303_signalen_2025-Q3.csv": `${signalen}\r\n${planted.emailAsKey};02-07-2025;politie;hennep;\r\n`,
  "kop/GM0995_signalen_2025-Q3.csv": `${signalen};bellen ${planted.phoneInHeader}\nSIG-P3;03-07-2025;burger;horeca;;ja\n`,
  "json/levering.json": JSON.stringify({
    organisatie: "GM0050",
    soort: "signalen",
    periode: "2025-Q3",
    contact: planted.emailInJson,
    records: [
      {
        signaal_id: Number(planted.bsnAsNumber),
        datum_ontvangen: "2025-07-04",
        bron: "mma",
        fenomeen: "drugs",
        [planted.phoneAsKey]: "terugbellen",
      },
    ],
  }),
};

const dir = mkdtempSync(join(tmpdir(), "normmonitor-privacy-"));
const home = join(dir, "home");
const exportFolder = join(dir, "eob-publiek");
const env = { NORMMONITOR_HOME: home, DATABASE_URL: undefined };
const runs: { args: string[]; result: CliResult }[] = [];

async function cli(...args: string[]): Promise<CliResult> {
  const result = await runCli(args, env);
  runs.push({ args, result });
  return result;
}

function* filesUnder(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

describe("a whole run with personal data planted in its deliveries", () => {
  beforeAll(async () => {
    const plantedFolder = join(dir, "geplant");
    for (const [path, text] of Object.entries(plantedFiles)) {
      mkdirSync(join(plantedFolder, path, ".."), { recursive: true });
      writeFileSync(join(plantedFolder, path), text);
    }
    await generateSamples({ out: join(dir, "deliveries"), seed: 2026, today: "2026-11-28" });
    await cli("ingest", plantedFolder);
    await cli("ingest", "--json", plantedFolder);
    await cli("ingest", "--dry-run", plantedFolder);
    await cli("ingest", join(dir, "deliveries"));
    await cli("build");
    await cli("site", "build", "--audience", "publiek");
    await cli(
      "export",
      "eob",
      "--from",
      "2025",
      "--to",
      "2026",
      "--audience",
      "publiek",
      "--out",
      exportFolder,
    );
  }, 600_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses every planted file and runs every other step to the end", () => {
    expect(runs.map(({ args, result }) => [args[0], args[1], result.code])).toEqual(
      [
        ["ingest", join(dir, "geplant")],
        ["ingest", "--json"],
        ["ingest", "--dry-run"],
        ["ingest", join(dir, "deliveries")],
        ["build", undefined],
        ["site", "build"],
        ["export", "eob"],
      ].map(([command, arg], index) => [command, arg, index < 3 ? 1 : 0]),
    );
    const receipt = JSON.parse(runs[1]?.result.stdout ?? "") as {
      files: { status: string; issues: { code: string }[] }[];
    };
    expect(receipt.files.map((file) => file.status)).toEqual([
      "refused",
      "refused",
      "refused",
      "refused",
    ]);
    for (const file of receipt.files)
      expect(file.issues.map((issue) => issue.code)).toContain("personal-data");
  });

  it("prints none of the planted values, in any form, on stdout or stderr of any command", () => {
    for (const { args, result } of runs) {
      const printed = Buffer.from(result.stdout + result.stderr, "utf-8");
      for (const needle of needles)
        expect(printed.includes(needle), `${args.join(" ")}: ${needle.toString()}`).toBe(false);
    }
  });

  it("writes none of them into any file under the home (database, warehouse, outputs, site) or the export", () => {
    let files = 0;
    for (const folder of [home, exportFolder]) {
      for (const path of filesUnder(folder)) {
        files++;
        const bytes = readFileSync(path);
        for (const needle of needles)
          expect(bytes.includes(needle), `${relative(dir, path)}: ${needle.toString()}`).toBe(
            false,
          );
      }
    }
    // The embedded database, the DuckDB file, Parquet outputs, the site and the package.
    expect(files).toBeGreaterThan(50);
  });

  it("publishes no count between 1 and 4 in the public site's data or the public package's CSV files", () => {
    const site = [...filesUnder(join(home, "site", "publiek"))].filter((p) => p.endsWith(".json"));
    expect(site.length).toBeGreaterThan(10);
    for (const path of site)
      expect(findSmallCounts(JSON.parse(readFileSync(path, "utf8"))), path).toEqual([]);
    const csvs = [...filesUnder(exportFolder)].filter((p) => p.endsWith(".csv"));
    expect(csvs.length).toBeGreaterThan(0);
    for (const path of csvs) {
      const rows = parse(readFileSync(path, "utf8").replace(/^\ufeff/, ""), {
        delimiter: ";",
        columns: true,
      }) as Record<string, string>[];
      // Dutch Excel numbers: the counts are whole numbers, so a thousands dot is all they can carry.
      const numbers = rows.map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([key, value]) => [
            key,
            /^\d+$/.test(value) ? Number(value) : value,
          ]),
        ),
      );
      expect(findSmallCounts(numbers), relative(dir, path)).toEqual([]);
    }
  });
});
