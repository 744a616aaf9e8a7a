import type { Ambitiepunt } from "./ambitiepunt.ts";
import { actueelJaren } from "./parameters.ts";

/** Theme 6, Integriteit & screening: points 22–25. */
export const puntenIntegriteit: readonly Ambitiepunt[] = [
  {
    punt: "22",
    thema: 6,
    tekst: "Gemeenten en provincie hebben een VOG-beleid.",
    geldtVoor: ["gemeente", "provincie"],
    bron: ["maatregelen"],
    soort: "register",
    regel:
      "Voldaan als het register voor punt 22 (VOG-beleid) een actuele maatregel bevat; anders niet voldaan. Geen gegevens als er op de evaluatiedatum geen register is.",
    norm: "VOG-beleid actueel",
    parameters: { actueel_jaren: actueelJaren },
    model: "ind_punt_22",
  },
  {
    punt: "23",
    thema: 6,
    tekst:
      "Gemeenten voeren VOG-P beleid conform de Regeling aanwijzing functies VOG-politiegegevens.",
    geldtVoor: ["gemeente"],
    bron: ["maatregelen"],
    soort: "register",
    regel:
      "Voldaan als het register voor punt 23 (VOG-P-beleid) een maatregel met status vastgesteld of gerealiseerd bevat; anders niet voldaan. Geen gegevens als er op de evaluatiedatum geen register is.",
    norm: "VOG-P-beleid vastgesteld",
    parameters: { voldaan_statussen: ["vastgesteld", "gerealiseerd"] },
    model: "ind_punt_23",
  },
  {
    punt: "24",
    thema: 6,
    tekst:
      "Minimaal één keer per jaar wordt op zowel ambtelijk als bestuurlijk niveau aandacht besteed aan het onderwerp integriteit en een overheid die weerbaar is tegen criminele beïnvloeding.",
    geldtVoor: ["gemeente", "provincie"],
    bron: ["overleggen"],
    soort: "periodiek",
    regel:
      "Voldaan als er in het jaar een overleg van het type integriteit op niveau ambtelijk én een op niveau bestuurlijk was, of een op niveau beide; deels als slechts één van de twee niveaus voorkwam; anders niet voldaan (een integriteitsoverleg zonder niveau telt niet). Geen gegevens als de organisatie over het jaar geen overleggen heeft aangeleverd.",
    norm: "integriteit ambtelijk én bestuurlijk besproken per jaar",
    waarde: "het aantal niveaus waarop integriteit besproken is (van 2)",
    parameters: { overlegtype: "integriteit", niveaus: ["ambtelijk", "bestuurlijk"] },
    model: "ind_punt_24",
  },
  {
    punt: "25",
    thema: 6,
    tekst:
      "Gemeenten en provincie bevorderen met concrete maatregelen een open cultuur waarin zowel op ambtelijk als bestuurlijk niveau kwetsbare omstandigheden en integriteitsrisico's bespreekbaar worden gemaakt.",
    geldtVoor: ["gemeente", "provincie"],
    bron: ["maatregelen"],
    soort: "register",
    regel:
      "Voldaan als het register voor punt 25 (open cultuur) minstens 1 maatregel met status vastgesteld of gerealiseerd bevat; deels als er alleen maatregelen met status in_voorbereiding zijn; anders niet voldaan. Geen gegevens als er op de evaluatiedatum geen register is.",
    norm: "≥ 1 maatregel voor een open cultuur vastgesteld",
    waarde: "het aantal maatregelen met status vastgesteld of gerealiseerd",
    parameters: {
      voldaan_statussen: ["vastgesteld", "gerealiseerd"],
      deels_statussen: ["in_voorbereiding"],
      minimum_voldaan: 1,
    },
    model: "ind_punt_25",
  },
];
