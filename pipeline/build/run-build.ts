import { join } from "node:path";
import type { Store } from "../../warehouse/store.ts";
import { writeOutputs } from "../outputs/write-outputs.ts";
import { type ModelTiming, runModels } from "../run-models.ts";
import { type AsOf, asOfNow } from "./as-of.ts";
import { buildWarehouse } from "./build-warehouse.ts";
import { inOneTransaction } from "./in-one-transaction.ts";
import { type PhaseTime, startPhaseClock } from "./phase-clock.ts";
import { inScratchDatabase } from "./time-travel.ts";

export interface BuildResult {
  events: number;
  deliveries: number;
  /** Committed events this build could not take yet (see SyncReceipt). */
  pendingEvents: number;
  models: number;
  seconds: number;
  output: string;
  asOf: AsOf;
  /** Where the time went: opening, sync, models, outputs, writing out (see PhaseClock). */
  phases: readonly PhaseTime[];
  /** The models that took longest, slowest first (at most five). */
  slowestModels: readonly ModelTiming[];
  /** The models that recomputed only the cells with new events (see incremental-models.ts). */
  incrementalModels: readonly string[];
}

/** Where an as-of build writes: its own folder, named after the moment, beside the current output. */
export function outputFolder(home: string, asOf: AsOf | undefined): string {
  return asOf
    ? join(home, "output", `as-of-${asOf.instant.replaceAll(":", "")}`)
    : join(home, "output", "huidig");
}

/**
 * The whole build: sync the warehouse with the store, run the models and write the outputs. With
 * an as-of moment the models run on what was known then, in a scratch database, and the outputs
 * go to a folder of their own; the warehouse's current tables stay as they were.
 */
export async function runBuild(options: {
  store: Store;
  home: string;
  full?: boolean;
  asOf?: AsOf;
}): Promise<BuildResult> {
  const builtAt = new Date().toISOString();
  const asOf = options.asOf ?? asOfNow(new Date(builtAt));
  const output = outputFolder(options.home, options.asOf);
  const clock = startPhaseClock();
  let timings: ModelTiming[] = [];
  const synced = await buildWarehouse({
    store: options.store,
    home: options.home,
    full: options.full,
    clock,
    afterSync: async (connection) => {
      const compute = async () => {
        timings = await inOneTransaction(connection, () =>
          runModels(
            connection,
            { asOf: asOf.instant, asOfDate: asOf.date },
            // An as-of build computes everything in its scratch database.
            { incremental: !options.asOf },
          ),
        );
        clock.lap("modellen");
        await writeOutputs(connection, output, { asOf: asOf.instant, builtAt });
        clock.lap("uitvoer");
      };
      await (options.asOf ? inScratchDatabase(connection, compute) : compute());
    },
  });
  const slowestModels = [...timings].sort((a, b) => b.seconds - a.seconds).slice(0, 5);
  return {
    ...synced,
    models: timings.length,
    output,
    asOf,
    phases: clock.laps,
    slowestModels,
    incrementalModels: timings.filter((timing) => timing.incremental).map((timing) => timing.name),
  };
}
