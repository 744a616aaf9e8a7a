import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import type { IdentityOverrides, ParsedDelivery } from "./delivery.ts";
import { parseDelivery } from "./parse-delivery.ts";
import { MAX_FILE_BYTES } from "./read/read-delivery.ts";
import { type FileReceipt, noChanges } from "./receipt.ts";

export interface ParseOptions {
  overrides?: IdentityOverrides;
  today: string;
}

/** A file read and checked: a delivery ready to store, or the receipt of its refusal. */
export type FileParse =
  | { ok: true; delivery: ParsedDelivery }
  | { ok: false; receipt: FileReceipt };

/** The receipt fields of a file before anything about it is known. */
export function emptyReceipt(file: string): Omit<FileReceipt, "status"> {
  return { file, records: 0, events: 0, ...noChanges, warnings: [], issues: [] };
}

/** Reads one delivery file (unread when it is too large) and validates it completely. */
export async function parseFile(path: string, options: ParseOptions): Promise<FileParse> {
  const file = basename(path);
  const size = (await stat(path)).size;
  if (size > MAX_FILE_BYTES) {
    const megabytes = (size / 1e6).toFixed(1).replace(".", ",");
    return {
      ok: false,
      receipt: {
        ...emptyReceipt(file),
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
      },
    };
  }
  const parsed = parseDelivery({
    fileName: file,
    bytes: await readFile(path),
    overrides: options.overrides ?? {},
    today: options.today,
  });
  if (!parsed.ok) {
    return {
      ok: false,
      receipt: { ...emptyReceipt(file), status: "refused", issues: parsed.issues },
    };
  }
  return parsed;
}
