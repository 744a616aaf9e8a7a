import { z } from "zod";
import { codeOf } from "../fields/code-of.ts";
import { dutchDate } from "../fields/dutch-date.ts";
import { organisationCode } from "../fields/organisation-code.ts";
import { required } from "../fields/required.ts";
import { text } from "../fields/text.ts";
import type { KindSpec } from "./kind-spec.ts";

export const tipSoorten = ["om_art26", "bestuursorgaan", "politie"] as const;

export const tips: KindSpec = {
  soort: "tips",
  mode: "period",
  title: "Gegeven Bibob-tips (art. 26 Wet Bibob en tussen bestuursorganen)",
  columns: ["tip_id", "datum", "ontvanger", "soort"],
  required: ["tip_id", "datum", "ontvanger", "soort"],
  keyColumns: ["tip_id"],
  referenceColumn: "datum",
  referenceRule: "inside",
  schema: () =>
    z.object({
      tip_id: required(text()),
      datum: required(dutchDate()),
      ontvanger: required(organisationCode()),
      soort: required(codeOf(tipSoorten)),
    }),
};
