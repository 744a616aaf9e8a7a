import type { Ambitiepunt } from "./ambitiepunt.ts";
import { actueelJaren } from "./parameters.ts";

/** Theme 2, Informatie: points 5–8. */
export const puntenInformatie: readonly Ambitiepunt[] = [
  {
    punt: "5",
    thema: 2,
    tekst:
      "De gemeenten en de provincie hebben een intern meldpunt voor signalen van ondermijning.",
    geldtVoor: ["gemeente", "provincie"],
    bron: ["maatregelen"],
    context: ["signalen"],
    soort: "register",
    regel:
      "Voldaan als het register voor punt 5 (het interne meldpunt) een maatregel met status vastgesteld of gerealiseerd bevat; deels als er alleen een maatregel met status in_voorbereiding is; anders niet voldaan. Geen gegevens als er op de evaluatiedatum geen register is. Context: het aantal signalen met bron intern_meldpunt in het jaar.",
    norm: "intern meldpunt vastgesteld",
    parameters: {
      voldaan_statussen: ["vastgesteld", "gerealiseerd"],
      deels_statussen: ["in_voorbereiding"],
      context_bron: "intern_meldpunt",
    },
    model: "ind_punt_05",
  },
  {
    punt: "6",
    thema: 2,
    tekst: "Alle gemeenten hebben een privacyprotocol Ondermijning.",
    geldtVoor: ["gemeente"],
    bron: ["maatregelen"],
    soort: "register",
    regel:
      "Voldaan als het register voor punt 6 (het privacyprotocol ondermijning) een actuele maatregel bevat; deels als er geen actuele maatregel is maar wel een met status in_voorbereiding; anders niet voldaan. Geen gegevens als er op de evaluatiedatum geen register is.",
    norm: "privacyprotocol actueel",
    parameters: { actueel_jaren: actueelJaren, deels_statussen: ["in_voorbereiding"] },
    model: "ind_punt_06",
  },
  {
    punt: "7",
    thema: 2,
    tekst: "Alle gemeenten zijn en blijven aangesloten op Meld Misdaad Anoniem (MMA).",
    geldtVoor: ["gemeente"],
    bron: ["maatregelen"],
    context: ["signalen"],
    soort: "register",
    regel:
      "Voldaan als het register voor punt 7 (de aansluiting op MMA) een maatregel met status gerealiseerd bevat die niet beëindigd is (geldig_tot leeg of niet vóór de evaluatiedatum); anders niet voldaan. Geen gegevens als er op de evaluatiedatum geen register is. Context: het aantal signalen met bron mma in het jaar.",
    norm: "aangesloten op MMA",
    parameters: { voldaan_statussen: ["gerealiseerd"], context_bron: "mma" },
    model: "ind_punt_07",
  },
  {
    punt: "8",
    thema: 2,
    tekst:
      "Elke gemeente heeft een lokaal ondermijningsoverleg waarin de gemeente, politie en de operationeel coördinator van het DTO participeren en ondermijningsignalen worden verrijkt met systeem- en straatinformatie.",
    geldtVoor: ["gemeente"],
    bron: ["overleggen"],
    context: ["signalen"],
    soort: "periodiek",
    regel:
      "Voldaan bij minstens 4 overleggen van het type loo in het jaar als bij elk loo-overleg van het jaar gemeente, politie en dto in aanwezig staan; deels bij minstens 1 loo-overleg in het jaar dat hier niet aan voldoet; niet voldaan bij 0. Geen gegevens als de organisatie over het jaar geen overleggen heeft aangeleverd. Context: het aandeel signalen in het jaar dat besproken_in_loo is.",
    norm: "≥ 4 LOO's per jaar met gemeente, politie en DTO",
    waarde: "het aandeel loo-overleggen met gemeente, politie en dto aanwezig",
    parameters: {
      overlegtype: "loo",
      minimum_voldaan: 4,
      minimum_deels: 1,
      aanwezig: ["gemeente", "politie", "dto"],
    },
    model: "ind_punt_08",
  },
];
