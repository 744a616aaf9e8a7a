import { maskPersonalData } from "./personal-data.ts";

const margin = 64;

/** A value safe to show in a message: personal data masked, cut to `maxChars` characters plus "…". */
export function previewValue(value: string, maxChars: number): string {
  // Mask a little beyond the cut, so that an address straddling it is still recognised.
  const masked = Array.from(maskPersonalData(value.slice(0, maxChars + margin)));
  if (masked.length <= maxChars && value.length <= maxChars + margin) return masked.join("");
  return `${masked.slice(0, maxChars).join("")}…`;
}
