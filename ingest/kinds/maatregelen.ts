import { z } from "zod";
import { ambitiepunt } from "../fields/ambitiepunt.ts";
import { codeOf } from "../fields/code-of.ts";
import { dutchDate } from "../fields/dutch-date.ts";
import { fieldIssue } from "../fields/field-issue.ts";
import { required } from "../fields/required.ts";
import { shortText, text } from "../fields/text.ts";
import { whenColumnsValid } from "../fields/when-columns-valid.ts";
import type { KindSpec } from "./kind-spec.ts";

// The parts that indicators.md reads (points 3 and 26); an unknown part would silently count as missing.
export const onderdelen = [
  "ivp",
  "uitvoeringsplan",
  "beleid",
  "aandachtsfunctionaris",
  "zorgcoordinatie",
  "opvang",
] as const;

export const maatregelSoorten = [
  "beleid",
  "regeling",
  "protocol",
  "werkproces",
  "aansluiting",
  "plan",
  "aanwijzing",
  "mijlpaal",
  "maatregel",
] as const;

export const maatregelStatussen = [
  "niet_gestart",
  "in_voorbereiding",
  "vastgesteld",
  "gerealiseerd",
  "verlopen",
  "ingetrokken",
] as const;

export const maatregelen: KindSpec = {
  soort: "maatregelen",
  mode: "snapshot",
  title:
    "Register van wat de organisatie voor de norm heeft: beleid, protocollen, aansluitingen, plannen, mijlpalen",
  columns: [
    "peildatum",
    "maatregel_id",
    "ambitiepunt",
    "onderdeel",
    "soort",
    "omschrijving",
    "status",
    "datum_vastgesteld",
    "geldig_tot",
    "datum_evaluatie",
    "vindplaats",
  ],
  required: ["peildatum", "maatregel_id", "ambitiepunt", "soort", "omschrijving", "status"],
  keyColumns: ["maatregel_id"],
  referenceColumn: "peildatum",
  referenceRule: "inside",
  schema: () =>
    z
      .object({
        peildatum: required(dutchDate()),
        maatregel_id: required(text()),
        ambitiepunt: required(ambitiepunt()),
        onderdeel: codeOf(onderdelen),
        soort: required(codeOf(maatregelSoorten)),
        omschrijving: required(shortText(200)),
        status: required(codeOf(maatregelStatussen)),
        datum_vastgesteld: dutchDate(),
        geldig_tot: dutchDate(),
        datum_evaluatie: dutchDate(),
        vindplaats: text(),
      })
      .superRefine(
        (row, ctx) => {
          if (
            (row.status === "vastgesteld" || row.status === "gerealiseerd") &&
            row.datum_vastgesteld === null
          ) {
            ctx.addIssue(
              fieldIssue("required", `verplicht bij status ${row.status}: een datum`, undefined, [
                "datum_vastgesteld",
              ]),
            );
          }
        },
        whenColumnsValid(["status", "datum_vastgesteld"]),
      ),
};
