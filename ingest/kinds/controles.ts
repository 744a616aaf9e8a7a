import { z } from "zod";
import { categoryCounts } from "../fields/category-counts.ts";
import { codeList } from "../fields/code-list.ts";
import { codeOf } from "../fields/code-of.ts";
import { count } from "../fields/count.ts";
import { dutchDate } from "../fields/dutch-date.ts";
import { fieldIssue } from "../fields/field-issue.ts";
import { gemeenteCode } from "../fields/gemeente-code.ts";
import { required } from "../fields/required.ts";
import { text } from "../fields/text.ts";
import { whenColumnsValid } from "../fields/when-columns-valid.ts";
import type { KindSpec } from "./kind-spec.ts";
import { fenomenen } from "./signalen.ts";

export const gebiedTypes = [
  "bedrijventerrein",
  "buitengebied",
  "woonwijk",
  "vakantiepark",
  "branche",
  "overig",
] as const;

export const controlePartners = [
  "gemeente",
  "politie",
  "om",
  "belastingdienst",
  "douane",
  "omgevingsdienst",
  "brandweer",
  "uwv",
  "sociale_recherche",
  "riec",
  "netbeheerder",
  "waterschap",
  "provincie",
  "overig",
] as const;

export const bevindingCategorieen = [
  "brandveiligheid",
  "bouw",
  "illegale_bewoning",
  "milieu",
  "energie",
  "water",
  "fiscaal",
  "uitkering",
  "drugs",
  "wapens",
  "vuurwerk",
  "overig",
] as const;

export const controles: KindSpec = {
  soort: "controles",
  mode: "period",
  title: "Integrale controles",
  columns: [
    "controle_id",
    "datum",
    "gemeente",
    "gebied_type",
    "dup_themas",
    "partners",
    "adressen_bezocht",
    "adressen_met_bevinding",
    "bevindingen",
    "maatregelen_opgelegd",
  ],
  required: [
    "controle_id",
    "datum",
    "gemeente",
    "gebied_type",
    "partners",
    "adressen_bezocht",
    "adressen_met_bevinding",
  ],
  keyColumns: ["controle_id"],
  referenceColumn: "datum",
  referenceRule: "inside",
  schema: (context) =>
    z
      .object({
        controle_id: required(text()),
        datum: required(dutchDate()),
        gemeente: required(gemeenteCode()),
        gebied_type: required(codeOf(gebiedTypes)),
        dup_themas: codeList(fenomenen, context),
        partners: required(codeList(controlePartners, context)),
        // A controle visits at least one address, or it did not take place.
        adressen_bezocht: required(count(context, 1)),
        adressen_met_bevinding: required(count(context)),
        bevindingen: categoryCounts(bevindingCategorieen, context),
        maatregelen_opgelegd: count(context),
      })
      .superRefine(
        (row, ctx) => {
          if (row.adressen_met_bevinding > row.adressen_bezocht) {
            ctx.addIssue(
              fieldIssue(
                "rule",
                `een aantal niet groter dan adressen_bezocht (${row.adressen_bezocht})`,
                row.adressen_met_bevinding,
                ["adressen_met_bevinding"],
              ),
            );
          }
        },
        whenColumnsValid(["adressen_bezocht", "adressen_met_bevinding"]),
      ),
};
