/** A calendar quarter, the period of every delivery. */
export interface Period {
  code: string; // "2025-Q3"
  year: number;
  quarter: 1 | 2 | 3 | 4;
  start: string; // ISO date, first day
  end: string; // ISO date, last day
}

const pattern = /^\s*(\d{4})\s*-?\s*[QK]([1-4])\s*$/i;

/** Parses "2025-Q3", "2025-K3" or "2025Q3" (any case); undefined when it is none of those. */
export function parsePeriod(text: string): Period | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  return quarterOf(Number(match[1]), Number(match[2]) as Period["quarter"]);
}

export function quarterOf(year: number, quarter: Period["quarter"]): Period {
  const startMonth = (quarter - 1) * 3 + 1;
  const lastDay = new Date(Date.UTC(year, startMonth + 2, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, "0");
  return {
    code: `${year}-Q${quarter}`,
    year,
    quarter,
    start: `${year}-${pad(startMonth)}-01`,
    end: `${year}-${pad(startMonth + 2)}-${pad(lastDay)}`,
  };
}

/** The quarter an ISO date (jjjj-mm-dd) falls in. */
export function periodOfDate(isoDate: string): Period {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return quarterOf(year, (Math.floor((month - 1) / 3) + 1) as Period["quarter"]);
}
