import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import type { Store } from "../warehouse/open-store.ts";
import { contentUuid } from "./content-hash.ts";
import type { IdentityOverrides, ParsedDelivery } from "./delivery.ts";
import { parseDelivery } from "./parse-delivery.ts";
import { MAX_FILE_BYTES } from "./read/read-delivery.ts";
import { type FileReceipt, noChanges } from "./receipt.ts";
import { storeDelivery } from "./store-delivery.ts";

export interface IngestOptions {
  overrides?: IdentityOverrides;
  dryRun?: boolean;
  today: string;
  /** Called with (done, total) while a large file's events are appended. */
  onProgress?: (done: number, total: number) => void;
}

/** Reads, validates and (unless a dry run) stores one delivery file, in one transaction. */
export async function ingestFile(
  store: Store | undefined,
  path: string,
  options: IngestOptions,
): Promise<FileReceipt> {
  const file = basename(path);
  const base = { file, records: 0, events: 0, ...noChanges, warnings: [], issues: [] };
  const size = (await stat(path)).size;
  if (size > MAX_FILE_BYTES) {
    const megabytes = (size / 1e6).toFixed(1).replace(".", ",");
    return {
      ...base,
      status: "refused",
      issues: [
        {
          code: "file-too-large",
          severity: "error",
          file,
          value: `${megabytes} MB`,
          expected: "een bestand van hoogstens 100 MB",
        },
      ],
    };
  }
  const parsed = parseDelivery({
    fileName: file,
    bytes: await readFile(path),
    overrides: options.overrides ?? {},
    today: options.today,
  });
  if (!parsed.ok) return { ...base, status: "refused", issues: parsed.issues };

  const delivery = parsed.delivery;
  const identity = {
    organisatie: delivery.organisatie.code,
    soort: delivery.spec.soort,
    periode: delivery.periode.code,
  };
  const accepted = {
    ...base,
    ...identity,
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
