import { todayIso } from "../config.ts";

/** An as-of moment: the instant (UTC ISO) up to which events count, and its date in the Netherlands. */
export interface AsOf {
  instant: string;
  date: string;
}

function amsterdamOffsetMinutes(instant: Date): number {
  const local = new Date(instant.toLocaleString("en-US", { timeZone: "Europe/Amsterdam" }));
  const utc = new Date(instant.toLocaleString("en-US", { timeZone: "UTC" }));
  return Math.round((local.getTime() - utc.getTime()) / 60_000);
}

/**
 * Reads `--as-of`: a date (jjjj-mm-dd or dd-mm-jjjj) means the end of that day in the Netherlands;
 * a timestamp with a zone (ISO 8601) means that instant. Undefined when the text is neither.
 */
export function parseAsOf(text: string): AsOf | undefined {
  const trimmed = text.trim();
  const dutch = /^(\d{2})-(\d{2})-(\d{4})$/.exec(trimmed);
  const isoDate = dutch
    ? `${dutch[3]}-${dutch[2]}-${dutch[1]}`
    : /^\d{4}-\d{2}-\d{2}$/.test(trimmed)
      ? trimmed
      : undefined;
  if (isoDate) {
    const endUtc = new Date(`${isoDate}T23:59:59.999Z`);
    if (Number.isNaN(endUtc.getTime()) || endUtc.toISOString().slice(0, 10) !== isoDate)
      return undefined;
    const instant = new Date(endUtc.getTime() - amsterdamOffsetMinutes(endUtc) * 60_000);
    return { instant: instant.toISOString(), date: isoDate };
  }
  if (!/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/.test(trimmed)) return undefined;
  const instant = new Date(trimmed);
  if (Number.isNaN(instant.getTime())) return undefined;
  return { instant: instant.toISOString(), date: todayIso(instant) };
}

/** Now, as an as-of moment. */
export function asOfNow(now: Date = new Date()): AsOf {
  return { instant: now.toISOString(), date: todayIso(now) };
}
