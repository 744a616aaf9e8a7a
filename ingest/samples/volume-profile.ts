import type { Random } from "./random-source.ts";

/** A yearly volume range at scale 1, both ends included. */
export type Range = readonly [number, number];

export interface VolumeProfile {
  /** Bibob dossiers opened in a year. */
  bibob?: Range;
  /** Signals received through Meld Misdaad Anoniem in a year. */
  mma?: Range;
  /** Signals from every other source in a year. */
  signalenOverig?: Range;
  /** Integrale controles in a year, and the addresses each visits. */
  controles?: Range;
  adressen?: Range;
  /** Head counts on the formatie (the snapshot may grow by one or two over the years). */
  boa?: Range;
  toezichthouders?: Range;
  bibobMedewerkers?: Range;
}

// Yearly volumes in proportion to population (CBS 1-1-2024) and to what the partners report
// in the Flevoland district: Almere about half of everything, Urk and Zeewolde a twentieth.
export const volumeProfiles: Readonly<Record<string, VolumeProfile>> = {
  GM0034: {
    bibob: [80, 110],
    mma: [120, 160],
    signalenOverig: [180, 240],
    controles: [2, 4],
    adressen: [35, 60],
    boa: [20, 40],
    toezichthouders: [8, 14],
    bibobMedewerkers: [5, 7],
  },
  GM0995: {
    bibob: [25, 40],
    mma: [40, 60],
    signalenOverig: [60, 90],
    controles: [1, 2],
    adressen: [40, 90],
    boa: [8, 15],
    toezichthouders: [4, 7],
    bibobMedewerkers: [2, 4],
  },
  GM0171: {
    bibob: [15, 25],
    mma: [20, 35],
    signalenOverig: [35, 50],
    controles: [1, 2],
    adressen: [40, 90],
    boa: [4, 8],
    toezichthouders: [2, 4],
    bibobMedewerkers: [2, 3],
  },
  GM0303: {
    bibob: [13, 22],
    mma: [20, 30],
    signalenOverig: [35, 50],
    controles: [2, 2],
    adressen: [40, 90],
    boa: [4, 8],
    toezichthouders: [2, 4],
    bibobMedewerkers: [2, 3],
  },
  GM0050: {
    bibob: [7, 12],
    mma: [8, 15],
    signalenOverig: [15, 25],
    controles: [1, 2],
    adressen: [40, 90],
    boa: [2, 5],
    toezichthouders: [1, 3],
    bibobMedewerkers: [1, 2],
  },
  GM0184: {
    bibob: [6, 11],
    mma: [8, 15],
    signalenOverig: [15, 25],
    controles: [1, 2],
    adressen: [40, 90],
    boa: [2, 5],
    toezichthouders: [1, 3],
    bibobMedewerkers: [1, 2],
  },
  PV24: {
    bibob: [5, 15],
    signalenOverig: [15, 30],
    boa: [3, 8],
    toezichthouders: [2, 4],
    bibobMedewerkers: [2, 3],
  },
  "POLITIE-FL": { signalenOverig: [900, 1200], controles: [2, 4], adressen: [10, 30] },
  "WS-ZZL": {
    signalenOverig: [20, 40],
    controles: [1, 2],
    adressen: [10, 25],
    boa: [5, 15],
    toezichthouders: [6, 12],
  },
};

/** A year's total: drawn once in the range at scale 1, then multiplied by the scale. */
export function yearTotal(range: Range | undefined, random: Random, scale: number): number {
  if (!range) return 0;
  return random.int(range[0], range[1]) * scale;
}

/**
 * Splits a year's total over its four quarters with a little seasonal variation; the parts
 * always add up to the total, so a year's count lands where its total was drawn.
 */
export function splitOverQuarters(total: number, random: Random): readonly number[] {
  const weights = [0, 1, 2, 3].map(() => 0.85 + random.float() * 0.3);
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  let rest = total - parts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % 4, rest--) parts[i] = (parts[i] ?? 0) + 1;
  return parts;
}
