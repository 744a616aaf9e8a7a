/** A global parameter of the rules, as the methodology shows it and `ref_parameters` holds it. */
export interface Parameter {
  /** snake_case, as the SQL asks for it. */
  naam: string;
  waarde: number | string;
  eenheid: "jaren" | "dagen" | "datum" | "jaar" | "inwoners";
  omschrijving: string;
}

/** A policy counts as actueel when adopted or evaluated within this many years. */
export const actueelJaren = 4;
/** The stand looks back this many days, up to and including the as-of date. */
export const standDagen = 365;
/** Every applicable organisation should meet every ambitiepunt by this date. */
export const deadline = "2026-12-31";
/** A period kind is overdue when not delivered this many days after its quarter ended. */
export const teLaatDagen = 30;
/** The first and last calendar year with yearly rows. */
export const eersteJaar = 2025;
export const laatsteJaar = 2026;
/** Rates in the ondermijningsbeeld are per this many inhabitants. */
export const perInwoners = 10_000;

/** The global parameters with their Dutch descriptions, for the Methode page and the SQL. */
export const globalParameters: readonly Parameter[] = [
  {
    naam: "actueel_jaren",
    waarde: actueelJaren,
    eenheid: "jaren",
    omschrijving:
      "Beleid is actueel als het vastgesteld of gerealiseerd is, niet verlopen is (geldig_tot leeg of niet vóór de evaluatiedatum) en binnen dit aantal jaren vóór de evaluatiedatum is vastgesteld of geëvalueerd.",
  },
  {
    naam: "stand_dagen",
    waarde: standDagen,
    eenheid: "dagen",
    omschrijving:
      "De stand kijkt bij periodieke regels naar dit aantal dagen tot en met de as-of-datum; toestandsregels kijken naar het register op die datum.",
  },
  {
    naam: "deadline",
    waarde: deadline,
    eenheid: "datum",
    omschrijving:
      "De ambitie is dat elke organisatie vóór deze datum voldoet aan alle ambitiepunten die voor haar gelden.",
  },
  {
    naam: "te_laat_dagen",
    waarde: teLaatDagen,
    eenheid: "dagen",
    omschrijving:
      "Een periodieke aanlevering is te laat als ze dit aantal dagen na het einde van het kwartaal nog niet binnen is.",
  },
  {
    naam: "eerste_jaar",
    waarde: eersteJaar,
    eenheid: "jaar",
    omschrijving: "Het eerste kalenderjaar waarvoor statussen per jaar worden berekend.",
  },
  {
    naam: "laatste_jaar",
    waarde: laatsteJaar,
    eenheid: "jaar",
    omschrijving: "Het laatste kalenderjaar waarvoor statussen per jaar worden berekend.",
  },
  {
    naam: "per_inwoners",
    waarde: perInwoners,
    eenheid: "inwoners",
    omschrijving: "Aantallen in het ondermijningsbeeld worden ook getoond per dit aantal inwoners.",
  },
];
