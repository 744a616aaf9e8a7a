import { hash } from "node:crypto";

/**
 * JSON with object keys sorted, so equal content always gives equal text. Written out by hand:
 * it runs for every record of every delivery, and JSON.stringify with a sorting replacer was the
 * largest single cost of planning a million events. The text is exactly JSON.stringify's.
 */
export function canonicalJson(value: unknown): string {
  return writeValue(value) ?? "null";
}

/** undefined where JSON.stringify leaves a value out (undefined, functions, symbols). */
function writeValue(value: unknown): string | undefined {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") {
    return writeValue((value as { toJSON: () => unknown }).toJSON());
  }
  if (Array.isArray(value)) {
    let text = "[";
    for (let i = 0; i < value.length; i++) {
      if (i > 0) text += ",";
      text += writeValue(value[i]) ?? "null";
    }
    return `${text}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  // A payload is an object of plain values: JSON.stringify writes it in its keys' order, several
  // times faster than the loop below. In sorted order already, it is written as it is; else
  // member by member in the sorted order of the last such keys (a delivery's rows share theirs).
  if (isFlat(record, keys)) {
    if (isAscending(keys)) return JSON.stringify(record);
    const { sorted, prefixes } = sortedMembers(keys);
    let text = "";
    for (let i = 0; i < sorted.length; i++) {
      text += `${prefixes[i]}${JSON.stringify(record[sorted[i] as string])}`;
    }
    return `${text}}`;
  }
  let text = "{";
  // Column names never start with a digit: the plain sort is then the same and much cheaper.
  keys.sort(keys.some(startsWithDigit) ? byPropertyOrder : undefined);
  for (const key of keys) {
    const inner = writeValue(record[key]);
    if (inner === undefined) continue;
    if (text.length > 1) text += ",";
    text += `${JSON.stringify(key)}:${inner}`;
  }
  return `${text}}`;
}

/**
 * Whether every member is a JSON primitive or an array of primitives, under keys that a plain
 * copy keeps in sorted order: no integer-like key (objects list those first), no `__proto__`, and
 * no member JSON.stringify leaves out (undefined, a function, a symbol).
 */
function isFlat(record: Record<string, unknown>, keys: readonly string[]): boolean {
  for (const key of keys) {
    if (startsWithDigit(key) || key === "__proto__") return false;
    const inner = record[key];
    if (inner === null) continue;
    const type = typeof inner;
    if (type === "string" || type === "number" || type === "boolean") continue;
    if (!Array.isArray(inner)) return false;
    for (const item of inner) if (item !== null && typeof item === "object") return false;
  }
  return true;
}

/** The last keys given, sorted, with each member's `{"key":` or `,"key":`: one entry suffices. */
let lastMembers: { keys: readonly string[]; sorted: string[]; prefixes: string[] } | undefined;

function sortedMembers(keys: readonly string[]): { sorted: string[]; prefixes: string[] } {
  if (lastMembers && sameKeys(lastMembers.keys, keys)) return lastMembers;
  const sorted = [...keys].sort();
  const prefixes = sorted.map((key, i) => `${i === 0 ? "{" : ","}${JSON.stringify(key)}:`);
  lastMembers = { keys, sorted, prefixes };
  return lastMembers;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function isAscending(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++)
    if ((keys[i - 1] as string) >= (keys[i] as string)) return false;
  return true;
}

function startsWithDigit(key: string): boolean {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57;
}

const arrayIndex = /^(?:0|[1-9]\d{0,9})$/;

function isArrayIndex(key: string): boolean {
  return arrayIndex.test(key) && Number(key) < 4_294_967_295;
}

/**
 * The order a sorted object's keys come out of JSON.stringify in: JavaScript lists array-index
 * keys first, ascending by number, then the others in the order they were inserted (here sorted).
 */
function byPropertyOrder(a: string, b: string): number {
  const aIndex = isArrayIndex(a);
  const bIndex = isArrayIndex(b);
  if (aIndex && bIndex) return Number(a) - Number(b);
  if (aIndex !== bIndex) return aIndex ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A payload's canonical JSON (stored as the event's payload) and its sha256, the hash that tells
 * whether a record's content changed.
 */
export function hashedPayload(payload: unknown): { payloadJson: string; contentHash: string } {
  const payloadJson = canonicalJson(payload);
  return { payloadJson, contentHash: sha256Hex(payloadJson) };
}

/** One-shot (no Hash object per call): it runs twice for every record of a delivery. */
export function sha256Hex(data: string | Uint8Array): string {
  return hash("sha256", data, "hex");
}

/** A content-derived UUID (RFC 9562 version 8 layout) from the sha256 of the given parts. */
export function contentUuid(...parts: readonly (string | null)[]): string {
  const hex = sha256Hex(parts.map((part) => part ?? "\u0000").join("\u001f")).slice(0, 32);
  const variant = ((Number.parseInt(hex[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
