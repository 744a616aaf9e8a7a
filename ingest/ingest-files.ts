import type { Store } from "../warehouse/open-store.ts";
import { type IngestOptions, ingestFile } from "./ingest-file.ts";
import type { FileReceipt } from "./receipt.ts";

/** Progress through one file's records, as (done, total). */
export interface FileProgress {
  update: (done: number, total: number) => void;
  stop: () => void;
}

export interface IngestFilesOptions extends Omit<IngestOptions, "onProgress" | "onRowsSent"> {
  /** Called once per file, after the receipt of the file before it: bars never interleave. */
  progressFor?: (path: string) => FileProgress;
  /** Called with each file's receipt as soon as it is stored, in file order. */
  onReceipt?: (receipt: FileReceipt) => void;
}

/**
 * Ingests files in order, each in its own transaction. A file of a period kind is stored while
 * it is read (see ingestFile), and the next file is read and checked while the database stores
 * the last rows of the one before and commits them: at most those two are in flight. Files of
 * one stream still go one after the other (the second waits for the stream's lock, so it diffs
 * against what the first stored); receipts come in file order.
 */
export async function ingestFiles(
  store: Store | undefined,
  paths: readonly string[],
  options: IngestFilesOptions,
): Promise<FileReceipt[]> {
  const receipts: FileReceipt[] = [];
  // The file before, from its start to its receipt.
  let previous: Promise<void> = Promise.resolve();
  for (const path of paths) {
    const before = previous;
    const progress = heldProgress(before, () => options.progressFor?.(path));
    let rowsSent: () => void = () => {};
    const sent = new Promise<void>((resolve) => {
      rowsSent = resolve;
    });
    const storing = ingestFile(store, path, {
      today: options.today,
      overrides: options.overrides ?? {},
      dryRun: options.dryRun ?? false,
      onProgress: progress.update,
      onRowsSent: rowsSent,
    });
    previous = (async () => {
      const receipt = await storing;
      await before;
      progress.stop();
      receipts.push(receipt);
      options.onReceipt?.(receipt);
    })();
    // Seen below or at the next file; until then it must not count as unhandled.
    previous.catch(() => {});
    try {
      // The next file starts once this one's rows are all sent (or it is done) and the file
      // before it is done.
      await Promise.race([sent, previous]);
      await before;
    } catch (error) {
      // Nothing is left running when a file fails: the store may be closed right after.
      await Promise.allSettled([before, previous]);
      throw error;
    }
  }
  await previous;
  return receipts;
}

/**
 * A file's progress that starts showing once `shownAfter` has resolved (the receipt of the file
 * before); until then only the latest update is kept, and shown then.
 */
function heldProgress(
  shownAfter: Promise<void>,
  create: () => FileProgress | undefined,
): FileProgress {
  let shown: FileProgress | undefined;
  let latest: [number, number] | undefined;
  let stopped = false;
  shownAfter.then(
    () => {
      if (stopped) return;
      shown = create();
      if (latest) shown?.update(...latest);
    },
    () => {},
  );
  return {
    update: (done, total) => {
      if (shown) shown.update(done, total);
      else latest = [done, total];
    },
    stop: () => {
      stopped = true;
      shown?.stop();
    },
  };
}
