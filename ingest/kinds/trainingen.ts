import { z } from "zod";
import { codeOf } from "../fields/code-of.ts";
import { count } from "../fields/count.ts";
import { dutchDate } from "../fields/dutch-date.ts";
import { required } from "../fields/required.ts";
import { text } from "../fields/text.ts";
import type { KindSpec } from "./kind-spec.ts";

export const trainingOnderwerpen = [
  "bibob",
  "ondermijning_signalering",
  "bestuurlijk_instrumentarium",
  "integriteit",
  "mensenhandel",
  "explosies",
  "overig",
] as const;

export const aanbieders = ["tov", "riec", "lbb", "intern", "extern"] as const;

export const doelgroepen = [
  "bibob_medewerker",
  "boa",
  "toezichthouder",
  "jurist",
  "bestuurder",
  "ambtenaar",
  "raadslid",
  "overig",
] as const;

export const trainingen: KindSpec = {
  soort: "trainingen",
  mode: "period",
  title: "Trainingen die medewerkers van de organisatie hebben gevolgd",
  columns: ["training_id", "datum", "onderwerp", "aanbieder", "doelgroep", "deelnemers"],
  required: ["training_id", "datum", "onderwerp", "aanbieder", "doelgroep", "deelnemers"],
  keyColumns: ["training_id"],
  referenceColumn: "datum",
  referenceRule: "inside",
  schema: (context) =>
    z.object({
      training_id: required(text()),
      datum: required(dutchDate()),
      onderwerp: required(codeOf(trainingOnderwerpen)),
      aanbieder: required(codeOf(aanbieders)),
      doelgroep: required(codeOf(doelgroepen)),
      deelnemers: required(count(context)),
    }),
};
