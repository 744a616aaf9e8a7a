import { createHash } from "node:crypto";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Model } from "./model-order.ts";
import { rawTablesSql } from "./sync/raw-tables.ts";
import { tableExists } from "./table-exists.ts";

/**
 * The line that marks a model as incremental: its rows for an (organisatie, periode) cell follow
 * from that cell's events alone, and it reads events only through current_records(). An
 * incremental build then rebuilds only the rows of the cells whose events changed.
 */
const marker = /^-- incremental by organisatie, periode$/m;

export function isIncremental(model: Model): boolean {
  return model.kind === "model" && marker.test(model.sql);
}

/**
 * What a table's rows were computed by: the model's SQL, every macro and the raw tables. Rows from
 * another version are never kept; the model is then computed over all cells.
 */
export function modelVersion(model: Model, macros: readonly Model[]): string {
  const hash = createHash("sha256").update(model.sql);
  for (const macro of macros) hash.update("\0").update(macro.sql);
  return hash.update("\0").update(rawTablesSql).digest("hex");
}

/** Which rows of the incremental models this build computes. */
export type BuildScope = "all cells" | "changed cells";

/**
 * Fills build_scope (read by the macro in_build_scope) with the cells to recompute and says whether
 * an incremental run is possible: only in the warehouse itself, after an earlier model run, with
 * an as-of moment no earlier than that run's (earlier would forget events, not add them). Must run
 * before the macros are created and before build_variabelen is replaced.
 */
export async function prepareBuildScope(
  connection: DuckDBConnection,
  asOf: string,
  inWarehouse: boolean,
): Promise<BuildScope> {
  await connection.run(
    "CREATE OR REPLACE TABLE build_scope (organisatie VARCHAR NOT NULL, periode VARCHAR NOT NULL)",
  );
  if (!inWarehouse) return "all cells";
  await connection.run(
    "CREATE TABLE IF NOT EXISTS model_versions (name VARCHAR NOT NULL, version VARCHAR NOT NULL)",
  );
  if (!(await tableExists(connection, "build_variabelen"))) return "all cells";
  const earlier = await connection.runAndReadAll(
    `SELECT as_of <= TIMESTAMPTZ '${asOf.replaceAll("'", "")}' FROM build_variabelen`,
  );
  if (earlier.getRows()[0]?.[0] !== true) return "all cells";
  await connection.run(
    "INSERT INTO build_scope SELECT DISTINCT organisatie, periode FROM pending_cells",
  );
  return "changed cells";
}

/**
 * After the models: the cells still pending are those with events recorded after this build's
 * as-of moment (the models did not count them yet), whatever the scope was.
 */
export async function settlePendingCells(
  connection: DuckDBConnection,
  asOf: string,
): Promise<void> {
  await connection.run("DELETE FROM pending_cells");
  await connection.run(
    `INSERT INTO pending_cells SELECT DISTINCT organisatie, periode FROM raw_events
     WHERE recorded_at > TIMESTAMPTZ '${asOf.replaceAll("'", "")}'`,
  );
}

/** Whether `table` holds rows computed by `version` of its model. */
export async function builtByVersion(
  connection: DuckDBConnection,
  table: string,
  version: string,
): Promise<boolean> {
  if (!(await tableExists(connection, table))) return false;
  const reader = await connection.runAndReadAll(
    `SELECT count(*) FROM model_versions WHERE name = '${table}' AND version = '${version}'`,
  );
  return Number(reader.getRows()[0]?.[0]) === 1;
}

export async function recordVersion(
  connection: DuckDBConnection,
  table: string,
  version: string,
): Promise<void> {
  await connection.run(`DELETE FROM model_versions WHERE name = '${table}'`);
  await connection.run(`INSERT INTO model_versions VALUES ('${table}', '${version}')`);
}
