import type { Parameters } from "fast-check";

/**
 * The fixed seed and run count of a property in `npm test`; FC_SEED and FC_NUM_RUNS override
 * both for a soak (`FC_NUM_RUNS=100000 FC_SEED=$RANDOM npx vitest run tests/ingest/hostile`).
 */
export function propertySettings<T>(defaultRuns: number): Parameters<T> {
  const seed = Number(process.env.FC_SEED ?? 20261128);
  const numRuns = Number(process.env.FC_NUM_RUNS ?? defaultRuns);
  return { seed, numRuns, endOnFailure: numRuns > defaultRuns };
}

/** The time a property test may take: vitest's default in `npm test`, unbounded in a soak. */
export const propertyTimeout = process.env.FC_NUM_RUNS ? 24 * 3_600_000 : 30_000;
