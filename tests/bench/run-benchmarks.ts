// `npm run bench`: ingest and build on the PostgreSQL server (and PGlite) measured against the
// database's own limits and against Emmett, as ratios in one run; prints a table and writes
// test-output/bench/results.json.
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { generateSamples } from "../../ingest/samples/generate-samples.ts";
import { cliPath } from "../cli/run-cli.ts";
import { dropDatabase } from "./bench-database.ts";
import { growth, perSecond, record, results, rows } from "./bench-table.ts";
import { buildCase, incrementalCase } from "./build-cases.ts";
import { ingestCase } from "./ingest-cases.ts";
import { runCommand } from "./run-command.ts";

const smallScale = Number(process.env.BENCH_SMALL_SCALE ?? 33);
const largeScale = Number(process.env.BENCH_LARGE_SCALE ?? 330);
// Quarters up to 2026-Q2; the incremental build adds 2026-Q3.
const firstToday = "2026-09-30";
const nextToday = "2026-11-28";

const work = mkdtempSync(join(tmpdir(), "normmonitor-bench-"));

function filesMatching(dir: string, test: (name: string) => boolean): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && test(entry.name)) found.push(join(entry.parentPath, entry.name));
  }
  return found;
}

/** Copies the chosen files of a generated set into a new folder, keeping herlevering/. */
function subset(from: string, to: string, test: (name: string) => boolean): string {
  for (const file of filesMatching(from, test)) {
    const target = join(to, relative(from, file));
    mkdirSync(join(target, ".."), { recursive: true });
    cpSync(file, target);
  }
  return to;
}

async function generate(name: string, scale: number, today: string): Promise<string> {
  const out = join(work, name);
  const started = performance.now();
  const { files, records } = await generateSamples({ out, seed: 5, scale, today });
  const seconds = (performance.now() - started) / 1000;
  const largest = Math.max(...files.map((file) => statSync(file).size));
  results[`generate_${name}`] = { scale, records, files: files.length, seconds, largest };
  record({
    benchmark: `generate ${name}`,
    figure: `${records} records, ${files.length} files, max ${(largest / 1e6).toFixed(0)} MB`,
    value: perSecond(records, seconds),
    target: "< 100 MB",
    met: largest < 100_000_000,
  });
  return out;
}

const started = performance.now();
try {
  console.log(
    `${"benchmark".padEnd(22)} ${"figure".padEnd(34)} ${"value".padStart(16)} ${"ratio".padStart(10)} target`,
  );
  const small = await generate("small", smallScale, firstToday);
  const large = await generate("large", largeScale, firstToday);
  const next = await generate("next-quarter", largeScale, nextToday);
  const isSignal = (name: string) => name.includes("_signalen_");
  const signalSmall = subset(small, join(work, "signal-small"), isSignal);
  const signalLarge = subset(large, join(work, "signal-large"), isSignal);
  const extraQuarter = subset(
    next,
    join(work, "extra"),
    (n) => isSignal(n) && n.includes("2026-Q3"),
  );

  const ingestSmall = await ingestCase(work, "signal small", signalSmall, { keep: true });
  const mixedSmall = await ingestCase(work, "mixed small", small, { keep: false });
  const ingestLarge = await ingestCase(work, "signal large", signalLarge, {
    keep: true,
    emmettMeasuredIn: "mixed large",
  });
  const mixedLarge = await ingestCase(work, "mixed large", large, { keep: false });
  growth(
    "ingest signal",
    { n: ingestSmall.events, s: ingestSmall.seconds },
    { n: ingestLarge.events, s: ingestLarge.seconds },
  );
  growth(
    "ingest mixed",
    { n: mixedSmall.events, s: mixedSmall.seconds },
    { n: mixedLarge.events, s: mixedLarge.seconds },
  );

  const smallUrl = "postgres://postgres@127.0.0.1:5432/bench_signal_small".replace(
    "postgres://postgres@127.0.0.1:5432",
    process.env.BENCH_SERVER_URL ?? "postgres://postgres@127.0.0.1:5432",
  );
  const largeUrl = smallUrl.replace("signal_small", "signal_large");
  const buildSmall = await buildCase(
    "signal small",
    smallUrl,
    mkdtempSync(join(work, "home-")),
    ingestSmall.events,
  );
  const largeHome = mkdtempSync(join(work, "home-"));
  const buildLarge = await buildCase("signal large", largeUrl, largeHome, ingestLarge.events);
  growth(
    "full build",
    { n: ingestSmall.events, s: buildSmall },
    { n: ingestLarge.events, s: buildLarge },
  );

  await incrementalCase(largeUrl, largeHome, extraQuarter, buildLarge);
  await dropDatabase("bench_signal_small");
  await dropDatabase("bench_signal_large");

  // Embedded: the same small signal ingest and build on PGlite, beside the server figures.
  const pgliteHome = mkdtempSync(join(work, "pglite-"));
  const pgliteIngest = await runCommand([cliPath, "ingest", signalSmall], {
    DATABASE_URL: undefined,
    NORMMONITOR_HOME: pgliteHome,
  });
  results.pglite_ingest = { ...pgliteIngest, events: ingestSmall.events };
  record({
    benchmark: "PGlite signal small",
    figure: `ingest, exit ${pgliteIngest.exitCode}, ${pgliteIngest.peakRssMb.toFixed(0)} MB`,
    value: perSecond(ingestSmall.events, pgliteIngest.seconds),
    ratio: `${(ingestSmall.seconds / pgliteIngest.seconds).toFixed(2)} srv`,
  });
  const pgliteBuild = await runCommand([cliPath, "build", "--full"], {
    DATABASE_URL: undefined,
    NORMMONITOR_HOME: pgliteHome,
  });
  results.pglite_build = pgliteBuild;
  if (buildSmall === undefined) throw new Error("the server build of the small set failed");
  record({
    benchmark: "PGlite signal small",
    figure: `full build, exit ${pgliteBuild.exitCode}`,
    value: `${pgliteBuild.seconds.toFixed(1)} s`,
    ratio: `${(pgliteBuild.seconds / buildSmall).toFixed(2)} srv`,
  });
} finally {
  rmSync(work, { recursive: true, force: true });
  const total = (performance.now() - started) / 1000;
  results.totalSeconds = total;
  mkdirSync("test-output/bench", { recursive: true });
  writeFileSync(
    "test-output/bench/results.json",
    `${JSON.stringify({ rows, results }, null, 2)}\n`,
  );
  console.log(`total ${total.toFixed(0)} s; results in test-output/bench/results.json`);
}
