import type { Store } from "../warehouse/open-store.ts";
import { type IngestOptions, ingestFile } from "./ingest-file.ts";
import type { FileReceipt } from "./receipt.ts";

export interface IngestFilesOptions extends Omit<IngestOptions, "onProgress"> {
  /** Progress through one file's records, as (done, total). */
  progressFor?: (path: string) => {
    update: (done: number, total: number) => void;
    stop: () => void;
  };
  /** Called with each file's receipt as soon as it is stored, in file order. */
  onReceipt?: (receipt: FileReceipt) => void;
}

/**
 * Ingests files in order, each in its own transaction, so the order of storing (and so of
 * corrections) is the order of the files. A file of a period kind is stored while it is read
 * (see ingestFile): the database works while the rows after are checked.
 */
export async function ingestFiles(
  store: Store | undefined,
  paths: readonly string[],
  options: IngestFilesOptions,
): Promise<FileReceipt[]> {
  const receipts: FileReceipt[] = [];
  for (const path of paths) {
    const progress = options.progressFor?.(path);
    const receipt = await ingestFile(store, path, {
      today: options.today,
      overrides: options.overrides ?? {},
      dryRun: options.dryRun ?? false,
      ...(progress ? { onProgress: progress.update } : {}),
    });
    progress?.stop();
    receipts.push(receipt);
    options.onReceipt?.(receipt);
  }
  return receipts;
}
