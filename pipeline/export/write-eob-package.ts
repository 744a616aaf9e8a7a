import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { AudienceDescription } from "../norm/publication-rules.ts";
import { toArrowIpc } from "./arrow-ipc.ts";
import { dataDictionary, type GeschrevenTabel } from "./data-dictionary.ts";
import { type CsvValue, toDutchCsv } from "./dutch-csv.ts";
import { eobColumn, readExpression } from "./eob-column.ts";
import { type EobManifest, type GebruikteAanlevering, manifestJson } from "./eob-manifest.ts";
import { eobFormats, eobSelect, eobTables } from "./eob-tables.ts";
import { methodology } from "./methodology.ts";

/** What to export: the years, for whom, where to, and when the export runs (for the manifest only). */
export interface EobOptions {
  out: string;
  van: number;
  tot: number;
  audience: AudienceDescription;
  builtAt: string;
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

async function rowsOf(connection: DuckDBConnection, sql: string) {
  return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, CsvValue>[];
}

/**
 * Writes the EOB package of the connection's current model tables (the build's, or an as-of
 * computation's) into `out`, which must exist and be empty, and returns its manifest. Data files
 * hold no build time, so the same tables give the same bytes.
 */
export async function writeEobPackage(
  connection: DuckDBConnection,
  options: EobOptions,
): Promise<EobManifest> {
  const { out, van, tot, audience } = options;
  const [variables] = await rowsOf(
    connection,
    "SELECT strftime(timezone('UTC', as_of), '%Y-%m-%dT%H:%M:%S.%gZ') AS as_of FROM build_variabelen",
  );
  const asOf = String(variables?.as_of);
  const marking = audience.markering ? `, markering: ${quote(audience.markering)}` : "";
  const metadata = `{as_of: ${quote(asOf)}, publiek: ${quote(audience.audience)}${marking}}`;
  const written: GeschrevenTabel[] = [];
  for (const { file, table } of eobTables(audience.audience)) {
    const described = await rowsOf(connection, `DESCRIBE ${table}`);
    const columns = described.map((c) => eobColumn(String(c.column_name), String(c.column_type)));
    const names = columns.map((c) => c.name);
    await connection.run(
      `COPY (${eobSelect(table, names, van, tot)}) TO ${quote(join(out, `${file}.parquet`))} (FORMAT parquet, KV_METADATA ${metadata})`,
    );
    const rows = await rowsOf(
      connection,
      eobSelect(table, names, van, tot, columns.map(readExpression)),
    );
    await writeFile(join(out, `${file}.arrow`), toArrowIpc(columns, rows));
    await writeFile(join(out, `${file}.csv`), toDutchCsv(columns, rows));
    written.push({ file, columns });
  }
  const woordenboek = dataDictionary(written);
  const woordenboekKolommen = Object.keys(woordenboek[0] ?? {}).map((name) => ({
    name,
    kind: "text" as const,
  }));
  await writeFile(
    join(out, "datawoordenboek.csv"),
    toDutchCsv(woordenboekKolommen, woordenboek as unknown as Record<string, CsvValue>[]),
  );
  await writeFile(join(out, "datawoordenboek.json"), `${JSON.stringify(woordenboek, null, 2)}\n`);
  await writeFile(join(out, "methodologie.md"), methodology({ van, tot, asOf, audience }));
  const aanleveringen = (await rowsOf(
    connection,
    `SELECT organisatie, soort, periode, file_name AS bestand, sha256,
            strftime(timezone('UTC', received_at), '%Y-%m-%dT%H:%M:%S.%gZ') AS ontvangen_op
     FROM raw_deliveries WHERE received_at <= (SELECT as_of FROM build_variabelen) ORDER BY ALL`,
  )) as unknown as GebruikteAanlevering[];
  const paden = [
    ...written.flatMap(({ file }) => eobFormats.map((format) => `${file}.${format}`)),
    "datawoordenboek.csv",
    "datawoordenboek.json",
    "methodologie.md",
  ];
  const bestanden = [];
  for (const pad of paden) {
    const bytes = await readFile(join(out, pad));
    bestanden.push({
      pad,
      bytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    });
  }
  const manifest: EobManifest = {
    pakket: "eob",
    van,
    tot,
    publiek: audience.audience,
    ...(audience.markering ? { markering: audience.markering } : {}),
    as_of: asOf,
    gebouwd_op: options.builtAt,
    aanleveringen,
    bestanden,
  };
  await writeFile(join(out, "manifest.json"), manifestJson(manifest));
  return manifest;
}

/** Makes `out` if needed; false when it already holds files, which the export will not mix with. */
export async function prepareEmptyFolder(out: string): Promise<boolean> {
  await mkdir(out, { recursive: true });
  return (await readdir(out)).length === 0;
}
