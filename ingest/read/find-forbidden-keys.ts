const forbidden = new Set(["__proto__", "constructor", "prototype"]);

/** Whether a key could reach an object's prototype: `__proto__`, `constructor` or `prototype`, in any case. */
export function isForbiddenKey(key: string): boolean {
  return forbidden.has(key.trim().toLowerCase());
}

/** Every forbidden key at any depth of a parsed JSON value. Walks without recursion, so deep nesting cannot overflow. */
export function findForbiddenKeys(value: unknown): string[] {
  const found: string[] = [];
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next !== "object" || next === null) continue;
    if (Array.isArray(next)) {
      // One by one: spreading a list of a million records would overflow the argument stack.
      for (const item of next) pending.push(item);
      continue;
    }
    // JSON.parse defines `__proto__` as an own property, so Object.keys sees it.
    for (const key of Object.keys(next)) {
      if (isForbiddenKey(key)) found.push(key);
      pending.push((next as Record<string, unknown>)[key]);
    }
  }
  return found;
}
