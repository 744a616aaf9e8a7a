/** A recurring meeting: `aantal` a year, spread evenly; the first `afwijkend` differ as noted. */
export interface Reeks {
  type: string;
  aantal: number;
  niveau: string | null;
  aanwezig: readonly string[];
  geagendeerd: boolean;
  /** The first this many carry a beleidsbesluit (driehoek) or lack the DTO (loo). */
  afwijkend?: number;
  casussen?: readonly [number, number];
  deelnemers: readonly [number, number];
}

/** How a gemeente meets the meeting points of the norm in a year: counts per meeting type. */
export interface GemeenteVerhaal {
  loo: number;
  looZonderDto: number;
  bewustwording: number;
  integraleCommunicatie: number;
  driehoekBesluit: number;
  integriteit: readonly string[];
}
