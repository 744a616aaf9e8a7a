import type { Ambitiepunt } from "./ambitiepunt.ts";

/** Theme 8, Ambitiepunten van ketenpartners: politie (28, 29), OM (30, 31), waterschap (32–34). */
export const puntenKetenpartners: readonly Ambitiepunt[] = [
  {
    punt: "28",
    thema: 8,
    subthema: "Politie",
    tekst:
      "Elke 2 jaar maakt de politie een EenheidsOndermijningsbeeld (EOB) met een districtelijke uitwerking.",
    geldtVoor: ["politie"],
    bron: ["maatregelen"],
    soort: "register",
    regel:
      "Voldaan als het register voor punt 28 (EenheidsOndermijningsbeeld met districtelijke uitwerking) een maatregel met status vastgesteld of gerealiseerd bevat waarvan datum_vastgesteld binnen de 730 dagen tot en met de evaluatiedatum ligt; anders niet voldaan. Geen gegevens als er op de evaluatiedatum geen register is.",
    norm: "EOB vastgesteld in de laatste 2 jaar",
    parameters: { voldaan_statussen: ["vastgesteld", "gerealiseerd"], venster_dagen: 730 },
    model: "ind_punt_28",
  },
  {
    punt: "29",
    thema: 8,
    subthema: "Politie",
    tekst: "Binnen de politie is er in elk basisteam een themahouder ondermijning werkzaam.",
    geldtVoor: ["politie"],
    bron: ["formatie"],
    soort: "register",
    regel:
      "Kijkt naar de formatie op de evaluatiedatum met rol themahouder_ondermijning, per eenheid (basisteam). Waarde = eenheden met aantal minstens 1 ÷ genoemde eenheden. Voldaan bij 100 %; deels bij meer dan 0 %; niet voldaan bij 0 % of als er geen eenheid met die rol genoemd is. Geen gegevens als er op de evaluatiedatum geen formatie is.",
    norm: "een themahouder ondermijning in elk basisteam",
    waarde: "het aandeel basisteams met een themahouder ondermijning",
    parameters: {
      rollen: ["themahouder_ondermijning"],
      aandeel_voldaan: 1,
      aandeel_deels_boven: 0,
    },
    model: "ind_punt_29",
  },
  {
    punt: "30",
    thema: 8,
    subthema: "Openbaar Ministerie",
    tekst:
      "In Flevoland participeert het OM in de driehoek (waarin ondermijning een onderwerp kan zijn), in het Districtelijk Ondermijningsoverleg (waarin de interventiespecialist van het OM een adviserende rol heeft) en in de Districtelijke Integrale Stuurploeg (waarin de gebiedsofficier zitting neemt en stuurt op de casuïstiek en thema aanpak).",
    geldtVoor: ["om"],
    bron: ["overleggen"],
    soort: "periodiek",
    regel:
      "Telt de overleggen in het jaar met om in aanwezig, door welke organisatie ook aangeleverd, per type: driehoek, doo en dis. Voldaan als alle drie typen minstens 1 keer voorkwamen; deels bij 1 of 2 typen; niet voldaan bij 0. Geen gegevens als geen enkele organisatie over het jaar overleggen heeft aangeleverd.",
    norm: "OM aanwezig in driehoek, DOO en DIS per jaar",
    waarde: "het aantal overlegtypen met het OM aanwezig (van 3)",
    parameters: {
      overlegtypen: ["driehoek", "doo", "dis"],
      aanwezig: ["om"],
      minimum_voldaan: 3,
      minimum_deels: 1,
    },
    model: "ind_punt_30",
  },
  {
    punt: "31",
    thema: 8,
    subthema: "Openbaar Ministerie",
    tekst:
      "Het Openbaar Ministerie zal in ondermijningszaken zoveel als mogelijk actief communiceren.",
    geldtVoor: ["om"],
    bron: ["overleggen"],
    soort: "periodiek",
    regel:
      "Voldaan bij minstens 4 overleggen van het type communicatie_om in het jaar; deels bij 1 tot 3; niet voldaan bij 0. Geen gegevens als de organisatie over het jaar geen overleggen heeft aangeleverd.",
    norm: "≥ 4 communicatiemomenten OM per jaar",
    waarde: "het aantal overleggen van het type communicatie_om",
    parameters: { overlegtype: "communicatie_om", minimum_voldaan: 4, minimum_deels: 1 },
    model: "ind_punt_31",
  },
  {
    punt: "32",
    thema: 8,
    subthema: "Waterschap Zuiderzeeland",
    tekst:
      "De toezichthouders en de BOA's van het Waterschap Zuiderzeeland gaan een training volgen om signalen van ondermijning te leren kennen.",
    geldtVoor: ["waterschap"],
    bron: ["trainingen", "formatie"],
    soort: "dekking",
    regel:
      "Dekking = de som van deelnemers aan trainingen in het jaar met onderwerp ondermijning_signalering en doelgroep boa of toezichthouder, gedeeld door boa_ondermijning plus toezichthouder_ondermijning in de formatie op de evaluatiedatum. Voldaan bij een dekking van minstens 100 %; deels bij meer dan 0 %; anders niet voldaan, ook als de formatie geen boa's of toezichthouders ondermijning telt. Geen gegevens als er op de evaluatiedatum geen formatie is of de organisatie over het jaar geen trainingen heeft aangeleverd.",
    norm: "100 % van de boa's en toezichthouders getraind in signalering",
    waarde: "de dekking: deelnemers ÷ boa's en toezichthouders ondermijning in de formatie",
    parameters: {
      onderwerpen: ["ondermijning_signalering"],
      doelgroepen: ["boa", "toezichthouder"],
      rollen: ["boa_ondermijning", "toezichthouder_ondermijning"],
      dekking_voldaan: 1,
      dekking_deels_boven: 0,
    },
    model: "ind_punt_32",
  },
  {
    punt: "33",
    thema: 8,
    subthema: "Waterschap Zuiderzeeland",
    tekst:
      "Het Waterschap Zuiderzeeland gaat verkennen welke andere afdelingen getraind zouden moeten worden.",
    geldtVoor: ["waterschap"],
    bron: ["maatregelen"],
    soort: "register",
    regel:
      "Voldaan als het register voor punt 33 (verkenning andere afdelingen) een maatregel van soort mijlpaal met status gerealiseerd bevat; deels als er alleen een mijlpaal met status in_voorbereiding is; anders niet voldaan. Geen gegevens als er op de evaluatiedatum geen register is.",
    norm: "verkenning andere afdelingen gerealiseerd",
    parameters: {
      maatregel_soort: "mijlpaal",
      voldaan_statussen: ["gerealiseerd"],
      deels_statussen: ["in_voorbereiding"],
    },
    model: "ind_punt_33",
  },
  {
    punt: "34",
    thema: 8,
    subthema: "Waterschap Zuiderzeeland",
    tekst:
      "Het Waterschap Zuiderzeeland stelt een intern handelingskader op met daarin de mogelijkheden voor medewerkers om signalen te melden.",
    geldtVoor: ["waterschap"],
    bron: ["maatregelen"],
    soort: "register",
    regel:
      "Voldaan als het register voor punt 34 (intern handelingskader signalen) een maatregel met status vastgesteld of gerealiseerd bevat; anders niet voldaan. Geen gegevens als er op de evaluatiedatum geen register is.",
    norm: "intern handelingskader vastgesteld",
    parameters: { voldaan_statussen: ["vastgesteld", "gerealiseerd"] },
    model: "ind_punt_34",
  },
];
