import { join } from "node:path";
import type { Store } from "../../warehouse/store.ts";
import { writeOutputs } from "../outputs/write-outputs.ts";
import { runModels } from "../run-models.ts";
import { type AsOf, asOfNow } from "./as-of.ts";
import { buildWarehouse } from "./build-warehouse.ts";
import { inOneTransaction } from "./in-one-transaction.ts";
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
  let models = 0;
  const synced = await buildWarehouse({
    store: options.store,
    home: options.home,
    full: options.full,
    afterSync: async (connection) => {
      const compute = async () => {
        models = await inOneTransaction(
          connection,
          async () =>
            (await runModels(connection, { asOf: asOf.instant, asOfDate: asOf.date })).length,
        );
        await writeOutputs(connection, output, { asOf: asOf.instant, builtAt });
      };
      await (options.asOf ? inScratchDatabase(connection, compute) : compute());
    },
  });
  return { ...synced, models, output, asOf };
}
