import lockfile from "proper-lockfile";
import { InUseError } from "./in-use-error.ts";

/** Holds `<directory>.lock` while the process lives; a killed holder goes stale after 5 s. */
export async function lockDataDirectory(
  directory: string,
  onLost: (error: Error) => void,
): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(directory, {
      stale: 5_000,
      update: 1_000,
      realpath: false,
      // About 3.5 s in all: long enough to outlast a holder that was just killed.
      retries: { retries: 6, factor: 2, minTimeout: 100, maxTimeout: 1_000 },
      // Called when another process took the lock over; the default would throw from a timer.
      onCompromised: onLost,
    });
  } catch (error) {
    if ((error as { code?: unknown }).code === "ELOCKED") throw new InUseError(directory);
    throw error;
  }
}
