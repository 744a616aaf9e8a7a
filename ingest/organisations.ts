/** The eleven organisations of the Flevolandse Norm 2.0 and their types (export-formats.md §3). */
export type OrganisationType = "gemeente" | "provincie" | "politie" | "om" | "waterschap" | "dto";

export interface Organisation {
  code: string;
  naam: string;
  type: OrganisationType;
}

export const organisations: readonly Organisation[] = [
  { code: "GM0034", naam: "Gemeente Almere", type: "gemeente" },
  { code: "GM0303", naam: "Gemeente Dronten", type: "gemeente" },
  { code: "GM0995", naam: "Gemeente Lelystad", type: "gemeente" },
  { code: "GM0171", naam: "Gemeente Noordoostpolder", type: "gemeente" },
  { code: "GM0184", naam: "Gemeente Urk", type: "gemeente" },
  { code: "GM0050", naam: "Gemeente Zeewolde", type: "gemeente" },
  { code: "PV24", naam: "Provincie Flevoland", type: "provincie" },
  { code: "POLITIE-FL", naam: "Politie, district Flevoland", type: "politie" },
  {
    code: "OM-MN",
    naam: "Openbaar Ministerie, arrondissementsparket Midden-Nederland",
    type: "om",
  },
  { code: "WS-ZZL", naam: "Waterschap Zuiderzeeland", type: "waterschap" },
  { code: "DTO-FL", naam: "Districtelijk Team Ondermijning Flevoland", type: "dto" },
];

const byCode = new Map(organisations.map((o) => [o.code, o]));

/** Finds an organisation by its code, case-insensitively. */
export function findOrganisation(code: string): Organisation | undefined {
  return byCode.get(code.trim().toUpperCase());
}

/** Whether a code (any case) names one of the six gemeenten. */
export function isGemeenteCode(code: string): boolean {
  return findOrganisation(code)?.type === "gemeente";
}
