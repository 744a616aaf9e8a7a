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
  await setVariables(connection, variables);
  // Kept with the tables, so a later reader of them (explain) can set the same variables.
  await connection.run(
    `CREATE OR REPLACE TABLE build_variabelen AS SELECT TIMESTAMPTZ '${variables.asOf.replaceAll("'", "")}' AS as_of, DATE '${variables.asOfDate.replaceAll("'", "")}' AS as_of_date`,
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

async function setVariables(
  connection: DuckDBConnection,
  variables: ModelVariables,
): Promise<void> {
  await connection.run(`SET VARIABLE as_of = TIMESTAMPTZ '${variables.asOf.replaceAll("'", "")}'`);
  await connection.run(
    `SET VARIABLE as_of_date = DATE '${variables.asOfDate.replaceAll("'", "")}'`,
  );
}

/** Sets the variables of the build that made the current tables; false when nothing was built yet. */
export async function restoreBuildVariables(connection: DuckDBConnection): Promise<boolean> {
  const built = await connection.runAndReadAll(
    "SELECT count(*) FROM information_schema.tables WHERE table_name = 'build_variabelen'",
  );
  if (Number(built.getRows()[0]?.[0]) === 0) return false;
  const row = (
    await connection.runAndReadAll(
      "SELECT strftime(as_of AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%fZ') AS as_of, CAST(as_of_date AS VARCHAR) AS as_of_date FROM build_variabelen",
    )
  ).getRowObjectsJson()[0];
  await setVariables(connection, { asOf: String(row?.as_of), asOfDate: String(row?.as_of_date) });
  return true;
}
