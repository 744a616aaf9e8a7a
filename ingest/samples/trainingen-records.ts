import { caseId } from "./case-id.ts";
import { createRandom, type Random } from "./random-source.ts";
import { dayNumber, isoDate } from "./sample-dates.ts";
import type { SampleContext, SampleKind, SampleRecord } from "./sample-record.ts";
import { sessiesOfYear } from "./trainingen-plan.ts";

function* trainingenRecords(context: SampleContext): Iterable<SampleRecord> {
  const { seed, scale, organisatie, periode } = context;
  const sessies = sessiesOfYear(seed, organisatie.code, organisatie.type, periode.year);
  const random = createRandom(seed, organisatie.code, "trainingen", periode.code);
  const inQuarter = sessies.flatMap((s, index) =>
    s.quarter === periode.quarter ? [{ s, index }] : [],
  );
  const start = dayNumber(periode.start);
  const days = dayNumber(periode.end) - start + 1;
  const count = inQuarter.length * scale;
  let n = 0;
  for (let copy = 0; copy < scale; copy++) {
    for (const { s, index } of inQuarter) {
      yield {
        training_id: caseId(
          "TRN",
          organisatie.code,
          periode.year,
          copy * sessies.length + index + 1,
        ),
        datum: isoDate(start + Math.floor(((n++ + random.float()) / count) * days)),
        onderwerp: s.onderwerp,
        aanbieder: s.aanbieder,
        doelgroep: s.doelgroep,
        deelnemers: s.deelnemers,
      };
    }
  }
}

function correctTraining(record: SampleRecord, random: Random): SampleRecord {
  return { ...record, deelnemers: Number(record.deelnemers) + random.int(1, 3) };
}

export const trainingen: SampleKind = {
  soort: "trainingen",
  columns: [
    { name: "training_id", type: "text" },
    { name: "datum", type: "date" },
    { name: "onderwerp", type: "text" },
    { name: "aanbieder", type: "text" },
    { name: "doelgroep", type: "text" },
    { name: "deelnemers", type: "count" },
  ],
  keyColumn: "training_id",
  records: trainingenRecords,
  correct: correctTraining,
};
