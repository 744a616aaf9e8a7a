import { organisations } from "../organisations.ts";
import { caseId } from "./case-id.ts";
import { createRandom } from "./random-source.ts";
import { addDays, dayNumber, isoDate } from "./sample-dates.ts";
import { volumeProfiles, yearTotal } from "./volume-profile.ts";

type Gevaar = "geen" | "mindere" | "ernstig";
type Weights<T> = readonly (readonly [T, number])[];

/** A Bibob dossier with its whole course, from aanvraag to besluit. */
export interface Dossier {
  id: string;
  aanvraag: string;
  rechtshandeling: string;
  sector: string;
  eigenOnderzoek: boolean;
  tipBron: string | null;
  lbbAdvies: string | null;
  gevaar: Gevaar | null;
  besluit: string;
  datumBesluit: string;
  aangifte: boolean;
}

const sectorByHandeling: Readonly<Record<string, Weights<string>>> = {
  vergunning: [
    ["horeca", 55],
    ["evenement", 15],
    ["transport", 10],
    ["seksbranche", 5],
    ["speelautomaten", 5],
    ["overig", 10],
  ],
  vastgoed: [["vastgoed", 1]],
  aanbesteding: [["bouw", 1]],
  subsidie: [["overig", 1]],
  overig: [["overig", 1]],
};

const handelingenGemeente: Weights<string> = [
  ["vergunning", 70],
  ["vastgoed", 10],
  ["subsidie", 8],
  ["aanbesteding", 7],
  ["overig", 5],
];

const handelingenProvincie: Weights<string> = [
  ["subsidie", 40],
  ["vergunning", 40],
  ["aanbesteding", 20],
];

const besluitBij: Readonly<Record<Gevaar, Weights<string>>> = {
  geen: [
    ["verleend", 88],
    ["verleend_met_voorschriften", 12],
  ],
  mindere: [
    ["verleend_met_voorschriften", 80],
    ["geweigerd", 20],
  ],
  ernstig: [
    ["geweigerd", 60],
    ["aanvraag_ingetrokken", 25],
    ["ingetrokken", 15],
  ],
};

const bibobOrgs = organisations.filter((o) => volumeProfiles[o.code]?.bibob).map((o) => o.code);

/** The number of Bibob dossiers an organisation opens in a year. */
export function bibobCount(seed: number, orgCode: string, year: number, scale: number): number {
  const random = createRandom(seed, orgCode, "bibob", year, "volume");
  return yearTotal(volumeProfiles[orgCode]?.bibob, random, scale);
}

/**
 * The LBB advices of the district in a year: four to eight (times the scale), half of them
 * (rounded down) ernstig gevaar, placed on dossiers in proportion to each organisation's volume.
 */
export function lbbAdviezen(
  seed: number,
  year: number,
  scale: number,
): ReadonlyMap<string, ReadonlyMap<number, Gevaar>> {
  const random = createRandom(seed, "district", "lbb", year);
  const total = random.int(4, 8) * scale;
  const counts = bibobOrgs.map((org) => [org, bibobCount(seed, org, year, scale)] as const);
  const plan = new Map<string, Map<number, Gevaar>>(bibobOrgs.map((org) => [org, new Map()]));
  for (let n = 0; n < total; n++) {
    const open = counts.filter(([org, size]) => (plan.get(org)?.size ?? 0) < size);
    if (open.length === 0) break;
    const org = random.weighted(open);
    const dossiers = plan.get(org) ?? new Map<number, Gevaar>();
    const size = counts.find(([code]) => code === org)?.[1] ?? 0;
    let index = random.int(0, size - 1);
    while (dossiers.has(index)) index = (index + 1) % size;
    const gevaar: Gevaar = n < Math.floor(total / 2) ? "ernstig" : n % 2 ? "mindere" : "geen";
    dossiers.set(index, gevaar);
  }
  return plan;
}

/** Every dossier an organisation opens in a year, with its whole course (aanvraag to besluit). */
export function* dossiersOfYear(
  seed: number,
  orgCode: string,
  year: number,
  scale: number,
): Iterable<Dossier> {
  const count = bibobCount(seed, orgCode, year, scale);
  const lbb = lbbAdviezen(seed, year, scale).get(orgCode);
  const random = createRandom(seed, orgCode, "bibob", year);
  const start = dayNumber(`${year}-01-01`);
  const days = dayNumber(`${year}-12-31`) - start + 1;
  const handelingen = orgCode === "PV24" ? handelingenProvincie : handelingenGemeente;
  for (let i = 0; i < count; i++) {
    const aanvraag = isoDate(start + Math.floor(((i + random.float()) / count) * days));
    const rechtshandeling = random.weighted(handelingen);
    const sector = random.weighted(sectorByHandeling[rechtshandeling] ?? [["overig", 1]]);
    const lbbGevaar = lbb?.get(i);
    const tipBron = random.chance(0.08)
      ? random.weighted([
          ["politie", 40],
          ["om", 25],
          ["riec", 25],
          ["bestuursorgaan", 10],
        ] as const)
      : null;
    let dossier: Omit<Dossier, "aangifte">;
    const base = {
      id: caseId("BIB", orgCode, year, i + 1),
      aanvraag,
      rechtshandeling,
      sector,
      tipBron,
    };
    if (lbbGevaar) {
      const advies = addDays(aanvraag, random.int(45, 100));
      const besluit = random.weighted(besluitBij[lbbGevaar]);
      const datumBesluit = addDays(advies, random.int(10, 40));
      dossier = {
        ...base,
        eigenOnderzoek: true,
        lbbAdvies: advies,
        gevaar: lbbGevaar,
        besluit,
        datumBesluit,
      };
    } else if (random.chance(0.04)) {
      // Withdrawn once the questionnaire arrived: the deterrent effect of Bibob.
      const datumBesluit = addDays(aanvraag, random.int(10, 50));
      const eigenOnderzoek = random.chance(0.5);
      dossier = {
        ...base,
        eigenOnderzoek,
        lbbAdvies: null,
        gevaar: null,
        besluit: "aanvraag_ingetrokken",
        datumBesluit,
      };
    } else {
      const gevaar = random.weighted<Gevaar>([
        ["geen", 90],
        ["mindere", 7],
        ["ernstig", 3],
      ]);
      const besluit = random.weighted(besluitBij[gevaar]);
      const datumBesluit = addDays(aanvraag, random.int(14, 90));
      dossier = { ...base, eigenOnderzoek: true, lbbAdvies: null, gevaar, besluit, datumBesluit };
    }
    const aangifte = random.chance(dossier.gevaar === "ernstig" ? 0.3 : 0.01);
    yield { ...dossier, aangifte };
  }
}

/** A dossier as the organisation knows it on a date. */
