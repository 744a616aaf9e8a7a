import { bibob } from "./bibob.ts";
import { controles } from "./controles.ts";
import { formatie } from "./formatie.ts";
import type { KindSpec } from "./kind-spec.ts";
import { maatregelen } from "./maatregelen.ts";
import { overleggen } from "./overleggen.ts";
import { signalen } from "./signalen.ts";
import { tips } from "./tips.ts";
import { trainingen } from "./trainingen.ts";

/** Every export kind the product accepts, in the order of export-formats.md §4. */
export const kinds: readonly KindSpec[] = [
  signalen,
  controles,
  bibob,
  tips,
  trainingen,
  formatie,
  maatregelen,
  overleggen,
];

const bySoort = new Map(kinds.map((kind) => [kind.soort, kind]));

/** The kind named `soort` (any case, trimmed), or undefined when the product does not know it. */
export function findKind(soort: string): KindSpec | undefined {
  return bySoort.get(soort.trim().toLowerCase());
}
