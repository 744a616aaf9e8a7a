import { stat } from "node:fs/promises";
import type { Store } from "../warehouse/open-store.ts";
import { type IngestOptions, storeParsedFile } from "./ingest-file.ts";
import { startParseWorker } from "./parse-ahead/parse-worker.ts";
import { type FileParse, parseFile } from "./parse-file.ts";
import type { FileReceipt } from "./receipt.ts";

export interface IngestFilesOptions extends Omit<IngestOptions, "onProgress"> {
  /** Progress of one file's append, as (done, total). */
  progressFor?: (path: string) => {
    update: (done: number, total: number) => void;
    stop: () => void;
  };
  /** Called with each file's receipt as soon as it is stored, in file order. */
  onReceipt?: (receipt: FileReceipt) => void;
  /**
   * Where files are parsed: on a worker thread, ahead of the one being stored, or inline. By
   * default the worker is used when the files are large enough together to repay its start.
   */
  parseOn?: "worker" | "inline";
}

/** Together at least this large, files are parsed on a worker thread (starting one costs ~0.3 s). */
const workerFromBytes = 4_000_000;
/** Files parsed ahead of the one being stored: enough to keep both threads busy, few enough to stay small. */
const readAhead = 2;

/**
 * Ingests files in order, each in its own transaction. While one file is being stored, the
 * next ones are read and validated on another thread, so parsing overlaps the database's work.
 * The order of storing (and so of corrections) is the order of the files, whatever the timing.
 */
export async function ingestFiles(
  store: Store | undefined,
  paths: readonly string[],
  options: IngestFilesOptions,
): Promise<FileReceipt[]> {
  const parseOn =
    options.parseOn ?? ((await totalBytes(paths)) >= workerFromBytes ? "worker" : "inline");
  const worker = parseOn === "worker" ? startParseWorker() : undefined;
  // Only what parsing needs crosses to the worker (callbacks cannot).
  const parseOptions = { overrides: options.overrides ?? {}, today: options.today };
  const parse = (path: string): Promise<FileParse> =>
    worker ? worker.parse(path, parseOptions) : parseFile(path, parseOptions);
  const parses: (Promise<FileParse> | undefined)[] = [];
  const request = (index: number) => {
    const path = paths[index];
    if (path === undefined || index in parses) return;
    parses[index] = parse(path);
    // Handled when its turn comes; this keeps an early failure from counting as unhandled.
    parses[index]?.catch(() => {});
  };
  const receipts: FileReceipt[] = [];
  try {
    for (let index = 0; index < paths.length; index++) {
      for (let ahead = 0; ahead <= (worker ? readAhead : 0); ahead++) request(index + ahead);
      const path = paths[index] as string;
      const parsed = await (parses[index] as Promise<FileParse>);
      parses[index] = undefined;
      const progress = options.progressFor?.(path);
      const receipt = await storeParsedFile(store, parsed, {
        dryRun: options.dryRun ?? false,
        ...(progress ? { onProgress: progress.update } : {}),
      });
      progress?.stop();
      receipts.push(receipt);
      options.onReceipt?.(receipt);
    }
  } finally {
    await worker?.close();
  }
  return receipts;
}

async function totalBytes(paths: readonly string[]): Promise<number> {
  let total = 0;
  for (const path of paths) total += (await stat(path)).size;
  return total;
}
