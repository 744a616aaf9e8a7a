import { partnersReeksen } from "./overleggen-partners.ts";
import type { GemeenteVerhaal, Reeks } from "./overleggen-reeks.ts";
import { verhalen } from "./overleggen-verhalen.ts";

export type { Reeks };

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

/** The recurring meetings of an organisation in a year, at scale 1. */
export function reeksenOfYear(org: string, year: number): readonly Reeks[] {
  const verhaal = verhalen[org]?.[year <= 2025 ? 2025 : 2026];
  if (verhaal) return gemeenteReeksen(verhaal);
  return partnersReeksen[org]?.(year) ?? [];
}
