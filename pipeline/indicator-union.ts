import type { Model } from "./model-order.ts";

export const indicatorPrefix = "ind_punt_";

/**
 * The step that stacks every indicator model (pipeline/models/indicators/ind_punt_*.sql), so adding
 * an indicator is adding its file: nothing lists them by hand.
 */
export function indicatorUnion(steps: readonly Model[]): Model {
  const names = steps
    .filter((s) => s.kind === "model" && s.name.startsWith(indicatorPrefix))
    .map((s) => s.name)
    .sort();
  const empty =
    "SELECT NULL::VARCHAR AS organisatie, NULL::VARCHAR AS ambitiepunt, NULL::VARCHAR AS jaar, NULL::VARCHAR AS status, NULL::DOUBLE AS waarde, NULL::VARCHAR AS toelichting WHERE false";
  const columns =
    "organisatie, ambitiepunt, jaar, status, CAST(waarde AS DOUBLE) AS waarde, toelichting";
  const sql =
    names.length === 0
      ? empty
      : names.map((name) => `SELECT ${columns} FROM ${name}`).join("\nUNION ALL\n");
  return {
    name: "norm_indicatoren_per_punt",
    kind: "model",
    layer: "indicators",
    sql: `-- One row per organisation, point and evaluation that a point's model computes.\n${sql}`,
  };
}
