import { periodOfDate } from "../period.ts";

const firstYear = 2025;

/**
 * The peildata of the snapshot kinds (formatie, maatregelen): 30 June and 31 December of every
 * year since 2025, as far as their quarter is complete before today.
 */
export function snapshotDates(lastQuarterEnd: string): readonly string[] {
  const dates: string[] = [];
  for (let year = firstYear; `${year}-06-30` <= lastQuarterEnd; year++) {
    for (const date of [`${year}-06-30`, `${year}-12-31`]) {
      if (periodOfDate(date).end <= lastQuarterEnd) dates.push(date);
    }
  }
  return dates;
}

/** How many half-years a peildatum lies after the first one (30-06-2025 is 0). */
export function snapshotIndex(peildatum: string): number {
  const year = Number(peildatum.slice(0, 4));
  return (year - firstYear) * 2 + (peildatum.slice(5, 7) === "12" ? 1 : 0);
}
