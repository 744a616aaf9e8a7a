import { organisations } from "../../ingest/organisations.ts";
import { inwoners } from "./inwoners.ts";
import type { ReferenceTable } from "./reference-table.ts";

/** One row per organisation of the norm: code, name, type and inhabitants where it has them. */
export const refOrganisaties: ReferenceTable = {
  name: "ref_organisaties",
  columns: { code: "VARCHAR", naam: "VARCHAR", type: "VARCHAR", inwoners: "INTEGER" },
  rows: organisations.map((o) => [o.code, o.naam, o.type, inwoners[o.code] ?? null]),
};
