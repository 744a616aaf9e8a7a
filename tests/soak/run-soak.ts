// `npm run soak [-- --minutes N | --rounds N] [--seed N]`: repeats the fault loop (SIGKILL of
// ingest and build at seeded random moments, on PGlite and, with DATABASE_URL, on the server)
// and the concurrency rounds on the server, each round with the next seed, until the time or
// the rounds are used up. Prints what each round tried and a final tally; exits 1 on any problem.
import { parseArgs } from "node:util";
import { concurrentIngestRound } from "../concurrency/concurrent-ingests.ts";
import { correctionsInOrderRound } from "../concurrency/corrections-in-order.ts";
import { ingestDuringBuildsRound } from "../concurrency/ingest-during-builds.ts";
import { generateSampleSet } from "../faults/fault-sample.ts";
import { type FaultSetup, prepareFaults } from "../faults/fault-setup.ts";
import { killLoop } from "../faults/kill-loop.ts";
import { emptyTally, formatTally, killsByPhase, type SoakTally } from "./soak-tally.ts";

const { values } = parseArgs({
  options: {
    minutes: { type: "string" },
    rounds: { type: "string" },
    seed: { type: "string", default: "1" },
  },
});
const rounds = values.rounds === undefined ? Number.POSITIVE_INFINITY : Number(values.rounds);
const minutes =
  values.minutes === undefined ? (values.rounds ? Infinity : 10) : Number(values.minutes);
const seed = Number(values.seed);
if (![rounds, minutes, seed].every((value) => value > 0 || value === 0))
  throw new Error("--minutes, --rounds and --seed take numbers");
const baseUrl = process.env.DATABASE_URL?.trim() || undefined;

const started = performance.now();
const elapsedMinutes = () => (performance.now() - started) / 60_000;
const log = (line: string) => process.stdout.write(`${line}\n`);
const tally: SoakTally = emptyTally();

log(
  `soak: seed ${seed}, ${values.rounds ? `${rounds} rounds` : `${minutes} min`}, PGlite${baseUrl ? " and the server" : " only (no DATABASE_URL)"}`,
);
const sample = await generateSampleSet();
const setups: FaultSetup[] = [await prepareFaults("pglite")];
if (baseUrl) setups.push(await prepareFaults("postgres", baseUrl));
try {
  for (let round = 0; round < rounds && elapsedMinutes() < minutes; round++) {
    const roundSeed = seed + round;
    log(`round ${round + 1} (seed ${roundSeed}, from ${elapsedMinutes().toFixed(1)} min)`);
    // Each part says what it tried as soon as it ends, with its problems in full.
    const report = (line: string, problems: readonly string[]) => {
      log(`  ${line}, ${problems.length} problems`);
      for (const problem of problems) log(`    ${problem}`);
    };
    for (const setup of setups) {
      const target = await setup.newTarget(`${setup.engine} ronde ${round + 1}`);
      try {
        const result = await killLoop({
          target,
          deliveries: setup.deliveries,
          reference: setup.reference,
          seed: roundSeed,
          ingestKills: 6,
          buildKills: 4,
          midSwap: true,
        });
        tally.kills.push(...result.kills);
        tally.reruns += result.reruns;
        tally.eventsChecked += result.eventsChecked;
        tally.inputs += setup.reference.files;
        tally.problems.push(...result.problems);
        report(
          `${setup.engine}: ${result.kills.length} kills (${killsByPhase(result.kills).join("; ")}), ${result.reruns} reruns`,
          result.problems,
        );
      } finally {
        await target.dispose();
      }
    }
    if (baseUrl) {
      const concurrent = await concurrentIngestRound({
        baseUrl,
        sampleSet: sample.folder,
        seed: roundSeed,
        runs: 4,
        streams: 6,
      });
      tally.concurrentIngests += concurrent.ingests;
      tally.inputs += concurrent.files;
      tally.eventsChecked += concurrent.events;
      tally.problems.push(...concurrent.problems);
      report(
        `server: ${concurrent.ingests} ingests at once, ${concurrent.deliveries} deliveries, ${concurrent.events} events`,
        concurrent.problems,
      );
      const during = await ingestDuringBuildsRound({
        baseUrl,
        sampleSet: sample.folder,
        seed: roundSeed,
        streams: 8,
      });
      tally.builds += during.builds;
      tally.inputs += during.files;
      tally.eventsChecked += during.events;
      tally.problems.push(...during.problems);
      report(
        `server: ${during.builds} builds (${during.overlapping} beside ${during.ingests} ingests)`,
        during.problems,
      );
      const corrections = await correctionsInOrderRound({
        baseUrl,
        seed: roundSeed,
        records: 3_000,
      });
      tally.concurrentIngests += 2;
      tally.inputs += 2;
      tally.problems.push(...corrections.problems);
      report(
        `server: two queued re-deliveries, ${corrections.corrected} corrections and ${corrections.withdrawn} withdrawals in order`,
        corrections.problems,
      );
    }
    tally.rounds++;
  }
} finally {
  for (const setup of setups) await setup.dispose();
  await sample.dispose();
}
log(formatTally(tally, elapsedMinutes()));
process.exitCode = tally.problems.length > 0 ? 1 : 0;
