import type { Ambitiepunt } from "./ambitiepunt.ts";

// The DUP's prioritised themes per year (fenomeen codes); DTO sets a year's list when the DUP changes.
const dupThemas = [
  "drugs",
  "hennep",
  "vastgoed",
  "mensenhandel",
  "arbeidsuitbuiting",
  "vakantieparken",
  "explosies",
];

/** Theme 5, Handhaving: points 17–21. */
export const puntenHandhaving: readonly Ambitiepunt[] = [
  {
    punt: "17",
    thema: 5,
    tekst:
      "De gemeente en de provincie hebben toezichhouders/boa's die de aanpak (waaronder nadrukkelijk de signalerende rol) van ondermijning in hun takenpakket hebben.",
    geldtVoor: ["gemeente", "provincie"],
    bron: ["formatie"],
    soort: "register",
    regel:
      "Voldaan als de formatie op de evaluatiedatum samen minstens 1 boa_ondermijning of toezichthouder_ondermijning telt (de som van aantal); anders niet voldaan. Geen gegevens als er op de evaluatiedatum geen formatie is.",
    norm: "≥ 1 boa of toezichthouder ondermijning",
    waarde: "het aantal boa's en toezichthouders ondermijning in de formatie",
    parameters: { rollen: ["boa_ondermijning", "toezichthouder_ondermijning"], minimum_voldaan: 1 },
    model: "ind_punt_17",
  },
  {
    punt: "18",
    thema: 5,
    tekst:
      "Alle gemeenten organiseren integrale controles waarbij wordt gefocust op de geprioriteerde thema's in het DUP.",
    geldtVoor: ["gemeente"],
    bron: ["controles"],
    soort: "periodiek",
    regel:
      "Telt de integrale controles in het jaar met als gemeente deze gemeente, door welke organisatie ook aangeleverd. Voldaan als minstens 1 daarvan minstens 1 DUP-thema van het jaar van de controle in dup_themas heeft; deels als er controles waren maar geen op een DUP-thema; niet voldaan bij 0 controles. Geen gegevens als geen enkele organisatie over het jaar controles heeft aangeleverd.",
    norm: "≥ 1 integrale controle op een DUP-thema per jaar",
    waarde:
      "het aantal controles in de gemeente; de toelichting noemt ook het aandeel op DUP-thema's",
    parameters: {
      dup_themas: { "2025": dupThemas, "2026": dupThemas },
      minimum_voldaan: 1,
    },
    model: "ind_punt_18",
  },
  {
    punt: "19",
    thema: 5,
    tekst:
      "De BOA's/toezichhouders die de aanpak van ondermijning in hun takenpakket hebben, volgen minimaal één keer per jaar een training van het TOV op het gebied van ondermijning.",
    geldtVoor: ["gemeente"],
    bron: ["trainingen", "formatie"],
    soort: "dekking",
    regel:
      "Dekking = de som van deelnemers aan trainingen in het jaar met onderwerp ondermijning_signalering of bestuurlijk_instrumentarium, aanbieder tov en doelgroep boa of toezichthouder, gedeeld door boa_ondermijning plus toezichthouder_ondermijning in de formatie op de evaluatiedatum. Voldaan bij een dekking van minstens 100 %; deels bij minstens 50 %; anders niet voldaan, ook als de formatie geen boa's of toezichthouders ondermijning telt. Geen gegevens als er op de evaluatiedatum geen formatie is of de organisatie over het jaar geen trainingen heeft aangeleverd.",
    norm: "100 % van de boa's en toezichthouders ondermijning per jaar getraind door het TOV",
    waarde: "de dekking: deelnemers ÷ boa's en toezichthouders ondermijning in de formatie",
    parameters: {
      onderwerpen: ["ondermijning_signalering", "bestuurlijk_instrumentarium"],
      aanbieders: ["tov"],
      doelgroepen: ["boa", "toezichthouder"],
      rollen: ["boa_ondermijning", "toezichthouder_ondermijning"],
      dekking_voldaan: 1,
      dekking_deels: 0.5,
    },
    model: "ind_punt_19",
  },
  {
    punt: "20",
    thema: 5,
    tekst:
      'Ten minste één keer per jaar wordt de training "bestuurlijk instrumentarium" aangeboden door de juristen van het TOV.',
    geldtVoor: ["dto"],
    bron: ["trainingen"],
    soort: "periodiek",
    regel:
      "Voldaan bij minstens 1 training in het jaar met onderwerp bestuurlijk_instrumentarium en aanbieder tov, door welke organisatie ook aangeleverd; anders niet voldaan. Geen gegevens als geen enkele organisatie over het jaar trainingen heeft aangeleverd.",
    norm: "≥ 1 TOV-training bestuurlijk instrumentarium per jaar",
    waarde: "het aantal trainingen bestuurlijk instrumentarium van het TOV",
    parameters: {
      onderwerpen: ["bestuurlijk_instrumentarium"],
      aanbieders: ["tov"],
      minimum_voldaan: 1,
    },
    model: "ind_punt_20",
  },
  {
    punt: "21",
    thema: 5,
    tekst:
      "In 2025/2026 onderzoekt het DTO in samenwerking met de partners of het mogelijk is om een districtelijk interventieteam op te richten.",
    geldtVoor: ["dto"],
    bron: ["maatregelen"],
    soort: "register",
    regel:
      "Voldaan als het register voor punt 21 (onderzoek districtelijk interventieteam) een maatregel van soort mijlpaal met status gerealiseerd bevat; deels als er alleen een mijlpaal met status in_voorbereiding is; anders niet voldaan. Geen gegevens als er op de evaluatiedatum geen register is.",
    norm: "onderzoek districtelijk interventieteam gerealiseerd",
    parameters: {
      maatregel_soort: "mijlpaal",
      voldaan_statussen: ["gerealiseerd"],
      deels_statussen: ["in_voorbereiding"],
    },
    model: "ind_punt_21",
  },
];
