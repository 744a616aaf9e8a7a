import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * The hidden siblings a folder is swapped through: `next` is written, `retired` holds the
 * previous folder for an instant. Hidden, so no reader of `output/` takes them for a build.
 */
export function swapPaths(folder: string): { next: string; retired: string } {
  const hidden = join(dirname(folder), `.${basename(folder)}`);
  return { next: `${hidden}.new`, retired: `${hidden}.old` };
}

/**
 * Clears what an interrupted swap of `folder` left: a process killed between the two renames of
 * swapIn leaves no folder but the previous one retired, which is put back; a half-written
 * `next` and a retired folder already replaced are removed.
 */
export async function clearInterruptedSwap(folder: string): Promise<void> {
  const { next, retired } = swapPaths(folder);
  if (!existsSync(folder) && existsSync(retired)) await rename(retired, folder);
  await rm(retired, { recursive: true, force: true });
  await rm(next, { recursive: true, force: true });
}

/**
 * Replaces `folder` by the complete `next` with two renames, each atomic: a reader finds the old
 * set or the new one, never a folder being emptied or filled (deleting the old folder before the
 * rename, as before, showed a reader half a folder, and a kill then left no outputs at all).
 */
export async function swapIn(folder: string): Promise<void> {
  const { next, retired } = swapPaths(folder);
  if (existsSync(folder)) await rename(folder, retired);
  await rename(next, folder);
  await rm(retired, { recursive: true, force: true });
}
