import type { DuckDBConnection } from "@duckdb/node-api";
import { loadModels } from "./load-models.ts";
import { orderModels } from "./model-order.ts";
import { referenceTableSql } from "./reference/reference-table.ts";
import { referenceTables } from "./reference/reference-tables.ts";

/** What every model may read through getvariable(). */
export interface ModelVariables {
  /** Only what was recorded at or before this moment counts (ISO timestamp with zone). */
  asOf: string;
  /** The as-of date in the Netherlands (jjjj-mm-dd): the evaluation date of the `stand`. */
  asOfDate: string;
}

/**
 * Loads the reference tables, sets the variables and runs every model in dependency order as
 * CREATE OR REPLACE TABLE. Returns each model's name and seconds taken.
 */
export async function runModels(connection: DuckDBConnection, variables: ModelVariables): Promise<{ name: string; seconds: number }[]> {
  for (const table of referenceTables) await connection.run(referenceTableSql(table));
  await connection.run(`SET VARIABLE as_of = TIMESTAMPTZ '${variables.asOf.replaceAll("'", "")}'`);
  await connection.run(`SET VARIABLE as_of_date = DATE '${variables.asOfDate.replaceAll("'", "")}'`);
  const { macros, models } = loadModels();
  for (const sql of macros) await connection.run(sql);
  const timings: { name: string; seconds: number }[] = [];
  for (const model of orderModels(models)) {
    const started = performance.now();
    const select = model.sql.trim().replace(/;\s*$/, "");
    try {
      await connection.run(`CREATE OR REPLACE TABLE ${model.name} AS\n${select}`);
    } catch (error) {
      throw new Error(`model ${model.layer}/${model.name}.sql failed: ${(error as Error).message}`, { cause: error });
    }
    timings.push({ name: model.name, seconds: (performance.now() - started) / 1000 });
  }
  return timings;
}
