import type { DuckDBConnection } from "@duckdb/node-api";
import { indicatorUnion } from "./indicator-union.ts";
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
 * Loads the reference tables, sets the variables and runs every macro and model in dependency
 * order, each model as CREATE OR REPLACE TABLE. Returns each model's name and seconds taken.
 */
export async function runModels(
  connection: DuckDBConnection,
  variables: ModelVariables,
): Promise<{ name: string; seconds: number }[]> {
  for (const table of referenceTables) await connection.run(referenceTableSql(table));
  await connection.run(`SET VARIABLE as_of = TIMESTAMPTZ '${variables.asOf.replaceAll("'", "")}'`);
  await connection.run(
    `SET VARIABLE as_of_date = DATE '${variables.asOfDate.replaceAll("'", "")}'`,
  );
  const timings: { name: string; seconds: number }[] = [];
  const steps = loadModels();
  for (const step of orderModels([...steps, indicatorUnion(steps)])) {
    const started = performance.now();
    const select = step.sql.trim().replace(/;\s*$/, "");
    try {
      await connection.run(
        step.kind === "macro" ? select : `CREATE OR REPLACE TABLE ${step.name} AS\n${select}`,
      );
    } catch (error) {
      throw new Error(
        `${step.kind} ${step.layer}/${step.name} failed: ${(error as Error).message}`,
        { cause: error },
      );
    }
    if (step.kind === "model")
      timings.push({ name: step.name, seconds: (performance.now() - started) / 1000 });
  }
  return timings;
}
