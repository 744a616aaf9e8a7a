import { existsSync } from "node:fs";
import { join } from "node:path";
import { createRandom } from "../../ingest/samples/random-source.ts";
import { warehousePaths } from "../../pipeline/warehouse-file/warehouse-paths.ts";
import { checkOutputs, compareRows, type OutputCheck } from "./check-outputs.ts";
import { checkStore } from "./check-store.ts";
import { checkWarehouse, type WarehouseCheck } from "./check-warehouse.ts";
import type { FaultTarget } from "./fault-target.ts";
import type { Reference } from "./reference-run.ts";
import { settleStore } from "./settle-store.ts";
import { type KillMoment, type TracedRun, tracedRun } from "./traced-run.ts";

const isRead = (phase: string) => phase.startsWith("lezen ");

/** One SIGKILL: of which command, how long after its start, and in which phase it landed. */
export interface Kill {
  command: "ingest" | "build" | "build --full";
  delayMs: number;
  phase: string;
}

/** What a kill loop tried and found. */
export interface FaultTally {
  kills: Kill[];
  /** Runs that had to end by themselves: the final reruns, and runs that beat their kill. */
  reruns: number;
  /** Events seen in the store checks, summed over the checks. */
  eventsChecked: number;
  problems: string[];
}

export interface KillLoopOptions {
  target: FaultTarget;
  deliveries: string;
  /** An uninterrupted run of the same deliveries on another home. */
  reference: Reference;
  seed: number;
  ingestKills: number;
  buildKills: number;
  /** Also kill a full build paused between writing its new file and the swap. */
  midSwap: boolean;
}

/**
 * Kills ingests and builds of `deliveries` on `target` at random moments (seeded), checking the
 * store, the warehouse and the outputs after every kill; then reruns both to the end and compares
 * the events and outputs with the reference.
 */
export async function killLoop(options: KillLoopOptions): Promise<FaultTally> {
  const { target, reference } = options;
  const random = createRandom(options.seed, "kill-loop", target.label);
  const tally: FaultTally = { kills: [], reruns: 0, eventsChecked: 0, problems: [] };
  const output = join(target.home, "output", "huidig");
  let committed = 0;
  let perDelivery: Map<string, number> | undefined;
  let warehouse = await checkWarehouse(target.home);
  let outputs = await checkOutputs(output);
  const note = (where: string, problems: readonly string[]) =>
    tally.problems.push(...problems.map((problem) => `${where}: ${problem}`));

  // Start-up times follow the machine's load: the latest run's are the best guess.
  let ingestStartup = reference.ingestStartupMs;
  let buildStartup = reference.buildPhaseMs.get("opstarten") ?? 0;
  const firstAt = (run: TracedRun, test: (phase: string) => boolean) =>
    run.phases.find(({ phase }) => test(phase))?.ms;

  const ingestOnce = async () => {
    // A third of the kills in the start-up; the others while a file not yet stored (or, when
    // all are, any file) is read, checked, appended or just committed: up to twice a file's
    // share of the reference run after the tracer saw it being read.
    const first = committed < reference.files ? committed + 1 : 1;
    const moment: KillMoment = random.chance(1 / 3)
      ? { afterMs: random.int(0, Math.round(ingestStartup)) }
      : {
          phase: isRead,
          occurrence: random.int(first, reference.files),
          afterMs: random.int(0, Math.round(2 * reference.ingestPerFileMs)),
        };
    const run = await tracedRun(["ingest", options.deliveries], target.env, moment);
    ingestStartup = firstAt(run, isRead) ?? ingestStartup;
    const where = `${target.label} ingest killed after ${Math.round(run.ms)} ms (${run.lastPhase})`;
    if (!run.killed) tally.reruns++;
    if (!run.killed && run.result.code !== 0) note(where, [`ended ${run.result.code}`]);
    const store = await checkStore(target.store);
    tally.eventsChecked += store.events;
    note(where, store.problems);
    if (store.deliveries < committed)
      note(where, [`${committed - store.deliveries} deliveries lost`]);
    committed = store.deliveries;
    perDelivery = store.eventsPerDelivery;
    if (run.killed)
      tally.kills.push({ command: "ingest", delayMs: Math.round(run.ms), phase: run.lastPhase });
    return run.killed;
  };

  const buildOnce = async () => {
    const command = random.chance(0.5) ? "build --full" : "build";
    // Each phase as likely as the others, the kill somewhere within it (its length in the
    // reference build); the swap itself is hit on purpose by killMidSwap.
    const phase = random.pick(["opstarten", "sync", "modellen", "uitvoer"]);
    const within = (name: string) => Math.round(reference.buildPhaseMs.get(name) ?? 0);
    const moment: KillMoment =
      phase === "opstarten"
        ? { afterMs: random.int(0, Math.round(buildStartup)) }
        : { phase: (name) => name === phase, afterMs: random.int(0, within(phase)) };
    const run = await tracedRun(command.split(" "), target.env, moment);
    buildStartup = firstAt(run, (name) => name === "sync") ?? buildStartup;
    const where = `${target.label} ${command} killed after ${Math.round(run.ms)} ms (${run.lastPhase})`;
    if (!run.killed) tally.reruns++;
    if (!run.killed && run.result.code !== 0)
      note(where, [`ended ${run.result.code}: ${run.result.stderr.trim()}`]);
    const after = await checkWarehouse(target.home, perDelivery);
    const afterOutputs = await checkOutputs(output);
    note(where, [...after.problems, ...afterOutputs.problems]);
    note(where, stillUsable(warehouse, after, outputs, afterOutputs));
    warehouse = after;
    outputs = afterOutputs;
    if (run.killed)
      tally.kills.push({ command, delayMs: Math.round(run.ms), phase: run.lastPhase });
    return run.killed;
  };

  // A run may end before its kill: then try again, up to three times the kills asked for.
  let ingests = 0;
  let builds = 0;
  for (let attempt = 0; attempt < 3 * (options.ingestKills + options.buildKills); attempt++) {
    if (ingests < options.ingestKills && (await ingestOnce())) ingests++;
    if (builds < options.buildKills && (await buildOnce())) builds++;
    if (ingests >= options.ingestKills && builds >= options.buildKills) break;
  }
  if (ingests < options.ingestKills || builds < options.buildKills)
    note(target.label, [`only ${ingests} ingests and ${builds} builds could be killed`]);

  await finish(options, tally);
  if (options.midSwap) await killMidSwap(options, tally);
  return tally;
}

/** After a killed build: the warehouse and outputs of before (or of the new build) still serve. */
function stillUsable(
  before: WarehouseCheck,
  after: WarehouseCheck,
  outputsBefore: OutputCheck,
  outputsAfter: OutputCheck,
): string[] {
  const problems: string[] = [];
  if (before.exists && !after.exists) problems.push("the warehouse file is gone");
  if (before.normIndicatoren !== undefined && after.normIndicatoren !== before.normIndicatoren)
    problems.push(
      `norm_indicatoren went from ${before.normIndicatoren} to ${after.normIndicatoren} rows`,
    );
  if ((after.rawDeliveries ?? 0) < (before.rawDeliveries ?? 0))
    problems.push(
      `raw_deliveries went back from ${before.rawDeliveries} to ${after.rawDeliveries}`,
    );
  if (outputsBefore.builtAt !== undefined && outputsAfter.builtAt === undefined)
    problems.push("the output folder of the previous build is gone");
  return problems;
}

/** Reruns ingest and build to the end and compares them with the uninterrupted reference. */
async function finish(options: KillLoopOptions, tally: FaultTally): Promise<void> {
  const { target, reference } = options;
  const where = `${target.label} rerun`;
  for (const args of [["ingest", options.deliveries], ["build"]]) {
    if (args[0] === "build") await settleStore(target.store);
    const run = await tracedRun(args, target.env);
    tally.reruns++;
    if (run.result.code !== 0)
      tally.problems.push(
        `${where} ${args[0]} ended ${run.result.code}: ${run.result.stderr.trim()}`,
      );
  }
  const store = await checkStore(target.store);
  tally.eventsChecked += store.events;
  const warehouse = await checkWarehouse(target.home, store.eventsPerDelivery);
  const outputs = await checkOutputs(join(target.home, "output", "huidig"));
  const problems = [...store.problems, ...warehouse.problems, ...outputs.problems];
  if (warehouse.rawDeliveries !== store.deliveries || warehouse.rawEvents !== store.events)
    problems.push(
      `the warehouse holds ${warehouse.rawDeliveries} deliveries and ${warehouse.rawEvents} events, the store ${store.deliveries} and ${store.events}`,
    );
  if (store.deliveries !== reference.deliveries)
    problems.push(`${store.deliveries} deliveries, the reference ${reference.deliveries}`);
  if (store.eventIds.join() !== reference.eventIds.join())
    problems.push(
      `${store.events} events differ from the reference's ${reference.eventIds.length}`,
    );
  problems.push(...compareRows(outputs.rows, reference.rows));
  tally.problems.push(...problems.map((problem) => `${where}: ${problem}`));
}

/**
 * Kills a full build paused between writing warehouse.duckdb.new and renaming it: the previous
 * warehouse must answer as before, and the next build must discard the leftover and succeed.
 */
async function killMidSwap(options: KillLoopOptions, tally: FaultTally): Promise<void> {
  const { target } = options;
  const where = `${target.label} build --full killed mid-swap`;
  const before = await checkWarehouse(target.home);
  const run = await tracedRun(
    ["build", "--full"],
    { ...target.env, NORMMONITOR_FAULT_PAUSE_AT: "wissel" },
    { phase: (name) => name === "wissel gepauzeerd", afterMs: 0 },
  );
  const problems: string[] = [];
  if (!run.killed) problems.push(`the build was not paused at the swap (${run.lastPhase})`);
  else tally.kills.push({ command: "build --full", delayMs: Math.round(run.ms), phase: "wissel" });
  if (!existsSync(warehousePaths(target.home).next))
    problems.push("no new warehouse file was waiting to be swapped in");
  const after = await checkWarehouse(target.home);
  problems.push(...after.problems);
  for (const key of ["rawDeliveries", "rawEvents", "normIndicatoren"] as const) {
    if (after[key] !== before[key] || after[key] === undefined)
      problems.push(`${key}: ${after[key]} after, ${before[key]} before`);
  }
  const rerun = await tracedRun(["build"], target.env);
  tally.reruns++;
  if (rerun.result.code !== 0)
    problems.push(`the next build ended ${rerun.result.code}: ${rerun.result.stderr.trim()}`);
  if (existsSync(warehousePaths(target.home).next)) problems.push("the leftover new file stayed");
  const outputs = await checkOutputs(join(target.home, "output", "huidig"));
  problems.push(...outputs.problems, ...compareRows(outputs.rows, options.reference.rows));
  tally.problems.push(...problems.map((problem) => `${where}: ${problem}`));
}
