import type { GemeenteVerhaal } from "./overleggen-reeks.ts";

// The norm story per gemeente (ambitiepunten 1, 2, 4, 8, 24): Almere and Lelystad meet them,
// Dronten, Noordoostpolder and Zeewolde are getting there, Urk is behind.
export const verhalen: Readonly<Record<string, Readonly<Record<2025 | 2026, GemeenteVerhaal>>>> = {
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
