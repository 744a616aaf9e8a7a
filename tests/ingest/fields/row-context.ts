import type { RowContext } from "../../../ingest/kinds/kind-spec.ts";
import { findOrganisation } from "../../../ingest/organisations.ts";
import { parsePeriod } from "../../../ingest/period.ts";

/** A row context for tests: an organisation of the norm, 2025-Q3, and a CSV delimiter (undefined = JSON). */
export function rowContext(delimiter: string | undefined, organisatie = "GM0034"): RowContext {
  const organisation = findOrganisation(organisatie);
  const periode = parsePeriod("2025-Q3");
  if (!organisation || !periode) throw new Error(`no organisation ${organisatie}`);
  return { organisatie: organisation, periode, delimiter };
}
