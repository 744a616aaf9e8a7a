import { expectedKinds, isPeriodKind } from "../expected-deliveries.ts";
import { type Organisation, organisations } from "../organisations.ts";
import { type Period, periodOfDate, quarterOf } from "../period.ts";
import { type Dialect, excelCp1252, excelUtf8, json, plainCsv } from "./dialects.ts";
import { createRandom } from "./random-source.ts";
import { addDays, earliest } from "./sample-dates.ts";
import { snapshotDates } from "./snapshot-dates.ts";

/** One file of the sample set, before its records are made. */
export interface PlannedDelivery {
  organisatie: Organisation;
  soort: string;
  periode: Period;
  peildatum?: string;
  dialect: Dialect;
  /** Relative to the output folder. */
  path: string;
  /** When the partner delivered it (the file's modification time). */
  deliveredOn: string;
  revision: "original" | "herlevering";
  /** Records entered twice by mistake in an original, withdrawn by its re-delivery. */
  doubles: number;
  /** Records a re-delivery corrects. */
  corrections: number;
}

type Ref = readonly [org: string, soort: string, periode: string];

const firstQuarter = "2025-Q1";

/** Deliveries that never arrive: overdue ones in the last quarter; Zeewolde's 2025 registers. */
export const missingInLastQuarter: readonly (readonly [string, string])[] = [
  ["GM0184", "signalen"],
  ["OM-MN", "tips"],
  ["WS-ZZL", "trainingen"],
];
export const missing: readonly Ref[] = [
  ["GM0050", "maatregelen", "2025-Q2"],
  ["GM0050", "maatregelen", "2025-Q4"],
];

/** Deliveries that arrive more than 30 days after their quarter ended. */
export const late: readonly Ref[] = [
  ["GM0171", "bibob", "2025-Q2"],
  ["PV24", "signalen", "2025-Q4"],
  ["POLITIE-FL", "signalen", "2026-Q1"],
  ["GM0050", "overleggen", "2025-Q3"],
  ["DTO-FL", "trainingen", "2025-Q1"],
];

/** Periods delivered twice: the re-delivery corrects a few records and drops the doubles. */
export const redelivered: readonly Ref[] = [
  ["GM0034", "signalen", "2025-Q2"],
  ["GM0995", "bibob", "2025-Q3"],
  ["GM0303", "overleggen", "2025-Q4"],
  ["POLITIE-FL", "signalen", "2026-Q1"],
  ["PV24", "maatregelen", "2025-Q4"],
  ["GM0171", "signalen", "2026-Q2"],
];

// Each partner exports the way its own software does; Almere's Bibob dossiers come from a case
// system that writes JSON.
const dialectByOrg: Readonly<Record<string, Dialect>> = {
  GM0034: excelCp1252,
  GM0303: excelUtf8,
  GM0995: plainCsv,
  GM0171: excelCp1252,
  GM0184: excelUtf8,
  GM0050: excelCp1252,
  PV24: json,
  "POLITIE-FL": plainCsv,
  "OM-MN": excelCp1252,
  "WS-ZZL": json,
  "DTO-FL": excelUtf8,
};

const has = (refs: readonly Ref[], org: string, soort: string, periode: string) =>
  refs.some(([o, s, p]) => o === org && s === soort && p === periode);

/** The last quarter that ended before today. */
export function lastCompleteQuarter(today: string): Period {
  const current = periodOfDate(today);
  return current.quarter === 1
    ? quarterOf(current.year - 1, 4)
    : quarterOf(current.year, (current.quarter - 1) as Period["quarter"]);
}

/** Every quarter from 2025-Q1 up to and including `last`. */
export function quartersUpTo(last: Period): Period[] {
  const quarters: Period[] = [];
  for (let year = 2025; year <= last.year; year++) {
    for (const q of [1, 2, 3, 4] as const) {
      const period = quarterOf(year, q);
      if (period.code >= firstQuarter && period.end <= last.end) quarters.push(period);
    }
  }
  return quarters;
}

/** The whole sample set for a seed and a date: which files, in which dialect, when delivered. */
export function planDeliveries(seed: number, today: string): PlannedDelivery[] {
  const last = lastCompleteQuarter(today);
  const quarters = quartersUpTo(last);
  const peildata = snapshotDates(last.end);
  const plan: PlannedDelivery[] = [];
  for (const organisatie of organisations) {
    const org = organisatie.code;
    for (const soort of expectedKinds(organisatie.type)) {
      const dialect =
        org === "GM0034" && soort === "bibob" ? json : (dialectByOrg[org] ?? plainCsv);
      const slots = isPeriodKind(soort)
        ? quarters.map((periode) => ({ periode, peildatum: undefined }))
        : peildata.map((peildatum) => ({ periode: periodOfDate(peildatum), peildatum }));
      for (const { periode, peildatum } of slots) {
        const code = periode.code;
        if (has(missing, org, soort, code)) continue;
        if (code === last.code && missingInLastQuarter.some(([o, s]) => o === org && s === soort))
          continue;
        const random = createRandom(seed, org, soort, code, "levering");
        const delay = has(late, org, soort, code) ? random.int(40, 75) : random.int(8, 28);
        const deliveredOn = earliest(addDays(periode.end, delay), today);
        const name = `${org}_${soort}_${code}.${dialect.kind}`;
        const again = has(redelivered, org, soort, code);
        const base = {
          organisatie,
          soort,
          periode,
          dialect,
          deliveredOn,
          ...(peildatum ? { peildatum } : {}),
        };
        plan.push({
          ...base,
          path: name,
          revision: "original",
          doubles: again ? 2 : 0,
          corrections: 0,
        });
        if (again) {
          const redeliveredOn = earliest(addDays(deliveredOn, random.int(15, 45)), today);
          plan.push({
            ...base,
            path: `herlevering/${name}`,
            deliveredOn: redeliveredOn,
            revision: "herlevering",
            doubles: 0,
            corrections: 3,
          });
        }
      }
    }
  }
  return plan;
}
