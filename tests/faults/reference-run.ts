import { join } from "node:path";
import { checkOutputs } from "./check-outputs.ts";
import { checkStore } from "./check-store.ts";
import type { FaultTarget } from "./fault-target.ts";
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
  buildMs: number;
}

/** Ingests `deliveries` and builds on `target` without interruption. Throws when either fails. */
export async function referenceRun(target: FaultTarget, deliveries: string): Promise<Reference> {
  const ingest = await tracedRun(["ingest", deliveries], target.env);
  if (ingest.result.code !== 0) throw new Error(`reference ingest failed: ${ingest.result.stderr}`);
  const reads = ingest.phases.filter(({ phase }) => phase.startsWith("lezen "));
  const startup = reads[0]?.ms ?? ingest.ms;
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
    buildMs: build.ms,
  };
}
