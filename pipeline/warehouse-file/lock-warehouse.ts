import { mkdir, rm } from "node:fs/promises";
import lockfile from "proper-lockfile";
import { CliError } from "../cli/cli-error.ts";
import { warehousePaths } from "./warehouse-paths.ts";

/**
 * Makes this process the only writer of the warehouse of `home` until the returned function is
 * called, and removes what an interrupted rebuild left behind. Throws CliError when another
 * process holds it.
 */
export async function lockWarehouse(home: string): Promise<() => Promise<void>> {
  const paths = warehousePaths(home);
  await mkdir(home, { recursive: true });
  let unlock: () => Promise<void>;
  try {
    unlock = await lockfile.lock(paths.lock, {
      stale: 5_000,
      update: 1_000,
      realpath: false,
      // Long enough to outlast a holder that was just killed.
      retries: { retries: 6, factor: 2, minTimeout: 100, maxTimeout: 1_000 },
      onCompromised: (error) => process.emitWarning(error),
    });
  } catch (error) {
    if ((error as { code?: unknown }).code !== "ELOCKED") throw error;
    throw new CliError(
      `Het datawarehouse in ${home} wordt bijgewerkt door een ander proces (warehouse in use). ` +
        "Wacht tot die build klaar is.",
      1,
    );
  }
  // Only a rebuild writes the new file, under this lock: whatever is there now is a leftover.
  await rm(paths.next, { force: true });
  await rm(`${paths.next}.wal`, { force: true });
  return unlock;
}
