import { z } from "zod";
import { codeOf } from "../fields/code-of.ts";
import { dutchBoolean } from "../fields/dutch-boolean.ts";
import { dutchDate } from "../fields/dutch-date.ts";
import { fieldIssue } from "../fields/field-issue.ts";
import { required } from "../fields/required.ts";
import { text } from "../fields/text.ts";
import { whenColumnsValid } from "../fields/when-columns-valid.ts";
import type { KindSpec } from "./kind-spec.ts";

export const rechtshandelingen = [
  "vergunning",
  "subsidie",
  "vastgoed",
  "aanbesteding",
  "overig",
] as const;

export const bibobSectoren = [
  "horeca",
  "seksbranche",
  "speelautomaten",
  "bouw",
  "evenement",
  "vastgoed",
  "transport",
  "overig",
] as const;

export const tipBronnen = ["om", "politie", "bestuursorgaan", "riec"] as const;

export const matenVanGevaar = ["geen", "mindere", "ernstig"] as const;

export const besluiten = [
  "lopend",
  "verleend",
  "verleend_met_voorschriften",
  "geweigerd",
  "ingetrokken",
  "aanvraag_ingetrokken",
] as const;

export const bibob: KindSpec = {
  soort: "bibob",
  mode: "period",
  title: "Bibob-dossiers die in de periode open waren of veranderden, met hun stand aan het einde",
  columns: [
    "dossier_id",
    "datum_aanvraag",
    "rechtshandeling",
    "sector",
    "eigen_onderzoek",
    "tip_ontvangen",
    "tip_bron",
    "lbb_advies_aangevraagd",
    "datum_lbb_advies",
    "mate_van_gevaar",
    "besluit",
    "datum_besluit",
    "aangifte_valsheid",
  ],
  required: [
    "dossier_id",
    "datum_aanvraag",
    "rechtshandeling",
    "sector",
    "eigen_onderzoek",
    "lbb_advies_aangevraagd",
    "besluit",
  ],
  keyColumns: ["dossier_id"],
  referenceColumn: "datum_aanvraag",
  // A dossier opened before the period is still listed while it is open or changes.
  referenceRule: "not-after-end",
  schema: () =>
    z
      .object({
        dossier_id: required(text()),
        datum_aanvraag: required(dutchDate()),
        rechtshandeling: required(codeOf(rechtshandelingen)),
        sector: required(codeOf(bibobSectoren)),
        eigen_onderzoek: required(dutchBoolean()),
        tip_ontvangen: dutchBoolean(),
        tip_bron: codeOf(tipBronnen),
        lbb_advies_aangevraagd: required(dutchBoolean()),
        datum_lbb_advies: dutchDate(),
        mate_van_gevaar: codeOf(matenVanGevaar),
        besluit: required(codeOf(besluiten)),
        datum_besluit: dutchDate(),
        aangifte_valsheid: dutchBoolean(),
      })
      .superRefine(
        (row, ctx) => {
          if (row.tip_ontvangen === true && row.tip_bron === null) {
            ctx.addIssue(
              fieldIssue(
                "required",
                `verplicht als tip_ontvangen ja is: een van: ${tipBronnen.join(", ")}`,
                undefined,
                ["tip_bron"],
              ),
            );
          }
        },
        whenColumnsValid(["tip_ontvangen", "tip_bron"]),
      )
      .superRefine(
        (row, ctx) => {
          if (row.besluit !== "lopend" && row.datum_besluit === null) {
            ctx.addIssue(
              fieldIssue(
                "required",
                "verplicht zodra het besluit niet meer lopend is: een datum",
                undefined,
                ["datum_besluit"],
              ),
            );
          } else if (row.datum_besluit !== null && row.datum_besluit < row.datum_aanvraag) {
            ctx.addIssue(
              fieldIssue("rule", "een datum niet vóór datum_aanvraag", row.datum_besluit, [
                "datum_besluit",
              ]),
            );
          }
        },
        whenColumnsValid(["datum_aanvraag", "besluit", "datum_besluit"]),
      ),
};
