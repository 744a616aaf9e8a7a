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

interface GemeenteVerhaal {
  loo: number;
  looZonderDto: number;
  bewustwording: number;
  integraleCommunicatie: number;
  driehoekBesluit: number;
  integriteit: readonly string[];
}

// The norm story per gemeente (ambitiepunten 1, 2, 4, 8, 24): Almere and Lelystad meet them,
// Dronten, Noordoostpolder and Zeewolde are getting there, Urk is behind.
const verhalen: Readonly<Record<string, Readonly<Record<2025 | 2026, GemeenteVerhaal>>>> = {
  GM0034: {
    2025: {
      loo: 12,
      looZonderDto: 0,
      bewustwording: 3,
      integraleCommunicatie: 2,
      driehoekBesluit: 2,
      integriteit: ["ambtelijk", "bestuurlijk"],
    },
    2026: {
      loo: 12,
      looZonderDto: 0,
      bewustwording: 3,
      integraleCommunicatie: 2,
      driehoekBesluit: 2,
      integriteit: ["ambtelijk", "bestuurlijk"],
    },
  },
  GM0995: {
    2025: {
      loo: 10,
      looZonderDto: 0,
      bewustwording: 2,
      integraleCommunicatie: 1,
      driehoekBesluit: 1,
      integriteit: ["beide"],
    },
    2026: {
      loo: 11,
      looZonderDto: 0,
      bewustwording: 2,
      integraleCommunicatie: 2,
      driehoekBesluit: 1,
      integriteit: ["beide"],
    },
  },
  GM0303: {
    2025: {
      loo: 6,
      looZonderDto: 1,
      bewustwording: 2,
      integraleCommunicatie: 1,
      driehoekBesluit: 1,
      integriteit: ["ambtelijk"],
    },
    2026: {
      loo: 6,
      looZonderDto: 0,
      bewustwording: 2,
      integraleCommunicatie: 1,
      driehoekBesluit: 1,
      integriteit: ["ambtelijk", "bestuurlijk"],
    },
  },
  GM0171: {
    2025: {
      loo: 4,
      looZonderDto: 0,
      bewustwording: 1,
      integraleCommunicatie: 1,
      driehoekBesluit: 1,
      integriteit: ["ambtelijk", "bestuurlijk"],
    },
    2026: {
      loo: 4,
      looZonderDto: 0,
      bewustwording: 2,
      integraleCommunicatie: 1,
      driehoekBesluit: 1,
      integriteit: ["ambtelijk", "bestuurlijk"],
    },
  },
  GM0050: {
    2025: {
      loo: 4,
      looZonderDto: 2,
      bewustwording: 1,
      integraleCommunicatie: 0,
      driehoekBesluit: 0,
      integriteit: ["ambtelijk"],
    },
    2026: {
      loo: 4,
      looZonderDto: 0,
      bewustwording: 2,
      integraleCommunicatie: 1,
      driehoekBesluit: 1,
      integriteit: ["ambtelijk", "bestuurlijk"],
    },
  },
  GM0184: {
    2025: {
      loo: 2,
      looZonderDto: 1,
      bewustwording: 0,
      integraleCommunicatie: 0,
      driehoekBesluit: 0,
      integriteit: ["bestuurlijk"],
    },
    2026: {
      loo: 4,
      looZonderDto: 1,
      bewustwording: 1,
      integraleCommunicatie: 0,
      driehoekBesluit: 1,
      integriteit: ["bestuurlijk"],
    },
  },
};

const loo = ["gemeente", "politie", "dto"];

function gemeenteReeksen(verhaal: GemeenteVerhaal): Reeks[] {
  return [
    {
      type: "loo",
      aantal: verhaal.loo,
      niveau: "ambtelijk",
      aanwezig: loo,
      geagendeerd: true,
      afwijkend: verhaal.looZonderDto,
      casussen: [3, 12],
      deelnemers: [6, 12],
    },
    {
      type: "driehoek",
      aantal: 4,
      niveau: "bestuurlijk",
      aanwezig: ["gemeente", "politie", "om"],
      geagendeerd: true,
      afwijkend: verhaal.driehoekBesluit,
      casussen: [0, 3],
      deelnemers: [3, 6],
    },
    {
      type: "bewustwording",
      aantal: verhaal.bewustwording,
      niveau: "ambtelijk",
      aanwezig: ["gemeente", "riec"],
      geagendeerd: true,
      deelnemers: [20, 80],
    },
    {
      type: "integrale_communicatie",
      aantal: verhaal.integraleCommunicatie,
      niveau: "ambtelijk",
      aanwezig: ["gemeente", "politie", "dto"],
      geagendeerd: true,
      deelnemers: [4, 10],
    },
    ...verhaal.integriteit.map((niveau) => ({
      type: "integriteit",
      aantal: 1,
      niveau,
      aanwezig: ["gemeente"],
      geagendeerd: true,
      deelnemers: [8, 40] as const,
    })),
  ];
}

const partnersReeksen: Readonly<Record<string, (year: number) => Reeks[]>> = {
  PV24: () => [
    {
      type: "bewustwording",
      aantal: 2,
      niveau: "ambtelijk",
      aanwezig: ["provincie", "riec"],
      geagendeerd: true,
      deelnemers: [20, 60],
    },
    {
      type: "integriteit",
      aantal: 1,
      niveau: "beide",
      aanwezig: ["provincie"],
      geagendeerd: true,
      deelnemers: [10, 30],
    },
    {
      type: "overig",
      aantal: 4,
      niveau: "ambtelijk",
      aanwezig: ["provincie", "dto", "riec"],
      geagendeerd: true,
      deelnemers: [4, 10],
    },
  ],
  "POLITIE-FL": () => [
    {
      type: "overig",
      aantal: 8,
      niveau: "ambtelijk",
      aanwezig: ["politie", "dto"],
      geagendeerd: true,
      casussen: [2, 8],
      deelnemers: [6, 15],
    },
    {
      type: "integriteit",
      aantal: 1,
      niveau: "ambtelijk",
      aanwezig: ["politie"],
      geagendeerd: true,
      deelnemers: [15, 40],
    },
  ],
  // The OM communicated on three cases in 2025 (ambitiepunt 31 deels), quarterly from 2026.
  "OM-MN": (year) => [
    {
      type: "communicatie_om",
      aantal: year <= 2025 ? 3 : 4,
      niveau: null,
      aanwezig: ["om"],
      geagendeerd: true,
      deelnemers: [1, 3],
    },
    {
      type: "overig",
      aantal: 2,
      niveau: "ambtelijk",
      aanwezig: ["om", "politie", "dto"],
      geagendeerd: true,
      deelnemers: [4, 10],
    },
  ],
  "WS-ZZL": () => [
    {
      type: "bewustwording",
      aantal: 2,
      niveau: "ambtelijk",
      aanwezig: ["waterschap", "riec"],
      geagendeerd: true,
      deelnemers: [15, 50],
    },
    {
      type: "integriteit",
      aantal: 1,
      niveau: "ambtelijk",
      aanwezig: ["waterschap"],
      geagendeerd: true,
      deelnemers: [10, 30],
    },
    {
      type: "overig",
      aantal: 2,
      niveau: "ambtelijk",
      aanwezig: ["waterschap", "dto"],
      geagendeerd: true,
      deelnemers: [4, 8],
    },
  ],
  "DTO-FL": () => [
    {
      type: "doo",
      aantal: 10,
      niveau: "ambtelijk",
      aanwezig: ["gemeente", "politie", "om", "dto", "provincie", "waterschap"],
      geagendeerd: true,
      casussen: [3, 8],
      deelnemers: [10, 18],
    },
    {
      type: "dis",
      aantal: 4,
      niveau: "bestuurlijk",
      aanwezig: ["gemeente", "politie", "om", "dto"],
      geagendeerd: true,
      casussen: [1, 5],
      deelnemers: [6, 12],
    },
    {
      type: "bewustwording",
      aantal: 3,
      niveau: "ambtelijk",
      aanwezig: ["dto", "gemeente", "riec"],
      geagendeerd: true,
      deelnemers: [25, 90],
    },
    {
      type: "overig",
      aantal: 4,
      niveau: "ambtelijk",
      aanwezig: ["gemeente", "provincie", "politie", "om", "waterschap", "dto"],
      geagendeerd: true,
      deelnemers: [8, 14],
    },
  ],
};

/** The recurring meetings of an organisation in a year, at scale 1. */
export function reeksenOfYear(org: string, year: number): readonly Reeks[] {
  const verhaal = verhalen[org]?.[year <= 2025 ? 2025 : 2026];
  if (verhaal) return gemeenteReeksen(verhaal);
  return partnersReeksen[org]?.(year) ?? [];
}
