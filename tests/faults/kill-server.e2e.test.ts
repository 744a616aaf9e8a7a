import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngines } from "../warehouse/test-stores.ts";
import { type FaultSetup, prepareFaults } from "./fault-setup.ts";
import { killLoop } from "./kill-loop.ts";

const server = testEngines().find((engine) => engine.engine === "postgres");
const ingestKills = 4;
const buildKills = 3;

describe.skipIf(server?.skip !== undefined)(
  "SIGKILL at random moments of ingest and build, on the PostgreSQL server",
  () => {
    let setup: FaultSetup;
    beforeAll(async () => {
      // In CI a missing server fails here rather than skipping (testEngines() skips only outside CI).
      if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL is required in CI");
      setup = await prepareFaults("postgres", process.env.DATABASE_URL);
    }, 180_000);
    afterAll(async () => setup?.dispose());

    it(`leaves store, warehouse and outputs consistent after ${ingestKills} ingest and ${buildKills} build kills, and the reruns end where an uninterrupted run does`, async () => {
      const target = await setup.newTarget("server");
      try {
        const tally = await killLoop({
          target,
          deliveries: setup.deliveries,
          reference: setup.reference,
          seed: 20_261_130,
          ingestKills,
          buildKills,
          midSwap: false,
        });

        expect(tally.problems).toEqual([]);
        expect(tally.kills.filter((kill) => kill.command === "ingest")).toHaveLength(ingestKills);
        expect(tally.kills.filter((kill) => kill.command !== "ingest")).toHaveLength(buildKills);
      } finally {
        await target.dispose();
      }
    }, 300_000);
  },
);
