import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/** A deterministic random source: the same seed and labels always give the same sequence. */
export interface Random {
  /** A whole number from min to max, both included. */
  int(min: number, max: number): number;
  /** A number in [0, 1). */
  float(): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
}

// FNV-1a: a stable, platform-independent way to turn labels into a seed.
function hashLabels(seed: number, labels: readonly (string | number)[]): number {
  let hash = 0x811c9dc5 ^ (seed | 0);
  for (const char of labels.join("\u0001")) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/** A random source for one purpose, derived from the run's seed and labels naming that purpose. */
export function createRandom(seed: number, ...labels: (string | number)[]): Random {
  const generator = xoroshiro128plus(hashLabels(seed, labels));
  const float = () => (generator.next() >>> 0) / 4294967296;
  return {
    int: (min, max) => uniformInt(generator, min, max),
    float,
    chance: (probability) => float() < probability,
    pick(items) {
      const item = items[uniformInt(generator, 0, items.length - 1)];
      if (item === undefined) throw new Error("pick from an empty list");
      return item;
    },
    weighted(entries) {
      let total = 0;
      for (const [, weight] of entries) total += weight;
      let point = float() * total;
      for (const [value, weight] of entries) {
        point -= weight;
        if (point < 0) return value;
      }
      const last = entries[entries.length - 1];
      if (last === undefined) throw new Error("weighted pick from an empty list");
      return last[0];
    },
  };
}
