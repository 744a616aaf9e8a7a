/** A column name as matched: trimmed, lower case, diacritics folded, runs of spaces, hyphens and underscores as one `_`. */
export function normaliseColumn(name: string): string {
  return (
    name
      .trim()
      .toLowerCase()
      .normalize("NFD")
      .replace(/\p{M}+/gu, "")
      .replace(/[\s_-]+/g, "_")
      // Edge underscores carry no meaning, and dropping them keeps `__proto__` from ever being a key.
      .replace(/^_+|_+$/g, "")
  );
}
