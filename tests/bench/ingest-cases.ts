// The ingest benchmarks: the CLI's ingest of a folder against a plain COPY of the same event rows
// and against Emmett.
import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { countEvents } from "../../warehouse/count-events.ts";
import { openStore } from "../../warehouse/open-store.ts";
import { cliPath } from "../cli/run-cli.ts";
import { createDatabase, dropDatabase } from "./bench-database.ts";
import { perSecond, record, results } from "./bench-table.ts";
import { copyPreparedRows, exportPreparedRows, migrateEmpty } from "./copy-baseline.ts";
import { appendWithEmmett } from "./emmett-baseline.ts";
import { runCommand } from "./run-command.ts";

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

/** Ingests `dir` with the CLI as a child process and compares it with COPY and Emmett. */
export async function ingestCase(
  work: string,
  name: string,
  dir: string,
  options: IngestCaseOptions,
): Promise<IngestResult> {
  const db = `bench_${name.replaceAll(/\W/g, "_")}`;
  const url = await createDatabase(db);
  const home = mkdtempSync(join(work, "home-"));
  const cost = await runCommand([cliPath, "ingest", dir], {
    DATABASE_URL: url,
    NORMMONITOR_HOME: home,
  });
  const events = await countStoredEvents(url);
  const prepared = join(work, `${db}.csv`);
  await exportPreparedRows(url, prepared);
  const copyDb = await createDatabase(`${db}_copy`);
  await migrateEmpty(copyDb);
  const copySeconds = await copyPreparedRows(copyDb, prepared);
  await dropDatabase(`${db}_copy`);
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
  results[`ingest_${name}`] = {
    events,
    seconds: cost.seconds,
    peakRssMb: cost.peakRssMb,
    exitCode: cost.exitCode,
    copySeconds,
    emmett,
  };
  record({
    benchmark: `ingest ${name}`,
    figure: `${events} events, exit ${cost.exitCode}`,
    value: perSecond(events, cost.seconds),
  });
  record({
    benchmark: `ingest ${name}`,
    figure: "vs plain COPY of the same rows",
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
    value: `${cost.peakRssMb.toFixed(0)} MB`,
    target: "< 1024 MB",
    met: cost.peakRssMb < 1024,
  });
  return { events, seconds: cost.seconds, peakRssMb: cost.peakRssMb };
}
