/** Who a build's outputs are for. */
export type Audience = "publiek" | "partners";

/** One audience with how the site and the files mark it. */
export interface AudienceDescription {
  audience: Audience;
  omschrijving: string;
  /** Shown on every page and in every file for this audience, or absent. */
  markering?: string;
}

/** The two audiences of indicators.md, described in Dutch. */
export const audiences: readonly AudienceDescription[] = [
  {
    audience: "publiek",
    omschrijving:
      "De openbare site (standaard): alleen totalen volgens de publicatieregels, ook in de databestanden zelf.",
  },
  {
    audience: "partners",
    omschrijving:
      "DTO, RIEC en de aangesloten organisaties zelf: alle cijfers per gemeente per kwartaal.",
    markering: "VERTROUWELIJK",
  },
];

/** The publication rules of indicators.md as values, for the code that applies them. */
export const publicationRules = {
  /** Counts from 1 up to (not including) this one are shown as `smallCountLabel`. */
  minCount: 5,
  smallCountLabel: "<5",
  /** Other counts are rounded to the nearest multiple of this. */
  roundTo: 5,
  /** A percentage is shown only when its denominator is at least this. */
  minDenominator: 10,
  /** No period finer than this is published. */
  finestPeriod: "kwartaal",
  /** Case data published for the district per year only: all of bibob, and signalen with bron mma. */
  districtYearOnly: [{ soort: "bibob" }, { soort: "signalen", bron: "mma" }],
  /** What never leaves the building for the public. */
  neverPublic: ["record_id", "vrije_tekst", "adres"],
  /** Norm statuses concern organisations, not people, so they are public. */
  statusesPublic: true,
} as const;

/** One publication rule in Dutch, for the Methode page. */
export interface Publicatieregel {
  code: string;
  tekst: string;
}

const { minCount, smallCountLabel, roundTo, minDenominator } = publicationRules;

export const publicatieregels: readonly Publicatieregel[] = [
  {
    code: "kleine_aantallen",
    tekst: `Aantallen van 1 tot en met ${minCount - 1} worden getoond als ${smallCountLabel}; andere aantallen worden afgerond op het dichtstbijzijnde veelvoud van ${roundTo}.`,
  },
  {
    code: "secundaire_onderdrukking",
    tekst:
      "Een onderdrukt aantal mag niet terug te rekenen zijn uit totalen. Aantallen tellen op tot een gepubliceerd totaal: de gemeenten tot het district, de kwartalen tot het jaar, de waarden van een uitsplitsing (fenomeen, bron, onderwerp, doelgroep, Bibob-uitkomsten) tot het totaal. Is in zo'n optelling precies één aantal verborgen, dan wordt ook het kleinste zichtbare aantal daarvan onderdrukt, of het totaal als er geen ander aantal is. Dit gebeurt twee keer voor alle drie soorten optellingen.",
  },
  {
    code: "percentages",
    tekst: `Percentages worden alleen getoond als de noemer minstens ${minDenominator} is.`,
  },
  {
    code: "bibob_en_mma",
    tekst:
      "Bibob-gegevens en signalen via Meld Misdaad Anoniem (MMA) worden alleen voor het hele district per jaar gepubliceerd.",
  },
  {
    code: "geen_details",
    tekst:
      "Niets fijner dan een kwartaal; geen kenmerken van records, geen vrije tekst en geen adressen.",
  },
  {
    code: "normstatussen",
    tekst:
      "De statussen per ambitiepunt zijn openbaar: ze gaan over organisaties, niet over personen.",
  },
  {
    code: "databestanden",
    tekst:
      "De regels gelden voor de gepubliceerde databestanden zelf, niet alleen voor wat een pagina laat zien: wie de JSON- of Parquet-bestanden leest, vindt geen klein aantal.",
  },
];
