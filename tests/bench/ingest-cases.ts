// The ingest benchmarks: the CLI's ingest of a folder against a plain COPY of the same event rows
// and against Emmett.
import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { countEvents } from "../../warehouse/count-events.ts";
import { openStore } from "../../warehouse/open-store.ts";
import { cliPath } from "../cli/run-cli.ts";
import { createDatabase, dropDatabase } from "./bench-database.ts";
import { perSecond, record, results, runSeconds } from "./bench-table.ts";
import { copyPreparedRows, exportPreparedRows, migrateEmpty } from "./copy-baseline.ts";
import { appendWithEmmett } from "./emmett-baseline.ts";
import { fasterRun, runCommand } from "./run-command.ts";

/** The events a benchmark database holds, through the product's own store. */
async function countStoredEvents(databaseUrl: string): Promise<number> {
  const store = await openStore({ databaseUrl });
  try {
    return await countEvents(store.db);
  } finally {
    await store.close();
  }
}

export interface IngestResult {
  events: number;
  seconds: number;
  peakRssMb: number;
}

export interface IngestCaseOptions {
  /** Keep the database for the build benchmarks that follow; otherwise it is dropped. */
  keep: boolean;
  /**
   * Where else in the run Emmett's rate is measured, when not here: at a million events it takes
   * minutes, so one of the two large sets has it.
   */
  emmettMeasuredIn?: string;
}

/** The CLI's ingest of `dir` into a new database `db`; resolves to its cost and the database's url. */
async function ingestInto(work: string, db: string, dir: string) {
  await dropDatabase(db);
  const url = await createDatabase(db);
  const home = mkdtempSync(join(work, "home-"));
  const cost = await runCommand([cliPath, "ingest", dir], {
    DATABASE_URL: url,
    NORMMONITOR_HOME: home,
  });
  return { url, cost };
}

/** The plain COPY of the prepared rows into a new, migrated database; resolves to its seconds. */
async function copyInto(db: string, prepared: string): Promise<number> {
  const url = await createDatabase(db);
  try {
    await migrateEmpty(url);
    return await copyPreparedRows(url, prepared);
  } finally {
    await dropDatabase(db);
  }
}

/**
 * Ingests `dir` with the CLI as a child process and compares it with COPY and Emmett. The ingest
 * and the COPY each run twice, on a new database each time, and the faster run counts: one run
 * of either can lose a tenth to the machine's other work.
 */
export async function ingestCase(
  work: string,
  name: string,
  dir: string,
  options: IngestCaseOptions,
): Promise<IngestResult> {
  const db = `bench_${name.replaceAll(/\W/g, "_")}`;
  const first = (await ingestInto(work, db, dir)).cost;
  const { url, cost: second } = await ingestInto(work, db, dir);
  const cost = fasterRun(first, second);
  const runs = [first.seconds, second.seconds];
  const events = await countStoredEvents(url);
  const prepared = join(work, `${db}.csv`);
  await exportPreparedRows(url, prepared);
  const copyRuns = [await copyInto(`${db}_copy`, prepared), await copyInto(`${db}_copy`, prepared)];
  const copySeconds = Math.min(...copyRuns);
  let emmett: { seconds: number; events: number } | string;
  if (options.emmettMeasuredIn) {
    emmett = `see ${options.emmettMeasuredIn}`;
  } else {
    try {
      const emmettDb = await createDatabase(`${db}_emmett`);
      emmett = await appendWithEmmett(emmettDb, prepared);
    } catch (error) {
      emmett = `not measured: ${(error as Error).message}`;
    } finally {
      await dropDatabase(`${db}_emmett`);
    }
  }
  rmSync(prepared, { force: true });
  if (!options.keep) await dropDatabase(db);
  const rate = events / cost.seconds;
  const copyRate = events / copySeconds;
  // Memory is not a matter of luck: the larger peak of the two runs counts.
  const peakRssMb = Math.max(first.peakRssMb, second.peakRssMb);
  results[`ingest_${name}`] = {
    events,
    seconds: cost.seconds,
    runs,
    peakRssMb,
    exitCode: cost.exitCode,
    copySeconds,
    copyRuns,
    emmett,
  };
  record({
    benchmark: `ingest ${name}`,
    figure: `${events} events, exit ${cost.exitCode} (${runSeconds(runs)})`,
    value: perSecond(events, cost.seconds),
  });
  record({
    benchmark: `ingest ${name}`,
    figure: `vs plain COPY (${runSeconds(copyRuns)})`,
    value: perSecond(events, copySeconds),
    ratio: (rate / copyRate).toFixed(2),
    target: "≥ 0.70",
    met: rate / copyRate >= 0.7,
  });
  if (typeof emmett === "string") {
    record({ benchmark: `ingest ${name}`, figure: "vs Emmett, batches of 500", value: emmett });
  } else {
    const emmettRate = emmett.events / emmett.seconds;
    record({
      benchmark: `ingest ${name}`,
      figure: "vs Emmett, batches of 500",
      value: perSecond(emmett.events, emmett.seconds),
      ratio: (rate / emmettRate).toFixed(2),
      target: "≥ 2.00",
      met: rate / emmettRate >= 2,
    });
  }
  record({
    benchmark: `ingest ${name}`,
    figure: "peak RSS of the ingest process",
    value: `${peakRssMb.toFixed(0)} MB`,
    target: "< 1024 MB",
    met: peakRssMb < 1024,
  });
  return { events, seconds: cost.seconds, peakRssMb };
}
