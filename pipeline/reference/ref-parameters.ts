import { ambitiepunten } from "../norm/ambitiepunten.ts";
import { globalParameters } from "../norm/parameters.ts";
import type { ReferenceTable } from "./reference-table.ts";

/** One row per parameter: a point's own (punt set) or global (punt NULL); waarde as JSON text. */
export const refParameters: ReferenceTable = {
  name: "ref_parameters",
  columns: { punt: "VARCHAR", naam: "VARCHAR", waarde: "VARCHAR" },
  rows: [
    ...globalParameters.map((p) => [
      null,
      p.naam,
      typeof p.waarde === "string" ? p.waarde : JSON.stringify(p.waarde),
    ]),
    ...ambitiepunten.flatMap((punt) =>
      Object.entries(punt.parameters).map(([naam, waarde]) => [
        punt.punt,
        naam,
        typeof waarde === "string" ? waarde : JSON.stringify(waarde),
      ]),
    ),
  ],
};
