import { mkdir, rm } from "node:fs/promises";
import { InUseError } from "../../warehouse/in-use-error.ts";
import { lockDataDirectory } from "../../warehouse/lock-data-directory.ts";
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
    // The same lock as the embedded database's: a holder that was killed is recognised by its
    // process id once the lock's retries are over. Waiting for the lock to go stale instead (5 s
    // after its last refresh, beyond the 3.5 s of retries) made a build started right after a
    // killed one fail as "in use".
    unlock = await lockDataDirectory(paths.lock, (error) => process.emitWarning(error));
  } catch (error) {
    if (!(error instanceof InUseError)) throw error;
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
