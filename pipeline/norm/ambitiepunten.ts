import type { OrganisationType } from "../../ingest/organisations.ts";
import type { Ambitiepunt } from "./ambitiepunt.ts";
import { puntenBestuurlijkInstrumentarium } from "./punten-bestuurlijk-instrumentarium.ts";
import { puntenBewustwording } from "./punten-bewustwording.ts";
import { puntenBibob } from "./punten-bibob.ts";
import { puntenHandhaving } from "./punten-handhaving.ts";
import { puntenInformatie } from "./punten-informatie.ts";
import { puntenIntegriteit } from "./punten-integriteit.ts";
import { puntenKetenpartners } from "./punten-ketenpartners.ts";
import { puntenThemas } from "./punten-themas.ts";

/**
 * The norm catalogue: the 34 ambitiepunten and the parts 10A–10C, 37 entries in the order a reader
 * meets them in the norm (…, 9, 10, 10A, 10B, 10C, 11, …). Status matrices show them in this order.
 */
export const ambitiepunten: readonly Ambitiepunt[] = [
  ...puntenBewustwording,
  ...puntenInformatie,
  ...puntenBestuurlijkInstrumentarium,
  ...puntenBibob,
  ...puntenHandhaving,
  ...puntenIntegriteit,
  ...puntenThemas,
  ...puntenKetenpartners,
];

const byPunt = new Map(ambitiepunten.map((ambitiepunt) => [ambitiepunt.punt, ambitiepunt]));

/** The ambitiepunt named `punt` ("7", "10a" and " 10A " alike), or undefined. */
export function findAmbitiepunt(punt: string): Ambitiepunt | undefined {
  return byPunt.get(punt.trim().toUpperCase());
}

/** Whether the point applies to organisations of this type; false for an unknown point. */
export function appliesTo(punt: string, type: OrganisationType): boolean {
  return findAmbitiepunt(punt)?.geldtVoor.includes(type) ?? false;
}

/** The points that apply to organisations of this type, in catalogue order. */
export function ambitiepuntenFor(type: OrganisationType): Ambitiepunt[] {
  return ambitiepunten.filter((ambitiepunt) => ambitiepunt.geldtVoor.includes(type));
}
