import type { DuckDBConnection } from "@duckdb/node-api";
import type { Organisation } from "../../ingest/organisations.ts";
import { eersteJaar } from "../norm/parameters.ts";
import type {
  Aanleverstand,
  FactsheetData,
  Kerncijfer,
  PuntStatus,
  TrendPunt,
} from "./factsheet-data.ts";

type Row = Record<string, string | number | boolean | null | string[]>;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;
const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

async function rows(connection: DuckDBConnection, sql: string): Promise<Row[]> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Row[];
}

/** The key figures: table, column, whether a count or a share, and the dimension row they sit on. */
const figures: readonly {
  naam: string;
  tabel: string;
  kolom: string;
  soort: Kerncijfer["soort"];
  cel?: string;
}[] = [
  { naam: "Signalen", tabel: "beeld_signalen", kolom: "aantal", soort: "aantal" },
  {
    naam: "Signalen per 10.000 inwoners",
    tabel: "beeld_signalen",
    kolom: "per_10000",
    soort: "getal",
  },
  {
    naam: "Signalen besproken in het LOO",
    tabel: "beeld_signalen",
    kolom: "aandeel_besproken_in_loo",
    soort: "aandeel",
  },
  {
    naam: "Signalen opgevolgd",
    tabel: "beeld_signalen",
    kolom: "aandeel_opgevolgd",
    soort: "aandeel",
  },
  { naam: "Integrale controles", tabel: "beeld_controles", kolom: "aantal", soort: "aantal" },
  {
    naam: "Bezochte adressen",
    tabel: "beeld_controles",
    kolom: "aantal",
    soort: "aantal",
    cel: "dimensie = 'adressen' AND waarde_code = 'bezocht'",
  },
  {
    naam: "Trefkans controles",
    tabel: "beeld_controles",
    kolom: "trefkans",
    soort: "aandeel",
    cel: "dimensie = 'adressen' AND waarde_code = 'met_bevinding'",
  },
  { naam: "Bibob-dossiers", tabel: "beeld_bibob", kolom: "aantal", soort: "aantal" },
  {
    naam: "Bibob met eigen onderzoek",
    tabel: "beeld_bibob",
    kolom: "aandeel_eigen_onderzoek",
    soort: "aandeel",
  },
  { naam: "Deelnemers trainingen", tabel: "beeld_trainingen", kolom: "aantal", soort: "aantal" },
];

/**
 * Reads one organisation's factsheet for `jaar` from the connection's current model tables (the
 * build variables must be set). Figures are per gemeente; for other organisations the district's.
 */
export async function readFactsheetData(
  connection: DuckDBConnection,
  organisatie: Organisation,
  jaar: number,
  markering?: string,
): Promise<FactsheetData> {
  const code = literal(organisatie.code);
  const gebied = organisatie.type === "gemeente" ? code : "'DISTRICT'";
  const [build] = await rows(
    connection,
    "SELECT CAST(as_of_date AS VARCHAR) AS d FROM build_variabelen",
  );
  const asOfDate = String(build?.d);
  const punten: PuntStatus[] = (
    await rows(
      connection,
      `SELECT i.ambitiepunt, p.thema, p.tekst, i.status, i.norm, i.toelichting, d.aandeel_voldaan
       FROM norm_indicatoren AS i
       JOIN ref_ambitiepunten AS p ON p.punt = i.ambitiepunt
       LEFT JOIN norm_district AS d ON d.ambitiepunt = i.ambitiepunt AND d.jaar = i.jaar
       WHERE i.organisatie = ${code} AND i.jaar = '${jaar}'
       ORDER BY p.volgorde`,
    )
  ).map((r) => ({
    punt: String(r.ambitiepunt),
    thema: Number(r.thema),
    tekst: String(r.tekst),
    status: String(r.status),
    norm: String(r.norm ?? ""),
    toelichting: String(r.toelichting ?? ""),
    onderdeel: !/^\d+$/.test(String(r.ambitiepunt)),
    districtVoldaan: num(r.aandeel_voldaan),
  }));
  const [district] = await rows(
    connection,
    `SELECT sum(voldaan) / nullif(sum(toepasselijk), 0) AS aandeel FROM norm_district
     WHERE jaar = '${jaar}' AND regexp_matches(ambitiepunt, '^[0-9]+$')`,
  );
  const kerncijfers: Kerncijfer[] = [];
  for (const figure of figures) {
    const values = await rows(
      connection,
      `SELECT gemeente, jaar, ${figure.kolom} AS v FROM ${figure.tabel}
       WHERE ${figure.cel ?? "dimensie = 'totaal'"} AND periode_type = 'jaar' AND gemeente IN (${gebied}, 'DISTRICT')
         AND jaar IN ('${jaar - 1}', '${jaar}')`,
    );
    const pick = (gemeente: string, y: number) =>
      num(values.find((v) => v.gemeente === gemeente && v.jaar === String(y))?.v);
    const own = organisatie.type === "gemeente" ? organisatie.code : "DISTRICT";
    kerncijfers.push({
      naam: figure.naam,
      soort: figure.soort,
      gemeente: { jaar: pick(own, jaar), vorig: pick(own, jaar - 1) },
      district: { jaar: pick("DISTRICT", jaar), vorig: pick("DISTRICT", jaar - 1) },
    });
  }
  // Only quarters that have ended by the evaluation date: a running quarter is not yet delivered.
  const trend: TrendPunt[] = (
    await rows(
      connection,
      `SELECT periode,
              max(per_10000) FILTER (WHERE gemeente = ${gebied}) AS gemeente,
              max(per_10000) FILTER (WHERE gemeente = 'DISTRICT') AS district
       FROM beeld_signalen
       WHERE dimensie = 'totaal' AND periode_type = 'kwartaal'
         AND CAST(jaar AS INTEGER) BETWEEN ${eersteJaar} AND ${jaar}
         AND make_date(CAST(left(periode, 4) AS INTEGER), CAST(right(periode, 1) AS INTEGER) * 3, 1) + INTERVAL 1 MONTH
             <= DATE '${asOfDate}'
       GROUP BY periode ORDER BY periode`,
    )
  ).map((r) => ({
    periode: String(r.periode),
    gemeente: num(r.gemeente),
    district: num(r.district),
  }));
  const aanleveringen: Aanleverstand[] = (
    await rows(
      connection,
      `SELECT soort,
              max(periode) FILTER (WHERE leveringen > 0) AS laatste_periode,
              CAST(CAST(timezone('Europe/Amsterdam', max(laatst_ontvangen)) AS DATE) AS VARCHAR) AS laatst_ontvangen,
              coalesce(list(periode ORDER BY periode) FILTER (WHERE achterstallig), []) AS achterstallig,
              CAST(sum(correcties + intrekkingen) AS INTEGER) AS correcties
       FROM beeld_aanleveringen WHERE organisatie = ${code}
       GROUP BY soort ORDER BY soort`,
    )
  ).map((r) => ({
    soort: String(r.soort),
    laatstePeriode: r.laatste_periode === null ? null : String(r.laatste_periode),
    laatstOntvangen: r.laatst_ontvangen === null ? null : String(r.laatst_ontvangen),
    achterstallig: (r.achterstallig as string[] | null) ?? [],
    correcties: Number(r.correcties ?? 0),
  }));
  return {
    organisatie,
    jaar,
    asOfDate,
    ...(markering ? { markering } : {}),
    punten,
    districtAandeelVoldaan: num(district?.aandeel),
    kerncijfers,
    trend,
    aanleveringen,
  };
}
