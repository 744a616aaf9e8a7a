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
