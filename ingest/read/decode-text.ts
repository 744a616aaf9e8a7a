import iconv from "iconv-lite";
import type { Issue } from "../issue.ts";
import { findInvalidUtf8, hasUtf8Sequence } from "./find-invalid-utf8.ts";

export type TextEncoding = "utf-8" | "windows-1252";

export type DecodedText =
  | { ok: true; text: string; encoding: TextEncoding }
  | { ok: false; issues: Issue[] };

// Bytes that Windows-1252 leaves undefined: iconv-lite would pass them through as control characters.
const undefinedInCp1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
const maxByteIssues = 10;
const expected = "tekst in UTF-8 (met of zonder BOM) of Windows-1252";

/**
 * Decodes a delivery's bytes: valid UTF-8 (with or without BOM) as UTF-8, anything else as Windows-1252.
 * Bytes that fit neither, a broken file behind a UTF-8 BOM or with UTF-8 characters in it, NUL bytes
 * and UTF-16 are refused, never replaced.
 */
export function decodeText(file: string, bytes: Uint8Array): DecodedText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const issue = byteIssue(file, 1, "UTF-16");
    return { ok: false, issues: [{ ...issue, expected: `${expected}; dit bestand is UTF-16` }] };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, issues: [byteIssue(file, lineAt(bytes, nul), "0x00")] };

  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { ok: true, text, encoding: "utf-8" };
  } catch {
    // Behind a BOM, or beside characters that are UTF-8 already (é as C3 A9), broken bytes are
    // a damaged UTF-8 file: read as Windows-1252 every é would silently become Ã©.
    if (hasBom || hasUtf8Sequence(bytes))
      return { ok: false, issues: issuesAt(file, bytes, findInvalidUtf8(bytes, maxByteIssues)) };
  }

  const undefinedBytes: number[] = [];
  for (let i = 0; i < bytes.length && undefinedBytes.length < maxByteIssues; i++) {
    if (undefinedInCp1252.has(bytes[i] ?? 0)) undefinedBytes.push(i);
  }
  if (undefinedBytes.length > 0)
    return { ok: false, issues: issuesAt(file, bytes, undefinedBytes) };
  return { ok: true, text: iconv.decode(bytes, "windows-1252"), encoding: "windows-1252" };
}

function issuesAt(file: string, bytes: Uint8Array, offsets: number[]): Issue[] {
  return offsets.map((offset) => {
    const hex = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, "0");
    return byteIssue(file, lineAt(bytes, offset), `byte 0x${hex}`);
  });
}

function byteIssue(file: string, line: number, value: string): Issue {
  return { code: "invalid-bytes", severity: "error", file, line, value, expected };
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
