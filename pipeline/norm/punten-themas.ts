import type { Ambitiepunt } from "./ambitiepunt.ts";

/** Theme 7, Ambitiepunten op thema's: points 26 (mensenhandel) and 27 (explosies). */
export const puntenThemas: readonly Ambitiepunt[] = [
  {
    punt: "26",
    thema: 7,
    subthema: "Mensenhandel",
    tekst: "Alle gemeenten voldoen aan het basisniveau bestuurlijke aanpak mensenhandel.",
    geldtVoor: ["gemeente"],
    bron: ["maatregelen"],
    soort: "register",
    regel:
      "Het basisniveau bestuurlijke aanpak mensenhandel heeft vier onderdelen: beleid, aandachtsfunctionaris, zorgcoordinatie en opvang. Een onderdeel is in orde als het register voor punt 26 een maatregel met dat onderdeel en status vastgesteld of gerealiseerd bevat. Voldaan als alle vier in orde zijn; deels bij 1 tot 3; niet voldaan bij 0. Geen gegevens als er op de evaluatiedatum geen register is.",
    norm: "4 van 4 onderdelen basisniveau mensenhandel",
    waarde: "het aandeel onderdelen in orde (van 4)",
    parameters: {
      onderdelen: ["beleid", "aandachtsfunctionaris", "zorgcoordinatie", "opvang"],
      voldaan_statussen: ["vastgesteld", "gerealiseerd"],
    },
    model: "ind_punt_26",
  },
  {
    punt: "27",
    thema: 7,
    subthema: "Problematiek in relatie tot explosies",
    tekst:
      "De werkgroep Flevolandse norm creëert een toolkit explosies die door de gemeenten gebruikt kan worden wanneer zich een explosie voordoet.",
    geldtVoor: ["dto"],
    bron: ["maatregelen"],
    soort: "register",
    regel:
      "Voldaan als het register voor punt 27 (toolkit explosies) een maatregel van soort mijlpaal met status gerealiseerd bevat; deels als er alleen een mijlpaal met status in_voorbereiding is; anders niet voldaan. Geen gegevens als er op de evaluatiedatum geen register is.",
    norm: "toolkit explosies gerealiseerd",
    parameters: {
      maatregel_soort: "mijlpaal",
      voldaan_statussen: ["gerealiseerd"],
      deels_statussen: ["in_voorbereiding"],
    },
    model: "ind_punt_27",
  },
];
