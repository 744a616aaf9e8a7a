import { actueelJaren, standDagen } from "./parameters.ts";

/** A word the rules in the catalogue use, with its precise meaning. */
export interface Begrip {
  term: string;
  uitleg: string;
}

/** The terms the rules are written in, for the Methode page; the SQL follows the same meanings. */
export const begrippen: readonly Begrip[] = [
  {
    term: "het jaar",
    uitleg: `Bij een jaarstatus het kalenderjaar; bij de stand de ${standDagen} dagen tot en met de as-of-datum. Een record telt mee als zijn datum (datum of datum_ontvangen) erin valt; een bibob-dossier als het voorkomt in een aanlevering over een kwartaal dat het jaar overlapt, met zijn laatst bekende versie.`,
  },
  {
    term: "evaluatiedatum",
    uitleg:
      "Bij een jaarstatus 31 december van dat jaar, of de as-of-datum als die eerder valt; bij de stand de as-of-datum.",
  },
  {
    term: "register",
    uitleg:
      "De maatregelen van de organisatie die op de evaluatiedatum gelden: per maatregel de laatste versie met peildatum op of vóór die datum, zoals bekend op de as-of-datum. Een maatregel die een latere momentopname niet meer noemt, geldt vanaf die peildatum niet meer.",
  },
  {
    term: "formatie op de evaluatiedatum",
    uitleg:
      "De formatie-momentopname die op de evaluatiedatum geldt: de laatste met peildatum op of vóór die datum.",
  },
  {
    term: "vastgesteld",
    uitleg:
      "Waar een regel status vastgesteld vraagt, telt gerealiseerd ook mee: die status volgt op vastgesteld.",
  },
  {
    term: "actueel",
    uitleg: `Een maatregel is actueel als zijn status vastgesteld of gerealiseerd is, geldig_tot leeg is of niet vóór de evaluatiedatum ligt, en datum_vastgesteld of datum_evaluatie binnen de ${actueelJaren} jaar vóór de evaluatiedatum ligt.`,
  },
  {
    term: "aangeleverd",
    uitleg:
      "Een periodieke soort is voor het jaar aangeleverd als de organisatie een aanlevering deed over een kwartaal dat het jaar overlapt; een lege aanlevering telt ook (niets deze periode). Een momentopname (maatregelen, formatie) is aangeleverd als er een is met peildatum op of vóór de evaluatiedatum.",
  },
  {
    term: "geen gegevens",
    uitleg:
      "De organisatie heeft een soort die de regel nodig heeft niet aangeleverd; de regel zegt per punt welke. Een ontbrekende aanlevering is geen nul: daarom geen niet voldaan.",
  },
  {
    term: "nvt",
    uitleg: "Het ambitiepunt geldt niet voor dit type organisatie.",
  },
];
