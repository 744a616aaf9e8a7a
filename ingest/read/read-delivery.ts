import type { Issue } from "../issue.ts";
import { decodeText } from "./decode-text.ts";
import { identityFromFileName } from "./identity-from-file-name.ts";
import { readCsv } from "./read-csv.ts";
import { readJson } from "./read-json.ts";
import type { OpenedDelivery, ReadResult, ReadRow } from "./read-result.ts";

/** Files above this size (100 MB) are refused unread; callers may check a file's size against it first. */
export const MAX_FILE_BYTES = 100_000_000;

/**
 * Reads a delivery file's bytes into rows: format, encoding, CSV dialect and identity detected,
 * column names normalised. Pure; every problem is an issue (the rows' after the file's own),
 * nothing throws for bad input.
 */
export function readDelivery(fileName: string, bytes: Uint8Array): ReadResult {
  const { rowCount: _, ...opened } = openDelivery(fileName, bytes);
  const read = [...opened.rows];
  return {
    ...opened,
    rows: read.map(({ issues: _found, ...row }) => row),
    issues: [...opened.issues, ...rowIssuesOf(read)],
  };
}

/** The problems found reading the rows, in row order: reading them all. */
export function rowIssuesOf(rows: Iterable<ReadRow>): Issue[] {
  const issues: Issue[] = [];
  for (const row of rows) if (row.issues) issues.push(...row.issues);
  return issues;
}

/**
 * Opens a delivery file's bytes as readDelivery reads them, up to its rows: a CSV file's rows are
 * read as they are iterated, each with the problems found reading it. Pure.
 */
export function openDelivery(fileName: string, bytes: Uint8Array): OpenedDelivery {
  const format = formatOf(fileName, bytes);
  const nameIdentity = identityFromFileName(fileName);
  const unread = { format, identity: nameIdentity, columns: [], rows: [], rowCount: 0 };
  const refused = (issue: Omit<Issue, "severity" | "file">): OpenedDelivery => ({
    ...unread,
    issues: [{ severity: "error", file: fileName, ...issue }],
  });
  if (bytes.length === 0)
    return refused({ code: "empty-file", expected: "een bestand met ten minste een kopregel" });
  if (bytes.length > MAX_FILE_BYTES) {
    return refused({
      code: "file-too-large",
      value: megabytes(bytes.length),
      expected: "een bestand van hoogstens 100 MB",
    });
  }

  const decoded = decodeText(fileName, bytes);
  if (!decoded.ok) return { ...unread, issues: decoded.issues };
  const { text, encoding } = decoded;

  if (format === "csv")
    return { format, encoding, identity: nameIdentity, ...readCsv(fileName, text) };
  const json = readJson(fileName, text);
  // A JSON file's name is free; where it does follow the CSV pattern it fills what the object leaves out.
  return {
    format,
    encoding,
    ...json,
    rowCount: json.rows.length,
    identity: { ...nameIdentity, ...json.identity },
  };
}

function formatOf(fileName: string, bytes: Uint8Array): ReadResult["format"] {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === "json") return "json";
  if (extension === "csv" || extension === "tsv" || extension === "txt") return "csv";
  // Otherwise the content decides: JSON starts with `{` or `[` after a BOM and white space.
  const first = bytes.find((byte) => !leading.has(byte));
  return first === 0x7b || first === 0x5b ? "json" : "csv";
}

// The UTF-8 BOM's three bytes, space, tab, LF and CR.
const leading = new Set([0xef, 0xbb, 0xbf, 0x20, 0x09, 0x0a, 0x0d]);

function megabytes(size: number): string {
  return `${(size / 1e6).toFixed(1).replace(".", ",")} MB`;
}
