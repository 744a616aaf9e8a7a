import type { Audience } from "../norm/publication-rules.ts";

/** A table the build publishes: the file name, the model it comes from, who may see it. */
export interface OutputTable {
  file: string;
  table: string;
  audiences: readonly Audience[];
  /** Also as JSON for the site (small tables only). */
  json: boolean;
}

/**
 * What leaves the warehouse. `publiek` files come from the pub_* models, which apply the
 * publication rules in the data; `partners` files carry everything per gemeente and quarter.
 */
export const outputTables: readonly OutputTable[] = [
  {
    file: "ambitiepunten",
    table: "ref_ambitiepunten",
    audiences: ["partners", "publiek"],
    json: true,
  },
  { file: "norm_indicatoren", table: "norm_indicatoren", audiences: ["partners"], json: true },
  { file: "norm_indicatoren", table: "pub_norm_indicatoren", audiences: ["publiek"], json: true },
  { file: "norm_district", table: "norm_district", audiences: ["partners", "publiek"], json: true },
  { file: "beeld_signalen", table: "beeld_signalen", audiences: ["partners"], json: true },
  { file: "beeld_signalen", table: "pub_beeld_signalen", audiences: ["publiek"], json: true },
  { file: "beeld_bibob", table: "beeld_bibob", audiences: ["partners"], json: true },
  { file: "beeld_bibob", table: "pub_beeld_bibob", audiences: ["publiek"], json: true },
  { file: "beeld_controles", table: "beeld_controles", audiences: ["partners"], json: true },
  { file: "beeld_controles", table: "pub_beeld_controles", audiences: ["publiek"], json: true },
  { file: "beeld_trainingen", table: "beeld_trainingen", audiences: ["partners"], json: true },
  { file: "beeld_trainingen", table: "pub_beeld_trainingen", audiences: ["publiek"], json: true },
  {
    file: "beeld_aanleveringen",
    table: "beeld_aanleveringen",
    audiences: ["partners"],
    json: true,
  },
  {
    file: "beeld_aanleveringen",
    table: "pub_beeld_aanleveringen",
    audiences: ["publiek"],
    json: true,
  },
];
