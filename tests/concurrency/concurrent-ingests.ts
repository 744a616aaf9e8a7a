import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRandom } from "../../ingest/samples/random-source.ts";
import { runCli } from "../cli/run-cli.ts";
import { checkStore } from "../faults/check-store.ts";
import { copySample, sampleStreams } from "../faults/fault-sample.ts";
import { serverTarget } from "../faults/fault-target.ts";
import { readKnowledge, type StoreKnowledge } from "./stream-states.ts";

/** What one round of simultaneous ingests tried and found. */
export interface ConcurrentIngestTally {
  ingests: number;
  /** Delivery files in the round (those of the folder that holds every chosen stream). */
  files: number;
  deliveries: number;
  events: number;
  problems: string[];
}

export interface ConcurrentIngestOptions {
  baseUrl: string;
  /** A generated sample set (generateSampleSet). */
  sampleSet: string;
  seed: number;
  /** CLI ingests started at once. */
  runs: number;
  /** Streams (`<ORG>_<soort>_`, each with all its periods and re-deliveries) in the round. */
  streams: number;
}

/**
 * Starts `runs` ingests at once on one new database, over folders that share streams (the first
 * holds them all, the others a seeded choice), and compares the result with one sequential
 * ingest of all of them into another database: the same deliveries with the same counts, each
 * accepted by exactly one run, and the same current state of every record in every stream.
 * A stream is always whole in a folder, so every run meets its deliveries in the same order.
 */
export async function concurrentIngestRound(
  options: ConcurrentIngestOptions,
): Promise<ConcurrentIngestTally> {
  const random = createRandom(options.seed, "concurrent-ingests");
  const all = await sampleStreams(options.sampleSet);
  const chosen: string[] = [];
  while (chosen.length < Math.min(options.streams, all.length)) {
    const stream = random.pick(all);
    if (!chosen.includes(stream)) chosen.push(stream);
  }
  const work = await mkdtemp(join(tmpdir(), "normmonitor-concurrent-"));
  const reference = await serverTarget("sequentieel", options.baseUrl);
  const target = await serverTarget("gelijktijdig", options.baseUrl);
  try {
    const folders: string[] = [];
    let files = 0;
    for (let run = 0; run < options.runs; run++) {
      const picked = run === 0 ? chosen : chosen.filter(() => random.chance(0.5));
      const folder = join(work, `map-${run}`);
      const copied = await copySample(
        options.sampleSet,
        folder,
        picked.length > 0 ? picked : [random.pick(chosen)],
      );
      if (run === 0) files = copied;
      folders.push(folder);
    }
    const problems: string[] = [];
    const sequential = await runCli(["ingest", folders[0] as string], reference.env);
    if (sequential.code !== 0) problems.push(`sequential ingest ended ${sequential.code}`);

    const results = await Promise.all(
      folders.map((folder) => runCli(["ingest", "--json", folder], target.env)),
    );
    let accepted = 0;
    for (const [run, result] of results.entries()) {
      if (result.code !== 0) {
        problems.push(`ingest ${run} ended ${result.code}: ${result.stderr.trim()}`);
        continue;
      }
      const receipts = JSON.parse(result.stdout) as { files: { status: string }[] };
      accepted += receipts.files.filter((file) => file.status === "accepted").length;
    }

    const store = await checkStore(target.store);
    problems.push(...store.problems);
    const expected = await readKnowledge(reference.store);
    const actual = await readKnowledge(target.store);
    problems.push(...compareKnowledge(actual, expected));
    if (accepted !== expected.deliveries.length)
      problems.push(
        `${accepted} deliveries accepted by the runs, ${expected.deliveries.length} recorded`,
      );
    return {
      ingests: options.runs,
      files,
      deliveries: actual.deliveries.length,
      events: actual.events,
      problems: problems.map((problem) => `concurrent ingests (seed ${options.seed}): ${problem}`),
    };
  } finally {
    await target.dispose();
    await reference.dispose();
    await rm(work, { recursive: true, force: true });
  }
}

/** Where two stores' knowledge differs: deliveries, event count, or a stream's current state. */
export function compareKnowledge(actual: StoreKnowledge, expected: StoreKnowledge): string[] {
  const problems: string[] = [];
  if (actual.deliveries.join("\n") !== expected.deliveries.join("\n"))
    problems.push(`deliveries [${actual.deliveries}] where sequentially [${expected.deliveries}]`);
  if (actual.events !== expected.events)
    problems.push(`${actual.events} events where sequentially ${expected.events}`);
  for (const key of new Set([...actual.streams.keys(), ...expected.streams.keys()])) {
    const left = actual.streams.get(key)?.join("\n");
    const right = expected.streams.get(key)?.join("\n");
    if (left !== right) problems.push(`stream ${key} ends in another state than sequentially`);
  }
  return problems;
}
