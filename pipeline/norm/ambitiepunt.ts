import type { periodKinds, snapshotKinds } from "../../ingest/expected-deliveries.ts";
import type { OrganisationType } from "../../ingest/organisations.ts";

/** A delivery kind a rule reads. */
export type Bron = (typeof periodKinds)[number] | (typeof snapshotKinds)[number];

/**
 * How a point is evaluated, which decides what the stand looks at:
 * - `register`: the state on the evaluation date (the maatregelen register or the formatie);
 * - `periodiek`: records in the year; for the stand, the last 365 days;
 * - `dekking`: trainingen in the year (or last 365 days) ÷ the formatie on the evaluation date;
 * - `register_en_periodiek`: both (point 12: policy in the register and dossiers in the year);
 * - `rollup`: derived from the statuses of the point's parts (point 10 from 10A–10C).
 */
export type Evaluatie = "register" | "periodiek" | "dekking" | "register_en_periodiek" | "rollup";

/**
 * A value a rule's SQL reads from `ref_parameters` (as JSON). Naming: `minimum_*`, `dekking_voldaan`
 * and `dekking_deels` are inclusive lower bounds; a name ending in `_boven` is a strict one.
 */
export type ParameterWaarde =
  | number
  | string
  | readonly string[]
  | Readonly<Record<string, readonly string[]>>;

/** One ambitiepunt of the norm as data: its text, to whom it applies, and its rule. */
export interface Ambitiepunt {
  /** "1" … "34", and "10A", "10B", "10C" for the parts of 10. */
  punt: string;
  /** The number of its theme (themas.ts). */
  thema: number;
  /** The norm's sub-heading within themes 7 and 8 (e.g. "Mensenhandel", "Politie"). */
  subthema?: string;
  /** For 10A–10C: the point they are a part of. */
  onderdeelVan?: string;
  /** The point's text as the norm words it; a part's text is its parent's followed by its own. */
  tekst: string;
  geldtVoor: readonly OrganisationType[];
  /** The kinds that decide the status; a missing one gives geen_gegevens (the regel says when exactly). */
  bron: readonly Bron[];
  /** Kinds read only for context values in the toelichting, never for the status. */
  context?: readonly Bron[];
  soort: Evaluatie;
  /** The rule in plain Dutch: when voldaan, deels, niet_voldaan and geen_gegevens. */
  regel: string;
  /** The threshold, short, for the `norm` column. */
  norm: string;
  /** What the `waarde` column holds for this point; absent when it stays empty. */
  waarde?: string;
  parameters: Readonly<Record<string, ParameterWaarde>>;
  /** The SQL model that computes it (pipeline/models/indicators/<model>.sql). */
  model: string;
}
