import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { findPersonalData, maskPersonalData, personalDataNames } from "./checks/personal-data.ts";
import type { IdentityOverrides, ParsedDelivery } from "./delivery.ts";
import type { Issue } from "./issue.ts";
import { type PreparedDelivery, prepareDelivery, validatePrepared } from "./parse-delivery.ts";
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

function refused(file: string, issues: Issue[]): { ok: false; receipt: FileReceipt } {
  return { ok: false, receipt: { ...emptyReceipt(file), status: "refused", issues } };
}

/** A file read, its identity and header checked, its rows not yet validated; or its refusal. */
export type FilePreparation =
  | { ok: true; prepared: PreparedDelivery }
  | { ok: false; receipt: FileReceipt };

/** Reads one delivery file (unread when it is too large) and validates it completely. */
export async function parseFile(path: string, options: ParseOptions): Promise<FileParse> {
  const ready = await prepareFile(path, options);
  return ready.ok ? parsePrepared(ready.prepared) : ready;
}

/** Validates the rows of a prepared file: its delivery, or the receipt of its refusal. */
export function parsePrepared(prepared: PreparedDelivery): FileParse {
  const parsed = validatePrepared(prepared);
  return parsed.ok ? parsed : refused(prepared.fileName, parsed.issues);
}

/** Reads one delivery file (unread when it is too large) up to its rows: see prepareDelivery. */
export async function prepareFile(path: string, options: ParseOptions): Promise<FilePreparation> {
  const file = basename(path);
  const inName = findPersonalData(file);
  if (inName) {
    // Every message names its file: a name with personal data is masked and the file not read.
    // Masked without its extension, which an e-mail address's domain would otherwise swallow.
    const extension = extname(file);
    const masked = maskPersonalData(file.slice(0, file.length - extension.length)) + extension;
    return refused(masked, [
      {
        code: "personal-data",
        severity: "error",
        file: masked,
        expected: `geen persoonsgegevens in de bestandsnaam: de naam bevat ${personalDataNames[inName]}`,
      },
    ]);
  }
  const size = (await stat(path)).size;
  if (size > MAX_FILE_BYTES) {
    const megabytes = (size / 1e6).toFixed(1).replace(".", ",");
    return refused(file, [
      {
        code: "file-too-large",
        severity: "error",
        file,
        value: `${megabytes} MB`,
        expected: "een bestand van hoogstens 100 MB",
      },
    ]);
  }
  const ready = prepareDelivery({
    fileName: file,
    bytes: await readFile(path),
    overrides: options.overrides ?? {},
    today: options.today,
  });
  return ready.ok ? ready : refused(file, ready.issues);
}
