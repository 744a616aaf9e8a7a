import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRandom } from "../../ingest/samples/random-source.ts";
import { runCli } from "../cli/run-cli.ts";
import { checkOutputs, compareRows } from "../faults/check-outputs.ts";
import { checkStore } from "../faults/check-store.ts";
import { checkWarehouse } from "../faults/check-warehouse.ts";
import { copySample, sampleStreams } from "../faults/fault-sample.ts";
import { serverTarget } from "../faults/fault-target.ts";
import { settleStore } from "../faults/settle-store.ts";

/** What one round of builds during ingests tried and found. */
export interface IngestDuringBuildsTally {
  ingests: number;
  /** Delivery files ingested. */
  files: number;
  builds: number;
  /** Builds that started while an ingest was still running. */
  overlapping: number;
  events: number;
  problems: string[];
}

export interface IngestDuringBuildsOptions {
  baseUrl: string;
  sampleSet: string;
  seed: number;
  /** Streams to ingest, one CLI run each, in two chains side by side. */
  streams: number;
}

/**
 * Ingests streams in two concurrent chains into a new database while `build` runs again and
 * again on one home. After every build the warehouse must hold whole deliveries only, each with
 * exactly its events in the store, and a checkpoint that matches; when everything has settled,
 * one more build must give the outputs of a full build on a fresh home.
 */
export async function ingestDuringBuildsRound(
  options: IngestDuringBuildsOptions,
): Promise<IngestDuringBuildsTally> {
  const random = createRandom(options.seed, "ingest-during-builds");
  const all = await sampleStreams(options.sampleSet);
  const work = await mkdtemp(join(tmpdir(), "normmonitor-during-builds-"));
  const target = await serverTarget("bouwen tijdens inlezen", options.baseUrl);
  const fresh = await mkdtemp(join(tmpdir(), "normmonitor-fresh-home-"));
  const problems: string[] = [];
  const tally = { ingests: 0, files: 0, builds: 0, overlapping: 0, events: 0, problems };
  try {
    const chains: string[][] = [[], []];
    const taken = new Set<string>();
    while (taken.size < Math.min(options.streams, all.length)) {
      const stream = random.pick(all);
      if (taken.has(stream)) continue;
      taken.add(stream);
      const folder = join(work, stream.replace(/_$/, ""));
      tally.files += await copySample(options.sampleSet, folder, [stream]);
      chains[taken.size % 2]?.push(folder);
    }
    let running = true;
    const ingesting = Promise.all(
      chains.map(async (folders) => {
        for (const folder of folders) {
          const result = await runCli(["ingest", folder], target.env);
          tally.ingests++;
          if (result.code !== 0) problems.push(`ingest ${folder} ended ${result.code}`);
        }
      }),
    ).finally(() => {
      running = false;
    });
    const buildAndCheck = async () => {
      const overlapping = running;
      const result = await runCli(["build"], target.env);
      tally.builds++;
      if (overlapping) tally.overlapping++;
      if (result.code !== 0) problems.push(`build ended ${result.code}: ${result.stderr.trim()}`);
      const store = await checkStore(target.store);
      const warehouse = await checkWarehouse(target.home, store.eventsPerDelivery);
      problems.push(...warehouse.problems.map((problem) => `build ${tally.builds}: ${problem}`));
    };
    while (running) await buildAndCheck();
    await ingesting;
    // Everything has settled only once transactions elsewhere on the server have ended too.
    await settleStore(target.store);
    await buildAndCheck();

    const store = await checkStore(target.store);
    tally.events = store.events;
    problems.push(...store.problems);
    const full = await runCli(["build", "--full"], { ...target.env, NORMMONITOR_HOME: fresh });
    if (full.code !== 0) problems.push(`full build ended ${full.code}`);
    const last = await checkOutputs(join(target.home, "output", "huidig"));
    const expected = await checkOutputs(join(fresh, "output", "huidig"));
    problems.push(...last.problems, ...expected.problems, ...compareRows(last.rows, expected.rows));
    const warehouse = await checkWarehouse(target.home, store.eventsPerDelivery);
    if (warehouse.rawDeliveries !== store.deliveries || warehouse.rawEvents !== store.events)
      problems.push(
        `the last build holds ${warehouse.rawDeliveries} deliveries and ${warehouse.rawEvents} events, the store ${store.deliveries} and ${store.events}`,
      );
    tally.problems = problems.map(
      (problem) => `builds during ingests (seed ${options.seed}): ${problem}`,
    );
    return tally;
  } finally {
    await target.dispose();
    await rm(fresh, { recursive: true, force: true });
    await rm(work, { recursive: true, force: true });
  }
}
