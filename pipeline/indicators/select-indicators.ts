import type { DuckDBConnection } from "@duckdb/node-api";

/** The columns of `indicators`, in the order of the product's CLI contract. */
export const indicatorColumns = [
  "organisatie",
  "ambitiepunt",
  "jaar",
  "status",
  "waarde",
  "norm",
  "toelichting",
] as const;
export type IndicatorRow = Record<(typeof indicatorColumns)[number], string | number | null>;

export interface IndicatorFilter {
  organisatie?: string | undefined;
  ambitiepunt?: string | undefined;
  jaar?: string | undefined;
}

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** The norm indicators of the warehouse's current tables, filtered, in catalogue order. */
export async function selectIndicators(
  connection: DuckDBConnection,
  filter: IndicatorFilter,
): Promise<IndicatorRow[]> {
  const where = [
    filter.organisatie ? `upper(i.organisatie) = upper(${literal(filter.organisatie)})` : undefined,
    filter.ambitiepunt ? `upper(i.ambitiepunt) = upper(${literal(filter.ambitiepunt)})` : undefined,
    filter.jaar ? `i.jaar = ${literal(filter.jaar)}` : undefined,
  ].filter(Boolean);
  const sql = `
    SELECT ${indicatorColumns.map((c) => `i.${c}`).join(", ")}
    FROM norm_indicatoren AS i
    JOIN ref_ambitiepunten AS p ON p.punt = i.ambitiepunt
    ${where.length > 0 ? `WHERE ${where.join(" AND ")}` : ""}
    ORDER BY i.organisatie, p.volgorde, i.jaar`;
  return (await connection.runAndReadAll(sql)).getRowObjectsJson() as IndicatorRow[];
}
