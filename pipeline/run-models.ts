import type { DuckDBConnection } from "@duckdb/node-api";
import {
  builtByVersion,
  isIncremental,
  modelVersion,
  prepareBuildScope,
  recordVersion,
  settlePendingCells,
} from "./incremental-models.ts";
import { indicatorUnion } from "./indicator-union.ts";
import { loadModels } from "./load-models.ts";
import { orderModels } from "./model-order.ts";
import { referenceTableSql } from "./reference/reference-table.ts";
import { referenceTables } from "./reference/reference-tables.ts";
import { tableExists } from "./table-exists.ts";

/** What every model may read through getvariable(). */
export interface ModelVariables {
  /** Only what was recorded at or before this moment counts (ISO timestamp with zone). */
  asOf: string;
  /** The as-of date in the Netherlands (jjjj-mm-dd): the evaluation date of the `stand`. */
  asOfDate: string;
}

/** How one model was computed and how long it took. */
export interface ModelTiming {
  name: string;
  seconds: number;
  /** Only the rows of the changed cells were recomputed (see incremental-models.ts). */
  incremental: boolean;
}

/**
 * Loads the reference tables, sets the variables and runs every macro and model in dependency
 * order, each model as CREATE OR REPLACE TABLE. With `incremental` (the warehouse's own current
 * build), models marked incremental recompute only the cells with new events, when their table
 * holds rows of the same model version. Returns each model's name, seconds and how it ran.
 */
export async function runModels(
  connection: DuckDBConnection,
  variables: ModelVariables,
  options: { incremental?: boolean } = {},
): Promise<ModelTiming[]> {
  const inWarehouse = options.incremental ?? false;
  const scope = await prepareBuildScope(connection, variables.asOf, inWarehouse);
  for (const table of referenceTables) await connection.run(referenceTableSql(table));
  await setVariables(connection, variables);
  // Kept with the tables, so a later reader of them (explain) can set the same variables.
  await connection.run(
    `CREATE OR REPLACE TABLE build_variabelen AS SELECT TIMESTAMPTZ '${variables.asOf.replaceAll("'", "")}' AS as_of, DATE '${variables.asOfDate.replaceAll("'", "")}' AS as_of_date`,
  );
  const timings: ModelTiming[] = [];
  const steps = loadModels();
  const macros = steps.filter((step) => step.kind === "macro");
  for (const step of orderModels([...steps, indicatorUnion(steps)])) {
    const started = performance.now();
    const select = step.sql.trim().replace(/;\s*$/, "");
    let incremental = false;
    try {
      if (step.kind === "macro") {
        await connection.run(select);
      } else {
        const version = inWarehouse && isIncremental(step) ? modelVersion(step, macros) : undefined;
        incremental =
          version !== undefined &&
          scope === "changed cells" &&
          (await builtByVersion(connection, step.name, version));
        if (incremental) await recomputeChangedCells(connection, step.name, select);
        else await connection.run(`CREATE OR REPLACE TABLE ${step.name} AS\n${select}`);
        if (version !== undefined) await recordVersion(connection, step.name, version);
      }
    } catch (error) {
      throw new Error(
        `${step.kind} ${step.layer}/${step.name} failed: ${(error as Error).message}`,
        { cause: error },
      );
    }
    if (step.kind === "model")
      timings.push({ name: step.name, seconds: (performance.now() - started) / 1000, incremental });
  }
  if (inWarehouse) await settlePendingCells(connection, variables.asOf);
  return timings;
}

/** Replaces the rows of the cells in build_scope with the model's rows for just those cells. */
async function recomputeChangedCells(
  connection: DuckDBConnection,
  table: string,
  select: string,
): Promise<void> {
  await connection.run(
    `DELETE FROM ${table} WHERE EXISTS (SELECT 1 FROM build_scope AS scope
       WHERE scope.organisatie = ${table}.organisatie AND scope.periode = ${table}.periode)`,
  );
  // current_records() reads only the cells of build_scope while this variable is set.
  await connection.run("SET VARIABLE scoped = true");
  try {
    await connection.run(`INSERT INTO ${table} BY NAME\n${select}`);
  } finally {
    await connection.run("SET VARIABLE scoped = false");
  }
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
  if (!(await tableExists(connection, "build_variabelen"))) return false;
  const row = (
    await connection.runAndReadAll(
      "SELECT strftime(as_of AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%fZ') AS as_of, CAST(as_of_date AS VARCHAR) AS as_of_date FROM build_variabelen",
    )
  ).getRowObjectsJson()[0];
  await setVariables(connection, { asOf: String(row?.as_of), asOfDate: String(row?.as_of_date) });
  return true;
}
