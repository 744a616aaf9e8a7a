const msPerDay = 86_400_000;

/** Days since 1970-01-01 for an ISO date (jjjj-mm-dd). */
export function dayNumber(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / msPerDay);
}

/** The ISO date (jjjj-mm-dd) of a day number. */
export function isoDate(day: number): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

/** The ISO date a number of days after (or before) another. */
export function addDays(date: string, days: number): string {
  return isoDate(dayNumber(date) + days);
}

/** The earlier of two ISO dates. */
export function earliest(a: string, b: string): string {
  return a <= b ? a : b;
}
