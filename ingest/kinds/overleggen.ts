import { z } from "zod";
import { codeList } from "../fields/code-list.ts";
import { codeOf } from "../fields/code-of.ts";
import { count } from "../fields/count.ts";
import { dutchBoolean } from "../fields/dutch-boolean.ts";
import { dutchDate } from "../fields/dutch-date.ts";
import { required } from "../fields/required.ts";
import { text } from "../fields/text.ts";
import type { KindSpec } from "./kind-spec.ts";

export const overlegTypes = [
  "loo",
  "driehoek",
  "doo",
  "dis",
  "bewustwording",
  "integriteit",
  "integrale_communicatie",
  "communicatie_om",
  "overig",
] as const;

export const niveaus = ["ambtelijk", "bestuurlijk", "beide"] as const;

export const aanwezigen = [
  "gemeente",
  "politie",
  "dto",
  "om",
  "provincie",
  "waterschap",
  "riec",
  "overig",
] as const;

export const overleggen: KindSpec = {
  soort: "overleggen",
  mode: "period",
  title: "Overleggen en bewustwordingsactiviteiten",
  columns: [
    "overleg_id",
    "datum",
    "type",
    "niveau",
    "ondermijning_geagendeerd",
    "beleidsbesluit_ondermijning",
    "aanwezig",
    "casussen_besproken",
    "deelnemers",
  ],
  required: ["overleg_id", "datum", "type"],
  keyColumns: ["overleg_id"],
  referenceColumn: "datum",
  referenceRule: "inside",
  schema: (context) =>
    z.object({
      overleg_id: required(text()),
      datum: required(dutchDate()),
      type: required(codeOf(overlegTypes)),
      niveau: codeOf(niveaus),
      ondermijning_geagendeerd: dutchBoolean(),
      beleidsbesluit_ondermijning: dutchBoolean(),
      aanwezig: codeList(aanwezigen, context),
      casussen_besproken: count(context),
      deelnemers: count(context),
    }),
};
