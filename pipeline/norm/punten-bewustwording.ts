import type { Ambitiepunt } from "./ambitiepunt.ts";
import { actueelJaren } from "./parameters.ts";

/** Theme 1, Bewustwording & communicatie: points 1–4. */
export const puntenBewustwording: readonly Ambitiepunt[] = [
  {
    punt: "1",
    thema: 1,
    tekst:
      "De gemeenten en de provincie besteden periodiek aandacht aan ondermijning binnen de gemeentelijke c.q. provinciale organisatie.",
    geldtVoor: ["gemeente", "provincie"],
    bron: ["overleggen"],
    soort: "periodiek",
    regel:
      "Voldaan bij minstens 2 overleggen van het type bewustwording met ondermijning_geagendeerd in het jaar; deels bij 1; niet voldaan bij 0. Geen gegevens als de organisatie over het jaar geen overleggen heeft aangeleverd.",
    norm: "≥ 2 bewustwordingsoverleggen per jaar",
    waarde: "het aantal bewustwordingsoverleggen met ondermijning geagendeerd",
    parameters: { overlegtype: "bewustwording", minimum_voldaan: 2, minimum_deels: 1 },
    model: "ind_punt_01",
  },
  {
    punt: "2",
    thema: 1,
    tekst:
      "De gemeenten participeren actief in integrale communicatie binnen casuïstiek, thema's en fenomenen.",
    geldtVoor: ["gemeente"],
    bron: ["overleggen"],
    soort: "periodiek",
    regel:
      "Voldaan bij minstens 1 overleg van het type integrale_communicatie in het jaar; anders niet voldaan. Geen gegevens als de organisatie over het jaar geen overleggen heeft aangeleverd.",
    norm: "≥ 1 overleg integrale communicatie per jaar",
    waarde: "het aantal overleggen integrale communicatie",
    parameters: { overlegtype: "integrale_communicatie", minimum_voldaan: 1 },
    model: "ind_punt_02",
  },
  {
    punt: "3",
    thema: 1,
    tekst:
      "Ondermijning is opgenomen in het gemeentelijke integrale veiligheidsplan en de aanpak is verder vormgegeven in een plan van aanpak of uitvoeringsplan.",
    geldtVoor: ["gemeente"],
    bron: ["maatregelen"],
    soort: "register",
    regel:
      "Voldaan als het register voor punt 3 een actuele maatregel met onderdeel ivp (integraal veiligheidsplan) én een actuele maatregel met onderdeel uitvoeringsplan bevat; deels als slechts één van beide onderdelen actueel is; anders niet voldaan. Geen gegevens als er op de evaluatiedatum geen register is.",
    norm: "IVP en uitvoeringsplan actueel",
    waarde: "het aantal actuele onderdelen (van 2)",
    parameters: { onderdelen: ["ivp", "uitvoeringsplan"], actueel_jaren: actueelJaren },
    model: "ind_punt_03",
  },
  {
    punt: "4",
    thema: 1,
    tekst:
      "Bij belangrijke beleidsmatige beslissingen op het gebied van ondermijning worden deze in de driehoek besproken.",
    geldtVoor: ["gemeente"],
    bron: ["overleggen"],
    soort: "periodiek",
    regel:
      "Voldaan bij minstens 1 overleg van het type driehoek met beleidsbesluit_ondermijning in het jaar; deels als er geen zo'n overleg was maar wel een driehoek met ondermijning_geagendeerd; anders niet voldaan. Geen gegevens als de organisatie over het jaar geen overleggen heeft aangeleverd.",
    norm: "≥ 1 driehoek met beleidsbesluit ondermijning per jaar",
    waarde: "het aantal driehoeksoverleggen met een beleidsbesluit over ondermijning",
    parameters: { overlegtype: "driehoek", minimum_voldaan: 1 },
    model: "ind_punt_04",
  },
];
