import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { audiences } from "../norm/publication-rules.ts";
import { outputTables } from "./output-tables.ts";
import { clearInterruptedSwap, swapIn, swapPaths } from "./swap-folder.ts";

/** When a build's numbers are from: the as-of watermark, and when the build ran. */
export interface Watermark {
  asOf: string;
  builtAt: string;
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * Writes every output table per audience as Parquet (watermark in the file's key-value metadata)
 * and, for the site, as JSON `{ as_of, gebouwd_op, rijen }`. Rows are ordered, so the same data
 * gives the same files. Written to a hidden new folder that then replaces the old one (see
 * swap-folder.ts): a build killed at any moment leaves the previous complete set or the new one.
 */
export async function writeOutputs(
  connection: DuckDBConnection,
  folder: string,
  watermark: Watermark,
): Promise<string[]> {
  await clearInterruptedSwap(folder);
  const { next } = swapPaths(folder);
  const written: string[] = [];
  for (const { audience, markering } of audiences) {
    await mkdir(join(next, audience), { recursive: true });
    for (const output of outputTables.filter((o) => o.audiences.includes(audience))) {
      const select = `SELECT * FROM ${output.table} ORDER BY ALL`;
      const parquet = join(next, audience, `${output.file}.parquet`);
      const marking = markering ? `, markering: ${quote(markering)}` : "";
      const metadata = `{as_of: ${quote(watermark.asOf)}, gebouwd_op: ${quote(watermark.builtAt)}, publiek: ${quote(audience)}${marking}}`;
      await connection.run(
        `COPY (${select}) TO ${quote(parquet)} (FORMAT parquet, KV_METADATA ${metadata})`,
      );
      written.push(join(audience, `${output.file}.parquet`));
      if (!output.json) continue;
      const rows = (await connection.runAndReadAll(select)).getRowObjectsJson();
      const json = {
        as_of: watermark.asOf,
        gebouwd_op: watermark.builtAt,
        publiek: audience,
        ...(markering ? { markering } : {}),
        rijen: rows,
      };
      await writeFile(join(next, audience, `${output.file}.json`), `${JSON.stringify(json)}\n`);
      written.push(join(audience, `${output.file}.json`));
    }
  }
  await writeFile(
    join(next, "manifest.json"),
    `${JSON.stringify({ as_of: watermark.asOf, gebouwd_op: watermark.builtAt, bestanden: written }, null, 2)}\n`,
  );
  await swapIn(folder);
  return written;
}
