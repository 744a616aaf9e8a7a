import { maskDatabaseUrl } from "./mask-database-url.ts";

/**
 * The text with the URL masked wherever it appears, and its password (as written and decoded)
 * replaced by `***` wherever it appears on its own: driver errors may quote either.
 */
export function hidePassword(text: string, databaseUrl: string): string {
  let safe = text.replaceAll(databaseUrl, maskDatabaseUrl(databaseUrl));
  for (const secret of passwordsIn(databaseUrl)) safe = safe.replaceAll(secret, "***");
  return safe;
}

function passwordsIn(databaseUrl: string): string[] {
  const found: string[] = [];
  if (URL.canParse(databaseUrl)) {
    const parsed = new URL(databaseUrl);
    found.push(parsed.password);
    for (const [key, value] of parsed.searchParams) {
      if (key.toLowerCase() === "password") found.push(value, encodeURIComponent(value));
    }
  } else {
    // Not a URL the WHATWG parser takes (a port that is no number, a key=value string): by hand.
    found.push(/\/\/[^/:@]*:([^@]*)@/.exec(databaseUrl)?.[1] ?? "");
    const keyValue = /password\s*=\s*('[^']*'|\S+)/i.exec(databaseUrl)?.[1] ?? "";
    found.push(keyValue, keyValue.replace(/^'(.*)'$/, "$1"));
  }
  const secrets = found.flatMap((written) => [written, decoded(written)]);
  // Longest first, so a password is not half replaced by a shorter form of itself.
  return [...new Set(secrets)].filter((s) => s !== "").sort((a, b) => b.length - a.length);
}

function decoded(written: string): string {
  try {
    return decodeURIComponent(written);
  } catch {
    // A stray % is not an escape: the password is what was written.
    return written;
  }
}
