import { caseId } from "./case-id.ts";
import { gemeenteWeights } from "./gemeente-weights.ts";
import { createRandom, type Random } from "./random-source.ts";
import { dayNumber, isoDate } from "./sample-dates.ts";
import type { SampleContext, SampleKind, SampleRecord } from "./sample-record.ts";
import { volumeProfiles, yearTotal } from "./volume-profile.ts";

type Weights = readonly (readonly [string, number])[];

const gebiedenByOrg: Readonly<Record<string, Weights>> = {
  GM0034: [
    ["bedrijventerrein", 40],
    ["woonwijk", 30],
    ["branche", 30],
  ],
  GM0995: [
    ["bedrijventerrein", 60],
    ["branche", 40],
  ],
  GM0171: [
    ["buitengebied", 50],
    ["bedrijventerrein", 50],
  ],
  GM0303: [["buitengebied", 1]],
  GM0050: [
    ["vakantiepark", 70],
    ["buitengebied", 30],
  ],
  GM0184: [
    ["bedrijventerrein", 60],
    ["branche", 40],
  ],
  "POLITIE-FL": [
    ["bedrijventerrein", 60],
    ["branche", 40],
  ],
  "WS-ZZL": [["buitengebied", 1]],
};

const dupThemas = [
  "drugs",
  "hennep",
  "vastgoed",
  "mensenhandel",
  "arbeidsuitbuiting",
  "vakantieparken",
  "explosies",
];

// Brandveiligheid is what integrale controles find most; the rest follows at a distance.
const bevindingCategorieen: Weights = [
  ["brandveiligheid", 45],
  ["bouw", 15],
  ["illegale_bewoning", 12],
  ["milieu", 8],
  ["energie", 8],
  ["fiscaal", 4],
  ["drugs", 4],
  ["overig", 4],
];

const extraPartners = [
  "belastingdienst",
  "uwv",
  "douane",
  "sociale_recherche",
  "netbeheerder",
  "riec",
];

/** The quarter (1–4) of each integrale controle an organisation holds in a year. */
export function controleQuarters(
  seed: number,
  orgCode: string,
  year: number,
  scale: number,
): readonly number[] {
  const random = createRandom(seed, orgCode, "controles", year, "volume");
  const count = yearTotal(volumeProfiles[orgCode]?.controles, random, scale);
  // Dronten checks its buitengebied in spring and in late summer, when hennep is outside.
  if (orgCode === "GM0303") return Array.from({ length: count }, (_, i) => (i % 2 === 0 ? 2 : 3));
  const first = random.int(1, 4);
  return Array.from({ length: count }, (_, i) => ((first - 1 + i) % 4) + 1);
}

function bevindingen(total: number, random: Random): string[] {
  const counts = new Map<string, number>();
  for (let i = 0; i < total; i++) {
    const categorie = random.weighted(bevindingCategorieen);
    counts.set(categorie, (counts.get(categorie) ?? 0) + 1);
  }
  return [...counts].map(([categorie, aantal]) => `${categorie}:${aantal}`);
}

function* controlesRecords(context: SampleContext): Iterable<SampleRecord> {
  const { seed, scale, organisatie, periode } = context;
  const org = organisatie.code;
  const quarters = controleQuarters(seed, org, periode.year, scale);
  const random = createRandom(seed, org, "controles", periode.code);
  const profile = volumeProfiles[org] ?? {};
  const [minAdressen, maxAdressen] = profile.adressen ?? [20, 40];
  const inQuarter = quarters.flatMap((q, i) => (q === periode.quarter ? [i] : []));
  const start = dayNumber(periode.start);
  const days = dayNumber(periode.end) - start + 1;
  for (const [n, index] of inQuarter.entries()) {
    const bezocht = random.int(minAdressen, maxAdressen);
    const metBevinding = Math.round(bezocht * (0.3 + random.float() * 0.2));
    const partners = ["gemeente", "politie", "brandweer", "omgevingsdienst"];
    if (org === "WS-ZZL") partners.push("waterschap");
    for (const partner of extraPartners) if (random.chance(0.3)) partners.push(partner);
    // Urk's controles in 2025 were on fire safety only: no DUP theme (ambitiepunt 18 deels).
    const themas =
      org === "GM0184" && periode.year === 2025
        ? []
        : dupThemas.filter(() => random.chance(0.3)).slice(0, 3);
    if (themas.length === 0 && !(org === "GM0184" && periode.year === 2025)) themas.push("drugs");
    yield {
      controle_id: caseId("CTL", org, periode.year, index + 1),
      datum: isoDate(start + Math.floor(((n + random.float()) / inQuarter.length) * days)),
      gemeente: organisatie.type === "gemeente" ? org : random.weighted(gemeenteWeights),
      gebied_type: random.weighted(gebiedenByOrg[org] ?? [["overig", 1]]),
      dup_themas: themas,
      partners,
      adressen_bezocht: bezocht,
      adressen_met_bevinding: metBevinding,
      bevindingen: bevindingen(metBevinding + random.int(0, Math.ceil(metBevinding / 4)), random),
      maatregelen_opgelegd: Math.round(metBevinding * (0.2 + random.float() * 0.4)),
    };
  }
}

function correctControle(record: SampleRecord, random: Random): SampleRecord {
  return {
    ...record,
    maatregelen_opgelegd: Number(record.maatregelen_opgelegd) + random.int(1, 3),
  };
}

export const controles: SampleKind = {
  soort: "controles",
  columns: [
    { name: "controle_id", type: "text" },
    { name: "datum", type: "date" },
    { name: "gemeente", type: "text" },
    { name: "gebied_type", type: "text" },
    { name: "dup_themas", type: "list" },
    { name: "partners", type: "list" },
    { name: "adressen_bezocht", type: "count" },
    { name: "adressen_met_bevinding", type: "count" },
    { name: "bevindingen", type: "list" },
    { name: "maatregelen_opgelegd", type: "count" },
  ],
  keyColumn: "controle_id",
  records: controlesRecords,
  correct: correctControle,
};
