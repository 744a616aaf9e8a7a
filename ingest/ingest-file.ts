import type { Store } from "../warehouse/open-store.ts";
import { contentUuid } from "./content-hash.ts";
import type { ParsedDelivery } from "./delivery.ts";
import { emptyReceipt, type FileParse, type ParseOptions, parseFile } from "./parse-file.ts";
import type { FileReceipt } from "./receipt.ts";
import { storeDelivery } from "./store-delivery.ts";

export interface IngestOptions extends ParseOptions {
  dryRun?: boolean;
  /** Called with (done, total) while a large file's events are appended. */
  onProgress?: (done: number, total: number) => void;
}

/** Reads, validates and (unless a dry run) stores one delivery file, in one transaction. */
export async function ingestFile(
  store: Store | undefined,
  path: string,
  options: IngestOptions,
): Promise<FileReceipt> {
  return storeParsedFile(store, await parseFile(path, options), options);
}

/** Stores a file already parsed (unless refused, a dry run or without a store), in one transaction. */
export async function storeParsedFile(
  store: Store | undefined,
  parse: FileParse,
  options: Pick<IngestOptions, "dryRun" | "onProgress">,
): Promise<FileReceipt> {
  if (!parse.ok) return parse.receipt;
  const delivery = parse.delivery;
  const accepted = {
    ...emptyReceipt(delivery.fileName),
    organisatie: delivery.organisatie.code,
    soort: delivery.spec.soort,
    periode: delivery.periode.code,
    records: delivery.records.length,
    warnings: delivery.warnings,
  };
  if (options.dryRun || !store) return { ...accepted, status: "valid" };
  return storeDelivery(store, delivery, deliveryIdOf(delivery), accepted, options.onProgress);
}

/** The same bytes delivered as the same organisation, kind and period are the same delivery. */
export function deliveryIdOf(delivery: ParsedDelivery): string {
  return contentUuid(
    "delivery",
    delivery.sha256,
    delivery.organisatie.code,
    delivery.spec.soort,
    delivery.periode.code,
  );
}
