import { caseId } from "./case-id.ts";
import { reeksenOfYear } from "./overleggen-plan.ts";
import { createRandom, type Random } from "./random-source.ts";
import { dayNumber, isoDate } from "./sample-dates.ts";
import type { SampleContext, SampleKind, SampleRecord } from "./sample-record.ts";

function* overleggenRecords(context: SampleContext): Iterable<SampleRecord> {
  const { seed, scale, organisatie, periode } = context;
  const random = createRandom(seed, organisatie.code, "overleggen", periode.code);
  const yearStart = dayNumber(`${periode.year}-01-01`);
  const yearDays = dayNumber(`${periode.year}-12-31`) - yearStart + 1;
  const [from, to] = [dayNumber(periode.start), dayNumber(periode.end)];
  let sequence = 0;
  for (const reeks of reeksenOfYear(organisatie.code, periode.year)) {
    const total = reeks.aantal * scale;
    for (let i = 0; i < total; i++) {
      sequence++;
      const day = yearStart + Math.floor(((i + 0.5) / total) * yearDays);
      if (day < from || day > to) continue;
      const afwijkend = Math.floor(i / scale) < (reeks.afwijkend ?? 0);
      const [minCasussen, maxCasussen] = reeks.casussen ?? [0, 0];
      yield {
        overleg_id: caseId("OVL", organisatie.code, periode.year, sequence),
        datum: isoDate(day),
        type: reeks.type,
        niveau: reeks.niveau,
        ondermijning_geagendeerd: reeks.geagendeerd,
        beleidsbesluit_ondermijning: reeks.type === "driehoek" ? afwijkend : null,
        aanwezig: reeks.type === "loo" && afwijkend ? ["gemeente", "politie"] : reeks.aanwezig,
        casussen_besproken: reeks.casussen ? random.int(minCasussen, maxCasussen) : null,
        deelnemers: random.int(reeks.deelnemers[0], reeks.deelnemers[1]),
      };
    }
  }
}

function correctOverleg(record: SampleRecord, random: Random): SampleRecord {
  return { ...record, deelnemers: Number(record.deelnemers) + random.int(1, 4) };
}

export const overleggen: SampleKind = {
  soort: "overleggen",
  columns: [
    { name: "overleg_id", type: "text" },
    { name: "datum", type: "date" },
    { name: "type", type: "text" },
    { name: "niveau", type: "text" },
    { name: "ondermijning_geagendeerd", type: "boolean" },
    { name: "beleidsbesluit_ondermijning", type: "boolean" },
    { name: "aanwezig", type: "list" },
    { name: "casussen_besproken", type: "count" },
    { name: "deelnemers", type: "count" },
  ],
  keyColumn: "overleg_id",
  records: overleggenRecords,
  correct: correctOverleg,
};
