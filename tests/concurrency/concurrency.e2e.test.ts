import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSampleSet } from "../faults/fault-sample.ts";
import { testEngines } from "../warehouse/test-stores.ts";
import { concurrentIngestRound } from "./concurrent-ingests.ts";
import { correctionsInOrderRound } from "./corrections-in-order.ts";
import { ingestDuringBuildsRound } from "./ingest-during-builds.ts";

const server = testEngines().find((engine) => engine.engine === "postgres");

describe.skipIf(server?.skip !== undefined)("concurrent CLI runs on the PostgreSQL server", () => {
  let sample: Awaited<ReturnType<typeof generateSampleSet>>;
  let baseUrl: string;
  beforeAll(async () => {
    // In CI a missing server fails here rather than skipping (testEngines() skips only outside CI).
    if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL is required in CI");
    baseUrl = process.env.DATABASE_URL;
    sample = await generateSampleSet();
  }, 60_000);
  afterAll(async () => sample?.dispose());

  it("four ingests at once over folders sharing five streams lose and double nothing: the deliveries, counts and every record's state of a sequential run", async () => {
    const tally = await concurrentIngestRound({
      baseUrl,
      sampleSet: sample.folder,
      seed: 1,
      runs: 4,
      streams: 5,
    });
    expect(tally.problems).toEqual([]);
    expect(tally.deliveries).toBeGreaterThan(5);
  }, 180_000);

  it("every build during two chains of ingests holds whole deliveries only, and the last one equals a full build", async () => {
    const tally = await ingestDuringBuildsRound({
      baseUrl,
      sampleSet: sample.folder,
      seed: 1,
      streams: 4,
    });
    expect(tally.problems).toEqual([]);
    expect(tally.ingests).toBe(4);
    expect(tally.overlapping).toBeGreaterThanOrEqual(1);
  }, 240_000);

  it("two re-deliveries of one period queued on its stream lock resolve in delivery order: the later one's corrections and withdrawals are the current state", async () => {
    // Seed 1 over 3,000 records: about 4 % corrected and 1 % left out, counted from the files.
    const tally = await correctionsInOrderRound({ baseUrl, seed: 1, records: 3_000 });
    expect(tally.problems).toEqual([]);
    expect(tally.corrected).toBeGreaterThan(50);
    expect(tally.withdrawn).toBeGreaterThan(10);
  }, 120_000);
});
