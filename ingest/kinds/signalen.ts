import { z } from "zod";
import { codeOf } from "../fields/code-of.ts";
import { dutchBoolean } from "../fields/dutch-boolean.ts";
import { dutchDate } from "../fields/dutch-date.ts";
import { fieldIssue } from "../fields/field-issue.ts";
import { gemeenteCode } from "../fields/gemeente-code.ts";
import { required } from "../fields/required.ts";
import { text } from "../fields/text.ts";
import { whenColumnsValid } from "../fields/when-columns-valid.ts";
import { withDefault } from "../fields/with-default.ts";
import type { KindSpec } from "./kind-spec.ts";

export const bronnen = [
  "intern_meldpunt",
  "mma",
  "toezicht",
  "politie",
  "burger",
  "riec",
  "ketenpartner",
  "overig",
] as const;

export const fenomenen = [
  "drugs",
  "hennep",
  "drugslab",
  "vastgoed",
  "witwassen",
  "mensenhandel",
  "arbeidsuitbuiting",
  "zorgfraude",
  "explosies",
  "omg",
  "vakantieparken",
  "horeca",
  "overig",
] as const;

export const opvolgingen = [
  "geen",
  "lopend",
  "bestuurlijk",
  "strafrechtelijk",
  "fiscaal",
  "integrale_controle",
  "bibob",
  "damocles",
  "riec_casus",
  "overig",
] as const;

export const signalen: KindSpec = {
  soort: "signalen",
  mode: "period",
  title: "Signalen van ondermijning die de organisatie heeft ontvangen",
  columns: [
    "signaal_id",
    "datum_ontvangen",
    "bron",
    "fenomeen",
    "gemeente",
    "besproken_in_loo",
    "datum_besproken_loo",
    "opvolging",
    "datum_afgesloten",
  ],
  required: ["signaal_id", "datum_ontvangen", "bron", "fenomeen"],
  keyColumns: ["signaal_id"],
  referenceColumn: "datum_ontvangen",
  referenceRule: "inside",
  schema: (context) =>
    z
      .object({
        signaal_id: required(text()),
        datum_ontvangen: required(dutchDate()),
        bron: required(codeOf(bronnen)),
        fenomeen: required(codeOf(fenomenen)),
        // A gemeente's own signals happen in that gemeente unless it says otherwise.
        gemeente:
          context.organisatie.type === "gemeente"
            ? withDefault(gemeenteCode(), context.organisatie.code)
            : required(gemeenteCode()),
        besproken_in_loo: dutchBoolean(),
        datum_besproken_loo: dutchDate(),
        opvolging: codeOf(opvolgingen),
        datum_afgesloten: dutchDate(),
      })
      .superRefine(
        (row, ctx) => {
          if (row.datum_afgesloten !== null && row.datum_afgesloten < row.datum_ontvangen) {
            ctx.addIssue(
              fieldIssue("rule", "een datum niet vóór datum_ontvangen", row.datum_afgesloten, [
                "datum_afgesloten",
              ]),
            );
          }
        },
        whenColumnsValid(["datum_ontvangen", "datum_afgesloten"]),
      ),
};
