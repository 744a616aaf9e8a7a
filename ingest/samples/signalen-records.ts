import { caseId } from "./case-id.ts";
import { gemeenteWeights } from "./gemeente-weights.ts";
import { createRandom, type Random } from "./random-source.ts";
import { addDays, dayNumber, earliest, isoDate } from "./sample-dates.ts";
import type { SampleContext, SampleKind, SampleRecord } from "./sample-record.ts";
import { splitOverQuarters, volumeProfiles, yearTotal } from "./volume-profile.ts";

type Weights = readonly (readonly [string, number])[];

const bronnenByType: Readonly<Record<string, Weights>> = {
  gemeente: [
    ["intern_meldpunt", 25],
    ["toezicht", 25],
    ["politie", 20],
    ["burger", 10],
    ["riec", 8],
    ["ketenpartner", 8],
    ["overig", 4],
  ],
  provincie: [
    ["intern_meldpunt", 35],
    ["toezicht", 30],
    ["ketenpartner", 20],
    ["riec", 15],
  ],
  politie: [
    ["politie", 55],
    ["burger", 15],
    ["ketenpartner", 15],
    ["riec", 10],
    ["overig", 5],
  ],
  waterschap: [
    ["toezicht", 60],
    ["intern_meldpunt", 20],
    ["burger", 20],
  ],
};

const fenomenenByType: Readonly<Record<string, Weights>> = {
  gemeente: [
    ["drugs", 20],
    ["hennep", 12],
    ["drugslab", 4],
    ["vastgoed", 12],
    ["witwassen", 8],
    ["mensenhandel", 6],
    ["arbeidsuitbuiting", 7],
    ["zorgfraude", 4],
    ["explosies", 3],
    ["omg", 3],
    ["vakantieparken", 5],
    ["horeca", 10],
    ["overig", 6],
  ],
  waterschap: [
    ["drugslab", 40],
    ["hennep", 30],
    ["vakantieparken", 10],
    ["overig", 20],
  ],
};

const opvolgingen: Weights = [
  ["geen", 25],
  ["bestuurlijk", 20],
  ["strafrechtelijk", 12],
  ["fiscaal", 5],
  ["integrale_controle", 8],
  ["bibob", 8],
  ["damocles", 6],
  ["riec_casus", 8],
  ["overig", 8],
];

// How often a gemeente's signals reach its lokaal ondermijningsoverleg.
const looShare: Readonly<Record<string, number>> = {
  GM0034: 0.7,
  GM0995: 0.65,
  GM0303: 0.55,
  GM0171: 0.6,
  GM0050: 0.4,
  GM0184: 0.3,
};

/** The number of signals (MMA and other sources) an organisation receives in each quarter of a year. */
export function signalenPerQuarter(
  seed: number,
  orgCode: string,
  year: number,
  scale: number,
): { mma: readonly number[]; overig: readonly number[] } {
  const profile = volumeProfiles[orgCode] ?? {};
  const random = createRandom(seed, orgCode, "signalen", year, "volume");
  const mma = splitOverQuarters(yearTotal(profile.mma, random, scale), random);
  const overig = splitOverQuarters(yearTotal(profile.signalenOverig, random, scale), random);
  return { mma, overig };
}

function* signalenRecords(context: SampleContext): Iterable<SampleRecord> {
  const { seed, scale, today, organisatie, periode } = context;
  const org = organisatie.code;
  const isGemeente = organisatie.type === "gemeente";
  const { mma, overig } = signalenPerQuarter(seed, org, periode.year, scale);
  const q = periode.quarter - 1;
  let offset = 0;
  for (let i = 0; i < q; i++) offset += (mma[i] ?? 0) + (overig[i] ?? 0);
  let mmaLeft = mma[q] ?? 0;
  const count = mmaLeft + (overig[q] ?? 0);
  const random = createRandom(seed, org, "signalen", periode.code);
  const bronnen = bronnenByType[organisatie.type] ?? bronnenByType.gemeente ?? [];
  const fenomenen = fenomenenByType[organisatie.type] ?? fenomenenByType.gemeente ?? [];
  const start = dayNumber(periode.start);
  const days = dayNumber(periode.end) - start + 1;
  const horizon = earliest(addDays(periode.end, 20), today);
  // Dronten and Urk leave the gemeente column empty: it defaults to the delivering gemeente.
  const ownGemeente = isGemeente && org !== "GM0303" && org !== "GM0184" ? org : null;
  for (let i = 0; i < count; i++) {
    const isMma = random.float() * (count - i) < mmaLeft;
    if (isMma) mmaLeft--;
    const ontvangen = isoDate(start + Math.floor(((i + random.float()) / count) * days));
    const bron = isMma ? "mma" : random.weighted(bronnen);
    const loo = random.chance(looShare[org] ?? 0.3);
    const besproken = earliest(addDays(ontvangen, random.int(3, 35)), horizon);
    const afgesloten = addDays(ontvangen, random.int(5, 150));
    const closed = afgesloten <= horizon;
    yield {
      signaal_id: caseId("SIG", org, periode.year, offset + i + 1),
      datum_ontvangen: ontvangen,
      bron,
      fenomeen: random.weighted(fenomenen),
      gemeente: isGemeente ? ownGemeente : random.weighted(gemeenteWeights),
      besproken_in_loo: loo,
      datum_besproken_loo: loo ? besproken : null,
      opvolging: closed ? random.weighted(opvolgingen) : "lopend",
      datum_afgesloten: closed ? afgesloten : null,
    };
  }
}

function correctSignaal(record: SampleRecord, random: Random): SampleRecord {
  const others = (fenomenenByType.gemeente ?? []).filter(([code]) => code !== record.fenomeen);
  return { ...record, fenomeen: random.weighted(others) };
}

export const signalen: SampleKind = {
  soort: "signalen",
  columns: [
    { name: "signaal_id", type: "text" },
    { name: "datum_ontvangen", type: "date" },
    { name: "bron", type: "text" },
    { name: "fenomeen", type: "text" },
    { name: "gemeente", type: "text" },
    { name: "besproken_in_loo", type: "boolean" },
    { name: "datum_besproken_loo", type: "date" },
    { name: "opvolging", type: "text" },
    { name: "datum_afgesloten", type: "date" },
  ],
  keyColumn: "signaal_id",
  records: signalenRecords,
  correct: correctSignaal,
};
