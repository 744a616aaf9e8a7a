import type { ModelWarehouse } from "../model-warehouse.ts";

export interface IndicatorRow {
  status: string;
  waarde: number | null;
  toelichting: string;
}

/**
 * Builds the warehouse as of the end of each date in turn and keeps one point's rows of
 * norm_indicatoren; returns a lookup of the rows for a date, organisation and evaluation.
 */
export async function indicatorRowsAsOf(
  warehouse: ModelWarehouse,
  punt: string,
  dates: readonly string[],
): Promise<(date: string, organisatie: string, jaar: string) => IndicatorRow[]> {
  const rows = new Map<string, IndicatorRow[]>();
  for (const date of dates) {
    await warehouse.build({ asOf: `${date}T23:59:59Z`, asOfDate: date });
    const built = await warehouse.rows(
      `SELECT organisatie, jaar, status, waarde, toelichting FROM norm_indicatoren WHERE ambitiepunt = '${punt}'`,
    );
    for (const { organisatie, jaar, status, waarde, toelichting } of built) {
      const key = `${date}|${organisatie}|${jaar}`;
      rows.set(key, [...(rows.get(key) ?? []), { status, waarde, toelichting } as IndicatorRow]);
    }
  }
  return (date, organisatie, jaar) => rows.get(`${date}|${organisatie}|${jaar}`) ?? [];
}
