/** Byte offsets where the bytes are not well-formed UTF-8 (at most `limit` of them). */
export function findInvalidUtf8(bytes: Uint8Array, limit: number): number[] {
  const invalid: number[] = [];
  let i = 0;
  while (i < bytes.length && invalid.length < limit) {
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      invalid.push(i);
      i += 1;
    } else i += length;
  }
  return invalid;
}

/**
 * Whether the bytes hold a character that Dutch text has and that only UTF-8 writes this way: an
 * accented letter (C3 80–BF, é is C3 A9), typographic punctuation (E2 80 xx) or the euro (E2 82 AC).
 * In Windows-1252 these read as Ã© and â€™, which no partner writes; other multi-byte patterns
 * do occur there by chance (é”’ is E9 94 92).
 */
export function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i + 1 < bytes.length; i++) {
    const lead = bytes[i];
    const next = bytes[i + 1] ?? 0;
    if (lead === 0xc3 && next >= 0x80 && next <= 0xbf) return true;
    if (lead === 0xe2 && next === 0x80 && ((bytes[i + 2] ?? 0) & 0xc0) === 0x80) return true;
    if (lead === 0xe2 && next === 0x82 && bytes[i + 2] === 0xac) return true;
  }
  return false;
}

// The length of the well-formed sequence at `i`, or 0 (the ranges of Unicode's table 3-7).
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0;
  if (lead < 0x80) return 1;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f;
  } else return 0;
  for (let k = 1; k < length; k++) {
    const byte = bytes[i + k];
    if (byte === undefined || byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf)) {
      return 0;
    }
  }
  return length;
}
