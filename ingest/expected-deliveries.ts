import type { OrganisationType } from "./organisations.ts";

/** Kinds with one delivery per quarter; the others are snapshots on a peildatum. */
export const periodKinds = [
  "signalen",
  "controles",
  "bibob",
  "tips",
  "trainingen",
  "overleggen",
] as const;

export const snapshotKinds = ["formatie", "maatregelen"] as const;

// What each type of organisation registers, so what the monitor may expect from it. The
// province does not hold integrale controles; the police and the water board join them.
const kindsByType: Readonly<Record<OrganisationType, readonly string[]>> = {
  gemeente: [...periodKinds, ...snapshotKinds],
  provincie: ["signalen", "bibob", "tips", "trainingen", "overleggen", "formatie", "maatregelen"],
  politie: ["signalen", "controles", "tips", "trainingen", "overleggen", "formatie", "maatregelen"],
  om: ["tips", "trainingen", "overleggen", "formatie", "maatregelen"],
  waterschap: ["signalen", "controles", "trainingen", "overleggen", "formatie", "maatregelen"],
  dto: ["trainingen", "overleggen", "formatie", "maatregelen"],
};

/** The kinds an organisation of this type is expected to deliver (period and snapshot kinds). */
export function expectedKinds(orgType: OrganisationType): readonly string[] {
  return kindsByType[orgType];
}

/** Whether a kind is delivered per quarter (and so can be overdue 30 days after it). */
export function isPeriodKind(soort: string): boolean {
  return (periodKinds as readonly string[]).includes(soort);
}
