import type { Ambitiepunt } from "./ambitiepunt.ts";
import { actueelJaren } from "./parameters.ts";

/** Theme 4, Wet Bibob: points 12–16. */
export const puntenBibob: readonly Ambitiepunt[] = [
  {
    punt: "12",
    thema: 4,
    tekst:
      "De gemeenten en provincie hebben een actueel Bibob beleid en maken zo optimaal mogelijk gebruik van de toepassingsmogelijkheden van de Wet.",
    geldtVoor: ["gemeente", "provincie"],
    bron: ["maatregelen", "bibob"],
    soort: "register_en_periodiek",
    regel:
      "Voldaan als het register voor punt 12 (Bibob-beleid) een actuele maatregel bevat en de organisatie in het jaar minstens 1 bibob-dossier met eigen_onderzoek had; deels als het beleid actueel is maar er geen zo'n dossier is; niet voldaan als er geen actueel Bibob-beleid is. Geen gegevens als er op de evaluatiedatum geen register is, of als het beleid actueel is en de organisatie over het jaar geen bibob heeft aangeleverd.",
    norm: "Bibob-beleid actueel en ≥ 1 eigen Bibob-onderzoek per jaar",
    waarde: "het aantal bibob-dossiers met eigen onderzoek in het jaar",
    parameters: { actueel_jaren: actueelJaren, minimum_voldaan: 1 },
    model: "ind_punt_12",
  },
  {
    punt: "13",
    thema: 4,
    tekst:
      "Het Openbaar Ministerie, de politie, gemeenten en provincie maken gebruik van de tip-mogelijkheden van de Wet Bibob.",
    geldtVoor: ["gemeente", "provincie", "politie", "om"],
    bron: ["tips", "bibob"],
    soort: "periodiek",
    regel:
      "Politie en OM: voldaan bij minstens 1 gegeven tip (tips) in het jaar; anders niet voldaan; geen gegevens als de organisatie over het jaar geen tips heeft aangeleverd. Gemeenten en provincie: voldaan bij minstens 1 gegeven tip of minstens 1 bibob-dossier met tip_ontvangen in het jaar; anders niet voldaan; geen gegevens als de organisatie over het jaar tips noch bibob heeft aangeleverd.",
    norm: "≥ 1 Bibob-tip per jaar",
    waarde: "het aantal gegeven tips plus (gemeenten en provincie) dossiers met een ontvangen tip",
    // The organisation types for which dossiers with a received tip count too, besides tips given.
    parameters: { minimum_voldaan: 1, tip_dossiers_voor: ["gemeente", "provincie"] },
    model: "ind_punt_13",
  },
  {
    punt: "14",
    thema: 4,
    tekst:
      "Bibob medewerkers van de gemeenten en provincie volgen één keer per jaar een training om op de hoogte te blijven van de laatste ontwikkelingen.",
    geldtVoor: ["gemeente", "provincie"],
    bron: ["trainingen", "formatie"],
    soort: "dekking",
    regel:
      "Dekking = de som van deelnemers aan trainingen in het jaar met onderwerp bibob en doelgroep bibob_medewerker, gedeeld door het aantal bibob_medewerker in de formatie op de evaluatiedatum (de laatste formatie met peildatum op of vóór het einde van het jaar). Voldaan bij een dekking van minstens 100 %; deels bij minstens 50 %; anders niet voldaan, ook als de formatie geen bibob_medewerker telt. Geen gegevens als er op de evaluatiedatum geen formatie is of de organisatie over het jaar geen trainingen heeft aangeleverd.",
    norm: "100 % van de Bibob-medewerkers getraind per jaar",
    waarde: "de dekking: deelnemers ÷ Bibob-medewerkers in de formatie",
    parameters: {
      onderwerpen: ["bibob"],
      doelgroepen: ["bibob_medewerker"],
      rollen: ["bibob_medewerker"],
      dekking_voldaan: 1,
      dekking_deels: 0.5,
    },
    model: "ind_punt_14",
  },
  {
    punt: "15",
    thema: 4,
    tekst:
      "Het DTO Flevoland volgt samen met de gemeenten en provincie de ontwikkelingen rondom districtelijke Bibob-teams en onderzoekt de wenselijkheid en haalbaarheid van een dergelijk team in Flevoland.",
    geldtVoor: ["dto"],
    bron: ["maatregelen"],
    soort: "register",
    regel:
      "Voldaan als het register voor punt 15 (verkenning districtelijk Bibob-team) een maatregel van soort mijlpaal met status gerealiseerd bevat; deels als er alleen een mijlpaal met status in_voorbereiding is; anders niet voldaan. Geen gegevens als er op de evaluatiedatum geen register is.",
    norm: "verkenning districtelijk Bibob-team gerealiseerd",
    parameters: {
      maatregel_soort: "mijlpaal",
      voldaan_statussen: ["gerealiseerd"],
      deels_statussen: ["in_voorbereiding"],
    },
    model: "ind_punt_15",
  },
  {
    punt: "16",
    thema: 4,
    tekst:
      "Er is een onderling afgestemd werkproces rondom het doen van aangifte van valsheid in geschrifte door een bestuursorgaan.",
    geldtVoor: ["gemeente", "provincie", "politie", "om"],
    bron: ["maatregelen"],
    context: ["bibob"],
    soort: "register",
    regel:
      "Voldaan als het register voor punt 16 (werkproces aangifte valsheid in geschrifte) een maatregel met status vastgesteld of gerealiseerd bevat; anders niet voldaan. Geen gegevens als er op de evaluatiedatum geen register is. Context: het aantal bibob-dossiers met aangifte_valsheid in het jaar.",
    norm: "werkproces aangifte valsheid in geschrifte vastgesteld",
    parameters: { voldaan_statussen: ["vastgesteld", "gerealiseerd"] },
    model: "ind_punt_16",
  },
];
