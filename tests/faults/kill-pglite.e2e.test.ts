import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FaultSetup, prepareFaults } from "./fault-setup.ts";
import { killLoop } from "./kill-loop.ts";

// The sizes npm test can afford (each PGlite run starts a WASM database); `npm run soak` repeats
// the same loop with other seeds for as long as asked.
const ingestKills = 5;
const buildKills = 3;

describe("SIGKILL at random moments of ingest and build, on the embedded database", () => {
  let setup: FaultSetup;
  beforeAll(async () => {
    setup = await prepareFaults("pglite");
  }, 180_000);
  afterAll(async () => setup?.dispose());

  it(`leaves store, warehouse and outputs consistent after ${ingestKills} ingest kills, ${buildKills} build kills and one mid-swap, and the reruns end where an uninterrupted run does`, async () => {
    const target = await setup.newTarget("pglite");
    try {
      const tally = await killLoop({
        target,
        deliveries: setup.deliveries,
        reference: setup.reference,
        seed: 20_261_129,
        ingestKills,
        buildKills,
        midSwap: true,
      });

      expect(tally.problems).toEqual([]);
      const killed = (command: string) => tally.kills.filter((kill) => kill.command === command);
      expect(killed("ingest")).toHaveLength(ingestKills);
      expect(killed("build").length + killed("build --full").length).toBe(buildKills + 1);
      expect(tally.kills.at(-1)?.phase).toBe("wissel");
      // Ingest (34 files) and build ran to the end at least once more after the kills.
      expect(tally.reruns).toBeGreaterThanOrEqual(3);
    } finally {
      await target.dispose();
    }
  }, 400_000);
});
