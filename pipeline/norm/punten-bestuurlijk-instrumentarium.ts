import type { Ambitiepunt } from "./ambitiepunt.ts";
import { actueelJaren } from "./parameters.ts";

const vergunningenstelsel =
  "(Exploitatie)vergunningenstelsel met eis “niet in enig opzicht van slecht levensgedrag zijn” voor:";

/** Theme 3, Bestuurlijk instrumentarium: points 9, 10 with its parts 10A–10C, and 11. */
export const puntenBestuurlijkInstrumentarium: readonly Ambitiepunt[] = [
  {
    punt: "9",
    thema: 3,
    tekst:
      "Tegengaan onveilig, niet leefbaar en malafide ondernemersklimaat (aanwijzing vergunningplicht branches, gebieden en gebouwen).",
    geldtVoor: ["gemeente"],
    bron: ["maatregelen"],
    soort: "register",
    regel:
      "Voldaan als het register voor punt 9 (aanwijzing vergunningplicht voor branches, gebieden en gebouwen) een maatregel met status vastgesteld of gerealiseerd bevat; anders niet voldaan. Geen gegevens als er op de evaluatiedatum geen register is.",
    norm: "aanwijzing vergunningplicht vastgesteld",
    parameters: { voldaan_statussen: ["vastgesteld", "gerealiseerd"] },
    model: "ind_punt_09",
  },
  {
    punt: "10",
    thema: 3,
    tekst: vergunningenstelsel,
    geldtVoor: ["gemeente"],
    bron: ["maatregelen"],
    soort: "rollup",
    regel:
      "Afgeleid van 10A, 10B en 10C: voldaan als alle drie voldaan zijn; deels als 1 of 2 voldaan zijn; niet voldaan als geen van de drie voldaan is. Geen gegevens als alle drie geen gegevens hebben.",
    norm: "10A, 10B en 10C voldaan",
    waarde: "het aantal voldane onderdelen (van 3)",
    parameters: { onderdelen: ["10A", "10B", "10C"], minimum_voldaan: 3, minimum_deels: 1 },
    model: "ind_punt_10",
  },
  {
    punt: "10A",
    thema: 3,
    onderdeelVan: "10",
    tekst: `${vergunningenstelsel} (horeca-)inrichtingen`,
    geldtVoor: ["gemeente"],
    bron: ["maatregelen"],
    soort: "register",
    regel:
      "Voldaan als het register voor punt 10A (vergunningenstelsel voor horeca-inrichtingen) een maatregel met status vastgesteld of gerealiseerd bevat; anders niet voldaan. Geen gegevens als er op de evaluatiedatum geen register is.",
    norm: "vergunningenstelsel horeca vastgesteld",
    parameters: { voldaan_statussen: ["vastgesteld", "gerealiseerd"] },
    model: "ind_punt_10a",
  },
  {
    punt: "10B",
    thema: 3,
    onderdeelVan: "10",
    tekst: `${vergunningenstelsel} Seks- en escortbedrijven`,
    geldtVoor: ["gemeente"],
    bron: ["maatregelen"],
    soort: "register",
    regel:
      "Voldaan als het register voor punt 10B (vergunningenstelsel voor seks- en escortbedrijven) een maatregel met status vastgesteld of gerealiseerd bevat; anders niet voldaan. Geen gegevens als er op de evaluatiedatum geen register is.",
    norm: "vergunningenstelsel seks- en escortbedrijven vastgesteld",
    parameters: { voldaan_statussen: ["vastgesteld", "gerealiseerd"] },
    model: "ind_punt_10b",
  },
  {
    punt: "10C",
    thema: 3,
    onderdeelVan: "10",
    tekst: `${vergunningenstelsel} Speelautomatenhallen voor kansspelen`,
    geldtVoor: ["gemeente"],
    bron: ["maatregelen"],
    soort: "register",
    regel:
      "Voldaan als het register voor punt 10C (vergunningenstelsel voor speelautomatenhallen) een maatregel met status vastgesteld of gerealiseerd bevat; anders niet voldaan. Geen gegevens als er op de evaluatiedatum geen register is.",
    norm: "vergunningenstelsel speelautomatenhallen vastgesteld",
    parameters: { voldaan_statussen: ["vastgesteld", "gerealiseerd"] },
    model: "ind_punt_10c",
  },
  {
    punt: "11",
    thema: 3,
    tekst: "Flevolandse gemeenten hebben allemaal een actueel Damocles beleid.",
    geldtVoor: ["gemeente"],
    bron: ["maatregelen"],
    soort: "register",
    regel:
      "Voldaan als het register voor punt 11 (Damoclesbeleid) een actuele maatregel bevat; deels als er geen actuele maatregel is maar wel een met status vastgesteld of gerealiseerd die niet (meer) actueel is; anders niet voldaan. Geen gegevens als er op de evaluatiedatum geen register is.",
    norm: "Damoclesbeleid actueel",
    parameters: {
      actueel_jaren: actueelJaren,
      deels_statussen: ["vastgesteld", "gerealiseerd"],
    },
    model: "ind_punt_11",
  },
];
