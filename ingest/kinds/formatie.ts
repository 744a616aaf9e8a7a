import { z } from "zod";
import { codeOf } from "../fields/code-of.ts";
import { count } from "../fields/count.ts";
import { dutchDate } from "../fields/dutch-date.ts";
import { required } from "../fields/required.ts";
import { text } from "../fields/text.ts";
import type { KindSpec } from "./kind-spec.ts";

export const rollen = [
  "bibob_medewerker",
  "boa_ondermijning",
  "toezichthouder_ondermijning",
  "themahouder_ondermijning",
  "aandachtsfunctionaris_mensenhandel",
  "integriteitscoordinator",
  "overig",
] as const;

export const formatie: KindSpec = {
  soort: "formatie",
  mode: "snapshot",
  title: "Formatie op de peildatum: aantallen per rol, de noemers van de dekkingsindicatoren",
  columns: ["peildatum", "rol", "eenheid", "aantal"],
  required: ["peildatum", "rol", "aantal"],
  // One line per rol, or per rol and eenheid where an organisation splits it (e.g. police basisteams).
  keyColumns: ["rol", "eenheid"],
  referenceColumn: "peildatum",
  referenceRule: "inside",
  schema: (context) =>
    z.object({
      peildatum: required(dutchDate()),
      rol: required(codeOf(rollen)),
      eenheid: text(),
      aantal: required(count(context)),
    }),
};
