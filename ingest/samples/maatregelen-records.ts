import { type RegisterItem, registerOf, type Stage } from "./maatregelen-register.ts";
import { createRandom, type Random } from "./random-source.ts";
import { dayNumber, isoDate } from "./sample-dates.ts";
import type { SampleContext, SampleKind, SampleRecord } from "./sample-record.ts";

type Window = readonly [string, string];

const windows = {
  actueel: ["2021-06-01", "2024-10-31"],
  lopendPlan: ["2022-06-01", "2024-10-31"],
  evaluatie: ["2023-03-01", "2024-12-15"],
  oud: ["2014-03-01", "2020-11-30"],
  vorigEob: ["2023-04-01", "2023-06-30"],
  voorbereiding25: ["2024-03-01", "2025-03-31"],
  voorbereiding26: ["2024-09-01", "2025-05-31"],
  vastgesteld25: ["2025-07-01", "2025-12-10"],
  vastgesteld26: ["2026-01-15", "2026-06-20"],
} as const satisfies Record<string, Window>;

function dayIn(random: Random, [from, to]: Window): string {
  return isoDate(random.int(dayNumber(from), dayNumber(to)));
}

interface Course {
  voorbereiding: string | null;
  oud: string | null;
  vastgesteld: string | null;
  evaluatie: string | null;
}

/** The dates that shape an item's history; drawn once per item, so every snapshot agrees. */
function courseOf(random: Random, entry: RegisterItem, stage: Stage): Course {
  const oudWindow = entry.ambitiepunt === "28" ? windows.vorigEob : windows.oud;
  switch (stage) {
    case "A": {
      // A four-year plan adopted from mid-2022 still runs at the end of 2026.
      const vastgesteld = dayIn(random, entry.vierjarig ? windows.lopendPlan : windows.actueel);
      const evaluatie = vastgesteld < "2023-01-01" ? dayIn(random, windows.evaluatie) : null;
      return { voorbereiding: null, oud: null, vastgesteld, evaluatie };
    }
    case "O":
      return {
        voorbereiding: null,
        oud: dayIn(random, windows.oud),
        vastgesteld: null,
        evaluatie: null,
      };
    case "L25":
    case "L26": {
      const voorbereiding = dayIn(
        random,
        stage === "L25" ? windows.voorbereiding25 : windows.voorbereiding26,
      );
      const vastgesteld = dayIn(
        random,
        stage === "L25" ? windows.vastgesteld25 : windows.vastgesteld26,
      );
      return { voorbereiding, oud: null, vastgesteld, evaluatie: null };
    }
    case "R25":
    case "R26": {
      const oud = dayIn(random, oudWindow);
      const vastgesteld = dayIn(
        random,
        stage === "R25" ? windows.vastgesteld25 : windows.vastgesteld26,
      );
      return { voorbereiding: null, oud, vastgesteld, evaluatie: null };
    }
    case "W":
      return {
        voorbereiding: dayIn(random, windows.voorbereiding26),
        oud: null,
        vastgesteld: null,
        evaluatie: null,
      };
  }
}

function maatregelId(org: string, entry: RegisterItem): string {
  const punt = entry.ambitiepunt.padStart(2, "0");
  return `MRG-${org}-${punt}${entry.onderdeel ? `-${entry.onderdeel.slice(0, 3).toUpperCase()}` : ""}`;
}

function* maatregelenRecords(context: SampleContext): Iterable<SampleRecord> {
  const { seed, organisatie, peildatum = context.periode.end } = context;
  const org = organisatie.code;
  const naam =
    organisatie.type === "gemeente" ? ` ${organisatie.naam.replace("Gemeente ", "")}` : "";
  for (const [entry, stage] of registerOf(org)) {
    const random = createRandom(seed, org, "maatregel", entry.ambitiepunt, entry.onderdeel ?? "");
    const course = courseOf(random, entry, stage);
    const vindplaats = `https://lokaleregelgeving.overheid.nl/CVDR${random.int(600_000, 749_999)}`;
    const adopted =
      course.vastgesteld !== null && course.vastgesteld <= peildatum
        ? course.vastgesteld
        : course.oud;
    if (adopted === null && (course.voorbereiding === null || course.voorbereiding > peildatum))
      continue;
    const year = Number(adopted?.slice(0, 4));
    const geldigTot = entry.vierjarig && adopted ? `${year + 4}-12-31` : null;
    const title = !adopted
      ? `${entry.omschrijving}${naam} (concept)`
      : entry.vierjarig
        ? `${entry.omschrijving}${naam} ${year + 1}–${year + 4}`
        : entry.soort === "mijlpaal" || entry.realised
          ? `${entry.omschrijving}${naam}`
          : `${entry.omschrijving}${naam} ${year}`;
    const status = !adopted
      ? "in_voorbereiding"
      : geldigTot !== null && geldigTot < peildatum
        ? "verlopen"
        : entry.realised
          ? "gerealiseerd"
          : "vastgesteld";
    const published =
      adopted && ["beleid", "regeling", "aanwijzing", "protocol"].includes(entry.soort);
    yield {
      peildatum,
      maatregel_id: maatregelId(org, entry),
      ambitiepunt: entry.ambitiepunt,
      onderdeel: entry.onderdeel,
      soort: entry.soort,
      omschrijving: title,
      status,
      datum_vastgesteld: adopted,
      geldig_tot: geldigTot,
      datum_evaluatie: adopted === course.vastgesteld ? course.evaluatie : null,
      vindplaats: published ? vindplaats : null,
    };
  }
}

function correctMaatregel(record: SampleRecord): SampleRecord {
  return { ...record, omschrijving: `${String(record.omschrijving)} (herzien)` };
}

export const maatregelen: SampleKind = {
  soort: "maatregelen",
  columns: [
    { name: "peildatum", type: "date" },
    { name: "maatregel_id", type: "text" },
    { name: "ambitiepunt", type: "text" },
    { name: "onderdeel", type: "text" },
    { name: "soort", type: "text" },
    { name: "omschrijving", type: "text" },
    { name: "status", type: "text" },
    { name: "datum_vastgesteld", type: "date" },
    { name: "geldig_tot", type: "date" },
    { name: "datum_evaluatie", type: "date" },
    { name: "vindplaats", type: "text" },
  ],
  keyColumn: "maatregel_id",
  records: maatregelenRecords,
  correct: correctMaatregel,
};
