import { expectedKinds } from "../../ingest/expected-deliveries.ts";
import { findKind } from "../../ingest/kinds/registry.ts";
import { organisations } from "../../ingest/organisations.ts";
import { type Period, quarterOf } from "../../ingest/period.ts";
import { teLaatDagen } from "../norm/parameters.ts";

/** The first quarter the norm is monitored from. */
export const firstMonitoredQuarter = quarterOf(2025, 1);
/** Days after a quarter's end within which a period kind must be delivered. */
export const deliveryDays = teLaatDagen;

export interface Overdue {
  organisatie: string;
  soort: string;
  periode: string;
  /** The last day it could be delivered on time (jjjj-mm-dd). */
  due: string;
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Every quarter from the first monitored one whose delivery deadline lies before today. */
export function quartersDue(today: string): Period[] {
  const due: Period[] = [];
  for (let period = firstMonitoredQuarter; addDays(period.end, deliveryDays) < today; ) {
    due.push(period);
    period =
      period.quarter === 4
        ? quarterOf(period.year + 1, 1)
        : quarterOf(period.year, (period.quarter + 1) as Period["quarter"]);
  }
  return due;
}

/**
 * The period kinds each organisation should have delivered by today and did not
 * (indicators.md: not delivered within 30 days after the quarter ended).
 */
export function findOverdue(delivered: ReadonlySet<string>, today: string): Overdue[] {
  const overdue: Overdue[] = [];
  for (const period of quartersDue(today)) {
    for (const organisation of organisations) {
      for (const soort of expectedKinds(organisation.type)) {
        if (findKind(soort)?.mode !== "period") continue;
        if (delivered.has(deliveryKey(organisation.code, soort, period.code))) continue;
        overdue.push({
          organisatie: organisation.code,
          soort,
          periode: period.code,
          due: addDays(period.end, deliveryDays),
        });
      }
    }
  }
  return overdue;
}

export const deliveryKey = (organisatie: string, soort: string, periode: string) =>
  `${organisatie}/${soort}/${periode}`;
