import type { ReferenceTable } from "./reference-table.ts";

/** One row per parameter: a point's own (punt set) or global (punt NULL); waarde as JSON text. */
export const refParameters: ReferenceTable = {
  name: "ref_parameters",
  columns: { punt: "VARCHAR", naam: "VARCHAR", waarde: "VARCHAR" },
  rows: [],
};
