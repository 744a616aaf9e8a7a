import { createRandom } from "./random-source.ts";
import type { SampleContext, SampleKind, SampleRecord } from "./sample-record.ts";
import { snapshotIndex } from "./snapshot-dates.ts";
import { type Range, volumeProfiles } from "./volume-profile.ts";

interface Post {
  rol: string;
  eenheid: string | null;
  range: Range;
}

const basisteams = [
  "Basisteam Almere-Stad",
  "Basisteam Almere-Buiten",
  "Basisteam Lelystad",
  "Basisteam Noordoostpolder-Urk",
  "Basisteam Dronten-Zeewolde",
];

// The police fill the themahouder posts one basisteam at a time (ambitiepunt 29): three of
// five on 30-06-2025, four at the end of 2025, all five from 2026.
const themahouderFrom: Readonly<Record<string, number>> = {
  "Basisteam Almere-Buiten": 2,
  "Basisteam Dronten-Zeewolde": 1,
};

function postsOf(code: string, type: string): readonly Post[] {
  const profile = volumeProfiles[code] ?? {};
  const own = (rol: string, range: Range | undefined): Post[] =>
    range ? [{ rol, eenheid: null, range }] : [];
  switch (type) {
    case "gemeente":
    case "provincie":
      return [
        ...own("bibob_medewerker", profile.bibobMedewerkers),
        ...own("boa_ondermijning", profile.boa),
        ...own("toezichthouder_ondermijning", profile.toezichthouders),
        { rol: "themahouder_ondermijning", eenheid: null, range: [1, 2] },
        ...(type === "gemeente" ? own("aandachtsfunctionaris_mensenhandel", [1, 1]) : []),
        { rol: "integriteitscoordinator", eenheid: null, range: [1, 1] },
      ];
    case "politie":
      return [
        ...basisteams.map((eenheid) => ({
          rol: "themahouder_ondermijning",
          eenheid,
          range: [1, 2] as Range,
        })),
        { rol: "overig", eenheid: "Districtsrecherche ondermijning", range: [12, 18] },
        { rol: "integriteitscoordinator", eenheid: "District Flevoland", range: [1, 1] },
      ];
    case "om":
      return [
        { rol: "themahouder_ondermijning", eenheid: "Gebiedsofficier Flevoland", range: [1, 1] },
        { rol: "overig", eenheid: "Interventiespecialist", range: [1, 2] },
        { rol: "integriteitscoordinator", eenheid: null, range: [1, 1] },
      ];
    case "waterschap":
      return [
        ...own("boa_ondermijning", profile.boa),
        ...own("toezichthouder_ondermijning", profile.toezichthouders),
        { rol: "integriteitscoordinator", eenheid: null, range: [1, 1] },
      ];
    default:
      return [
        { rol: "overig", eenheid: "Operationeel coördinator", range: [2, 3] },
        { rol: "overig", eenheid: "Programmamanager", range: [1, 1] },
        { rol: "overig", eenheid: "Analist ondermijning", range: [2, 4] },
      ];
  }
}

/** The head count of one post on a peildatum: drawn once, growing a little, never past its range. */
export function formatieAantal(
  seed: number,
  orgCode: string,
  post: Pick<Post, "rol" | "eenheid" | "range">,
  peildatum: string,
): number {
  const random = createRandom(seed, orgCode, "formatie", post.rol, post.eenheid ?? "");
  const base = random.int(post.range[0], post.range[1]);
  const growth = random.float() * 0.7;
  const index = snapshotIndex(peildatum);
  const from = post.eenheid ? themahouderFrom[post.eenheid] : undefined;
  if (post.rol === "themahouder_ondermijning" && from !== undefined && index < from) return 0;
  return Math.min(post.range[1], base + Math.floor(index * growth));
}

/** The head count an organisation has on a peildatum for one rol (all eenheden together). */
export function formatieVoorRol(
  seed: number,
  orgCode: string,
  orgType: string,
  rol: string,
  peildatum: string,
): number {
  return postsOf(orgCode, orgType)
    .filter((post) => post.rol === rol)
    .reduce((sum, post) => sum + formatieAantal(seed, orgCode, post, peildatum), 0);
}

function* formatieRecords(context: SampleContext): Iterable<SampleRecord> {
  const { organisatie, peildatum = context.periode.end } = context;
  for (const post of postsOf(organisatie.code, organisatie.type)) {
    yield {
      peildatum,
      rol: post.rol,
      eenheid: post.eenheid,
      aantal: formatieAantal(context.seed, organisatie.code, post, peildatum),
    };
  }
}

export const formatie: SampleKind = {
  soort: "formatie",
  columns: [
    { name: "peildatum", type: "date" },
    { name: "rol", type: "text" },
    { name: "eenheid", type: "text" },
    { name: "aantal", type: "count" },
  ],
  keyColumn: "rol",
  records: formatieRecords,
  correct: (record, random) => ({ ...record, aantal: Number(record.aantal) + random.int(0, 1) }),
};
