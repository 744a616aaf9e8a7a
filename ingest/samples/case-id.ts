/**
 * A case reference such as `SIG-GM0034-2025-00042`. Sequences past 99999 get a letter before
 * the five digits (`A00001`), so an id never holds a long run of digits that could pass for a
 * BSN or a phone number.
 */
export function caseId(prefix: string, org: string, year: number, sequence: number): string {
  const block = Math.floor(sequence / 100_000);
  const digits = String(sequence % 100_000).padStart(5, "0");
  const letter = block === 0 ? "" : String.fromCharCode(64 + block);
  return `${prefix}-${org}-${year}-${letter}${digits}`;
}
