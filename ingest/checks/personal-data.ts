import { passesElfproef } from "./elfproef.ts";

export type PersonalDataKind = "bsn" | "email" | "telefoon";

interface Span {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

// Nine digits on their own: not inside a longer digit run, not the fraction or tail of an amount
// (0,123456782 / 1.123456782) and not one part of a hyphenated reference (2025-123456782).
const plainBsn = /(?<!\d[.,-]?|€\s?)\d{9}(?![.,-]?\d)/g;
// The usual written groupings 123.456.782, 123 456 782 and 1234.56.782, one separator throughout.
const groupedBsn =
  /(?<!\d[.,\- ]?|€\s?)(?:\d{3}([. ])\d{3}\1\d{3}|\d{4}([. ])\d{2}\2\d{3})(?![.,\- ]?\d)/g;

// A Dutch number has nine digits after the trunk 0 (or after +31 / 0031): 06 plus eight, or an
// area code of two or three digits plus seven or six. Spaces and hyphens may separate groups.
const body = String.raw`(?:6(?:[ -]?\d){8}|[1-57-9]\d(?:[ -]?\d){7})`;
const bracketed = String.raw`\(0(?:6\)[ -]?\d(?:[ -]?\d){7}|[1-57-9]\d\)[ -]?\d(?:[ -]?\d){6}|[1-57-9]\d\d\)[ -]?\d(?:[ -]?\d){5})`;
const international = String.raw`(?:\+|00)31[ -]?(?:\(0\)[ -]?)?`;
const phone = new RegExp(
  // Not glued to a word or a number, not a date (06-05-2025 12:30), not followed by more digits.
  String.raw`(?<![\p{L}\d+]|\d[-.,/])(?!\d{1,2}[-/.]\d{1,2}[-/.]\d{4}(?!\d))(?:(?:${international}|0)${body}|${bracketed})(?![-.,]?\d|:\d)`,
  "gu",
);

const emailLocal = /[\p{L}\p{N}._%+'-]/u;
const emailDomain = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}/u;

/** Each kind as named in a message ("de waarde bevat een BSN"). */
export const personalDataNames: Record<PersonalDataKind, string> = {
  bsn: "een BSN",
  email: "een e-mailadres",
  telefoon: "een telefoonnummer",
};

/** The first kind of personal data (BSN, e-mail address, Dutch phone number) found in a value, if any. */
export function findPersonalData(value: string): PersonalDataKind | undefined {
  return mayHoldPersonalData(value) ? spansOf(value)[0]?.kind : undefined;
}

/** The value with every BSN, e-mail address and phone number replaced by a placeholder. */
export function maskPersonalData(value: string): string {
  let masked = "";
  let at = 0;
  for (const span of spansOf(value)) {
    if (span.start < at) continue;
    masked += value.slice(at, span.start) + placeholder[span.kind];
    at = span.end;
  }
  return masked + value.slice(at);
}

const placeholder: Record<PersonalDataKind, string> = {
  bsn: "[BSN verwijderd]",
  email: "[e-mailadres verwijderd]",
  telefoon: "[telefoonnummer verwijderd]",
};

function spansOf(value: string): Span[] {
  // Every check runs on every cell of every row: most values cannot hold any of these, and say so cheaply.
  if (!mayHoldPersonalData(value)) return [];
  const spans: Span[] = [];
  for (const match of value.matchAll(plainBsn)) {
    if (passesElfproef(match[0])) spans.push(spanOf("bsn", match));
  }
  for (const match of value.matchAll(groupedBsn)) {
    if (passesElfproef(match[0].replace(/\D/g, ""))) spans.push(spanOf("bsn", match));
  }
  spans.push(...emailSpans(value));
  for (const match of value.matchAll(phone)) spans.push(spanOf("telefoon", match));
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Whether a value may hold any of them, cheaply: an e-mail address has an `@`; a BSN has nine
 * digits with nothing but dots or spaces between them; a phone number has at least ten (0 and
 * nine more, or +31 and nine more) with nothing but spaces, hyphens, brackets or a + between them.
 * Ids like SIG-2026-00001 (nine digits in all) no longer go through the expressions.
 */
function mayHoldPersonalData(value: string): boolean {
  if (value.includes("@")) return true;
  let bsnDigits = 0;
  let phoneDigits = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      if (++bsnDigits >= 9 || ++phoneDigits >= 10) return true;
      continue;
    }
    // Space keeps both runs going; . only a BSN's; - ( ) + only a phone number's.
    if (code !== 32 && code !== 46) bsnDigits = 0;
    if (code !== 32 && code !== 45 && code !== 40 && code !== 41 && code !== 43) phoneDigits = 0;
  }
  return false;
}

function spanOf(kind: PersonalDataKind, match: RegExpMatchArray): Span {
  const start = match.index ?? 0;
  return { kind, start, end: start + match[0].length };
}

// Scans outwards from each `@` instead of one regular expression over the whole value, so that a
// long value without a real address costs linear time, not quadratic backtracking.
function emailSpans(value: string): Span[] {
  const spans: Span[] = [];
  for (let at = value.indexOf("@"); at !== -1; at = value.indexOf("@", at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && emailLocal.test(value[start - 1] ?? "")) start--;
    if (start === at) continue;
    const domain = emailDomain.exec(value.slice(at + 1, at + 256));
    if (domain) spans.push({ kind: "email", start, end: at + 1 + domain[0].length });
  }
  return spans;
}
