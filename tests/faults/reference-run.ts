import { join } from "node:path";
import { checkOutputs } from "./check-outputs.ts";
import { checkStore } from "./check-store.ts";
import type { FaultTarget } from "./fault-target.ts";
import { settleStore } from "./settle-store.ts";
import { tracedRun } from "./traced-run.ts";

/** What an uninterrupted ingest and build of a folder give, and how long their steps took. */
export interface Reference {
  files: number;
  deliveries: number;
  eventIds: string[];
  /** The output JSON rows of the build, by file. */
  rows: Map<string, unknown[]>;
  /** Until the ingest read its first file, then per file after that. */
  ingestStartupMs: number;
  ingestPerFileMs: number;
  /** How long each phase of the build lasted (`opstarten` until the sync began, and so on). */
  buildPhaseMs: Map<string, number>;
}

/** Ingests `deliveries` and builds on `target` without interruption. Throws when either fails. */
export async function referenceRun(target: FaultTarget, deliveries: string): Promise<Reference> {
  const ingest = await tracedRun(["ingest", deliveries], target.env);
  if (ingest.result.code !== 0) throw new Error(`reference ingest failed: ${ingest.result.stderr}`);
  const reads = ingest.phases.filter(({ phase }) => phase.startsWith("lezen "));
  const startup = reads[0]?.ms ?? ingest.ms;
  await settleStore(target.store);
  const build = await tracedRun(["build"], target.env);
  if (build.result.code !== 0) throw new Error(`reference build failed: ${build.result.stderr}`);
  const store = await checkStore(target.store);
  const outputs = await checkOutputs(join(target.home, "output", "huidig"));
  const problems = [...store.problems, ...outputs.problems];
  if (problems.length > 0) throw new Error(`reference run inconsistent: ${problems.join("; ")}`);
  return {
    files: reads.length,
    deliveries: store.deliveries,
    eventIds: store.eventIds,
    rows: outputs.rows,
    ingestStartupMs: startup,
    ingestPerFileMs: (ingest.ms - startup) / Math.max(1, reads.length),
    buildPhaseMs: phaseDurations(build.phases, build.ms),
  };
}

/** Each phase's duration: until the next phase began, the last one until the run ended. */
function phaseDurations(
  phases: { phase: string; ms: number }[],
  endMs: number,
): Map<string, number> {
  const starts = [{ phase: "opstarten", ms: 0 }, ...phases];
  return new Map(
    starts.map(({ phase, ms }, index) => [phase, (starts[index + 1]?.ms ?? endMs) - ms]),
  );
}
