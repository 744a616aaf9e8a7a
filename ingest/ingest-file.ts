import type { Store } from "../warehouse/open-store.ts";
import type { Session } from "../warehouse/store.ts";
import type { ParsedDelivery } from "./delivery.ts";
import { deliveryIdOf } from "./delivery-id.ts";
import {
  emptyReceipt,
  type FileParse,
  type ParseOptions,
  parsePrepared,
  prepareFile,
} from "./parse-file.ts";
import type { FileReceipt } from "./receipt.ts";
import { storeDelivery } from "./store-delivery.ts";
import { streamDelivery } from "./stream-delivery.ts";

export interface IngestOptions extends ParseOptions {
  dryRun?: boolean;
  /** Called with (records done, records in all) while a large file is stored. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Called once every row of a streamed file is with the database, before it has stored them
   * and committed: the time to start reading the next file.
   */
  onRowsSent?: () => void;
}

/**
 * Reads, validates and (unless a dry run) stores one delivery file, in one transaction. A file
 * of a period kind is stored while its rows are validated (streamDelivery); any other, or one
 * that cannot be stored that way, is validated whole first.
 */
export async function ingestFile(
  store: Store | undefined,
  path: string,
  options: IngestOptions,
): Promise<FileReceipt> {
  const ready = await prepareFile(path, options);
  if (!ready.ok) return ready.receipt;
  const { prepared } = ready;
  const { periode } = prepared;
  if (store && !options.dryRun && prepared.spec.mode === "period" && periode) {
    return streamDelivery(
      store,
      { ...prepared, periode },
      {
        onProgress: options.onProgress,
        onRowsSent: options.onRowsSent,
        whole: (session) => storeParsedIn(session, parsePrepared(prepared), options.onProgress),
      },
    );
  }
  return storeParsedFile(store, parsePrepared(prepared), options);
}

/** Stores a file already parsed (unless refused, a dry run or without a store), in one transaction. */
export async function storeParsedFile(
  store: Store | undefined,
  parse: FileParse,
  options: Pick<IngestOptions, "dryRun" | "onProgress">,
): Promise<FileReceipt> {
  if (!parse.ok) return parse.receipt;
  if (options.dryRun || !store) return { ...acceptedReceipt(parse.delivery), status: "valid" };
  return store.withTransaction((session) => storeParsedIn(session, parse, options.onProgress));
}

/** Stores a file already parsed (unless refused) in the caller's transaction. */
async function storeParsedIn(
  session: Session,
  parse: FileParse,
  onProgress: IngestOptions["onProgress"],
): Promise<FileReceipt> {
  if (!parse.ok) return parse.receipt;
  const delivery = parse.delivery;
  return storeDelivery(
    session,
    delivery,
    deliveryIdOf(delivery),
    acceptedReceipt(delivery),
    onProgress,
  );
}

/** The receipt of a parsed delivery before it is stored. */
function acceptedReceipt(delivery: ParsedDelivery): Omit<FileReceipt, "status"> {
  return {
    ...emptyReceipt(delivery.fileName),
    organisatie: delivery.organisatie.code,
    soort: delivery.spec.soort,
    periode: delivery.periode.code,
    records: delivery.records.length,
    warnings: delivery.warnings,
  };
}
