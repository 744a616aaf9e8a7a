import { expectedKinds, isPeriodKind } from "../../ingest/expected-deliveries.ts";
import { type OrganisationType, organisations } from "../../ingest/organisations.ts";
import type { ReferenceTable } from "./reference-table.ts";

const types = [...new Set(organisations.map((o) => o.type))] as OrganisationType[];

/** One row per organisation type and kind it is expected to deliver; per_kwartaal for period kinds. */
export const refVerwachteAanleveringen: ReferenceTable = {
  name: "ref_verwachte_aanleveringen",
  columns: { type: "VARCHAR", soort: "VARCHAR", per_kwartaal: "BOOLEAN" },
  rows: types.flatMap((type) =>
    expectedKinds(type).map((soort) => [type, soort, isPeriodKind(soort)]),
  ),
};
