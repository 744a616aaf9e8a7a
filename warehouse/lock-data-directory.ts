import { readFileSync, rmSync, writeFileSync } from "node:fs";
import lockfile from "proper-lockfile";
import { InUseError } from "./in-use-error.ts";

const lockOptions = (onLost: (error: Error) => void) => ({
  stale: 5_000,
  update: 1_000,
  realpath: false,
  // About 3.5 s in all: long enough for a holder that is closing.
  retries: { retries: 6, factor: 2, minTimeout: 100, maxTimeout: 1_000 },
  // Called when another process took the lock over; the default would throw from a timer.
  onCompromised: onLost,
});

/** Whether the process that wrote the lock is gone (killed): then its lock is stale at once. */
function holderIsGone(lockPath: string): boolean {
  try {
    const pid = Number(readFileSync(`${lockPath}.pid`, "utf-8"));
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/**
 * Holds `<directory>.lock` while the process lives, with this process's id in `<directory>.lock.pid`: a holder that
 * was killed is recognised at once on this machine (and goes stale after 5 s elsewhere).
 */
export async function lockDataDirectory(
  directory: string,
  onLost: (error: Error) => void,
): Promise<() => Promise<void>> {
  const lockPath = `${directory}.lock`;
  for (let attempt = 0; ; attempt++) {
    try {
      const release = await lockfile.lock(directory, lockOptions(onLost));
      // Beside the lock, not in it: writing inside would change the mtime the lock is kept alive by.
      writeFileSync(`${lockPath}.pid`, String(process.pid));
      return release;
    } catch (error) {
      if ((error as { code?: unknown }).code !== "ELOCKED") throw error;
      if (attempt > 0 || !holderIsGone(lockPath)) throw new InUseError(directory);
      // The holder was killed: its lock protects nothing any more.
      rmSync(lockPath, { recursive: true, force: true });
    }
  }
}
