import { caseId } from "./case-id.ts";
import { gemeenteWeights } from "./gemeente-weights.ts";
import { createRandom, type Random } from "./random-source.ts";
import { dayNumber, isoDate } from "./sample-dates.ts";
import type { SampleContext, SampleKind, SampleRecord } from "./sample-record.ts";
import { type Range, splitOverQuarters } from "./volume-profile.ts";

// Tips given in a year: the OM (art. 26) and the police give most; gemeenten tip each other
// now and then. Not scaled: tips are rare by nature.
const tipsPerYear: Readonly<Record<string, Range>> = {
  "OM-MN": [8, 15],
  "POLITIE-FL": [10, 20],
  GM0034: [3, 6],
  GM0995: [1, 3],
  GM0171: [0, 2],
  GM0303: [1, 2],
  GM0050: [0, 1],
  GM0184: [0, 1],
  PV24: [0, 2],
};

const soortByOrg: Readonly<Record<string, string>> = {
  "OM-MN": "om_art26",
  "POLITIE-FL": "politie",
};

const ontvangers: readonly (readonly [string, number])[] = [...gemeenteWeights, ["PV24", 30_000]];

function* tipsRecords(context: SampleContext): Iterable<SampleRecord> {
  const { seed, organisatie, periode } = context;
  const org = organisatie.code;
  const range = tipsPerYear[org] ?? [0, 0];
  const volume = createRandom(seed, org, "tips", periode.year, "volume");
  const perQuarter = splitOverQuarters(volume.int(range[0], range[1]), volume);
  const q = periode.quarter - 1;
  const count = perQuarter[q] ?? 0;
  const offset = perQuarter.slice(0, q).reduce((a, b) => a + b, 0);
  const random = createRandom(seed, org, "tips", periode.code);
  const start = dayNumber(periode.start);
  const days = dayNumber(periode.end) - start + 1;
  const others = ontvangers.filter(([code]) => code !== org);
  for (let i = 0; i < count; i++) {
    yield {
      tip_id: caseId("TIP", org, periode.year, offset + i + 1),
      datum: isoDate(start + Math.floor(((i + random.float()) / count) * days)),
      ontvanger: random.weighted(others),
      soort: soortByOrg[org] ?? "bestuursorgaan",
    };
  }
}

function correctTip(record: SampleRecord, random: Random): SampleRecord {
  const others = ontvangers.filter(([code]) => code !== record.ontvanger);
  return { ...record, ontvanger: random.weighted(others) };
}

export const tips: SampleKind = {
  soort: "tips",
  columns: [
    { name: "tip_id", type: "text" },
    { name: "datum", type: "date" },
    { name: "ontvanger", type: "text" },
    { name: "soort", type: "text" },
  ],
  keyColumn: "tip_id",
  records: tipsRecords,
  correct: correctTip,
};
