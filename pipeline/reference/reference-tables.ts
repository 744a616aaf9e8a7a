import { refAmbitiepunten } from "./ref-ambitiepunten.ts";
import { refOrganisaties } from "./ref-organisaties.ts";
import { refParameters } from "./ref-parameters.ts";
import { refVerwachteAanleveringen } from "./ref-verwachte-aanleveringen.ts";
import type { ReferenceTable } from "./reference-table.ts";

/** Every reference table the models may read. Adding one is one file and one line here. */
export const referenceTables: readonly ReferenceTable[] = [
  refOrganisaties,
  refAmbitiepunten,
  refParameters,
  refVerwachteAanleveringen,
];
