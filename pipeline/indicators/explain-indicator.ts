import type { DuckDBConnection } from "@duckdb/node-api";
import { findOrganisation } from "../../ingest/organisations.ts";
import type { Ambitiepunt } from "../norm/ambitiepunt.ts";
import { findAmbitiepunt } from "../norm/ambitiepunten.ts";
import { evidenceQueries } from "./evidence-queries.ts";
import { type IndicatorRow, selectIndicators } from "./select-indicators.ts";

export interface Evidence {
  soort: string;
  records: {
    id: string;
    datum: string | null;
    omschrijving: string | null;
    bestand: string;
    regel: number | null;
  }[];
  aanleveringen: { bestand: string; periode: string; ontvangen: string; sha256: string }[];
}

export interface Explanation {
  punt: Ambitiepunt;
  organisatie: { code: string; naam: string };
  indicator: IndicatorRow | undefined;
  evaluatie: { jaar: string; begin: string; einde: string; peildatum: string } | undefined;
  bewijs: Evidence[];
}

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * Why an organisation has its status on a point: the rule, the numbers, and the records and
 * deliveries of the kinds the rule reads. Undefined when the point or organisation is unknown.
 */
export async function explainIndicator(
  connection: DuckDBConnection,
  punt: string,
  org: string,
  jaar: string,
): Promise<Explanation | undefined> {
  const ambitiepunt = findAmbitiepunt(punt);
  const organisation = findOrganisation(org);
  if (!ambitiepunt || !organisation) return undefined;
  const [indicator] = await selectIndicators(connection, {
    organisatie: organisation.code,
    ambitiepunt: ambitiepunt.punt,
    jaar,
  });
  const evaluations = await connection.runAndReadAll(
    `SELECT jaar, CAST(begin AS VARCHAR) AS begin, CAST(einde AS VARCHAR) AS einde, CAST(peildatum AS VARCHAR) AS peildatum FROM evaluaties WHERE jaar = ${literal(jaar)}`,
  );
  const evaluatie = evaluations.getRowObjectsJson()[0] as Explanation["evaluatie"];
  const bewijs: Evidence[] = [];
  if (evaluatie && indicator?.status !== "nvt") {
    const values: Record<string, string> = {
      ":org": literal(organisation.code),
      ":punt": literal(ambitiepunt.punt),
      ":begin": `DATE ${literal(evaluatie.begin)}`,
      ":einde": `DATE ${literal(evaluatie.einde)}`,
      ":peildatum": `DATE ${literal(evaluatie.peildatum)}`,
    };
    for (const soort of new Set([...ambitiepunt.bron, ...(ambitiepunt.context ?? [])])) {
      const query = evidenceQueries.find((q) => q.soort === soort);
      if (!query) continue;
      const sql = query.sql.replace(/:[a-z]+/g, (name) => values[name] ?? name);
      const records = (
        await connection.runAndReadAll(sql)
      ).getRowObjectsJson() as Evidence["records"];
      const deliveries = await connection.runAndReadAll(
        `SELECT file_name AS bestand, periode, strftime(received_at, '%d-%m-%Y %H:%M') AS ontvangen, sha256
         FROM known_deliveries()
         WHERE organisatie = ${values[":org"]} AND soort = ${literal(soort)}
           AND CASE WHEN peildatum IS NOT NULL THEN peildatum <= ${values[":peildatum"]}
                    ELSE periode_begin(periode) <= ${values[":einde"]} AND periode_einde(periode) >= ${values[":begin"]} END
         ORDER BY received_at, file_name`,
      );
      bewijs.push({
        soort,
        records,
        aanleveringen: deliveries.getRowObjectsJson() as Evidence["aanleveringen"],
      });
    }
  }
  return {
    punt: ambitiepunt,
    organisatie: { code: organisation.code, naam: organisation.naam },
    indicator,
    evaluatie,
    bewijs,
  };
}
