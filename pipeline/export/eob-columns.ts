import { periodKinds, snapshotKinds } from "../../ingest/expected-deliveries.ts";
import type { Bron } from "../norm/ambitiepunt.ts";

/** What one column of the EOB package means, for the data dictionary. */
export interface KolomDefinitie {
  definitie: string;
  /** The unit of a number, or what a text holds ("code", "tekst"). */
  eenheid: string;
}

const allKinds: readonly Bron[] = [...periodKinds, ...snapshotKinds];

/** The delivery kinds each table of the package is computed from. */
export const tabelBronnen: Readonly<Record<string, readonly Bron[]>> = {
  ambitiepunten: [],
  norm_indicatoren: allKinds,
  norm_district: allKinds,
  beeld_signalen: ["signalen"],
  beeld_bibob: ["bibob", "tips"],
  beeld_controles: ["controles", "maatregelen"],
  beeld_trainingen: ["trainingen"],
  beeld_aanleveringen: allKinds,
};

const gebied: Record<string, KolomDefinitie> = {
  niveau: { definitie: "gemeente of district (alle zes gemeenten samen)", eenheid: "code" },
  gemeente: {
    definitie: "CBS-code van de gemeente, of DISTRICT voor het hele district",
    eenheid: "code",
  },
  periode: { definitie: "kwartaal (jjjj-Qn) of kalenderjaar (jjjj)", eenheid: "periode" },
  periode_type: { definitie: "kwartaal of jaar", eenheid: "code" },
  jaar: { definitie: "het kalenderjaar waarin de periode valt", eenheid: "jaar" },
  dimensie: {
    definitie: "de uitsplitsing van de rij; totaal is de rij zonder uitsplitsing",
    eenheid: "code",
  },
  waarde_code: {
    definitie: "de waarde binnen de uitsplitsing (totaal bij dimensie totaal)",
    eenheid: "code",
  },
  aantal_weergave: {
    definitie: "het aantal zoals gepubliceerd: <5, afgerond op 5, of leeg als het onderdrukt is",
    eenheid: "tekst",
  },
};

/**
 * Column meanings in Dutch, by `table.column` where a name means something else per table and by
 * `column` otherwise. Every column the package writes must be found here (a test checks it).
 */
export const kolomDefinities: Readonly<Record<string, KolomDefinitie>> = {
  ...gebied,
  organisatie: { definitie: "code van de organisatie (export-formats, §3)", eenheid: "code" },
  ambitiepunt: {
    definitie: "het ambitiepunt van de norm: 1 … 34, of onderdeel 10A, 10B, 10C",
    eenheid: "code",
  },
  "norm_indicatoren.jaar": {
    definitie:
      "het kalenderjaar van de beoordeling (evaluatiedatum 31 december, of de as-of-datum als die eerder valt)",
    eenheid: "jaar",
  },
  "norm_district.jaar": { definitie: "het kalenderjaar van de beoordeling", eenheid: "jaar" },
  status: {
    definitie:
      "voldaan, deels, niet_voldaan, geen_gegevens (een nodige aanlevering ontbreekt) of nvt (geldt niet voor dit type organisatie)",
    eenheid: "code",
  },
  waarde: {
    definitie: "het getal waarop de status berust; de methodologie zegt per ambitiepunt wat het is",
    eenheid: "zie methodologie",
  },
  norm: { definitie: "de drempel van het ambitiepunt, kort", eenheid: "tekst" },
  toelichting: { definitie: "de status in woorden met de getallen erachter", eenheid: "tekst" },
  toepasselijk: {
    definitie: "aantal organisaties waarvoor het ambitiepunt geldt",
    eenheid: "organisaties",
  },
  voldaan: {
    definitie: "aantal toepasselijke organisaties met status voldaan",
    eenheid: "organisaties",
  },
  deels: {
    definitie: "aantal toepasselijke organisaties met status deels",
    eenheid: "organisaties",
  },
  niet_voldaan: {
    definitie: "aantal toepasselijke organisaties met status niet_voldaan",
    eenheid: "organisaties",
  },
  geen_gegevens: {
    definitie: "aantal toepasselijke organisaties met status geen_gegevens",
    eenheid: "organisaties",
  },
  aandeel_voldaan: { definitie: "voldaan ÷ toepasselijk", eenheid: "fractie (0–1)" },
  "beeld_signalen.aantal": {
    definitie: "aantal signalen met datum_ontvangen in de periode",
    eenheid: "signalen",
  },
  per_10000: { definitie: "aantal signalen per 10.000 inwoners", eenheid: "per 10.000 inwoners" },
  aantal_besproken_in_loo: {
    definitie: "signalen besproken in het lokaal ondermijningsoverleg",
    eenheid: "signalen",
  },
  aandeel_besproken_in_loo: {
    definitie: "aandeel signalen besproken in het LOO",
    eenheid: "fractie (0–1)",
  },
  aantal_opgevolgd: {
    definitie: "signalen met een opvolging anders dan geen of lopend",
    eenheid: "signalen",
  },
  aandeel_opgevolgd: {
    definitie: "aandeel signalen met een opvolging anders dan geen of lopend",
    eenheid: "fractie (0–1)",
  },
  aantal_afgesloten: { definitie: "signalen met een datum_afgesloten", eenheid: "signalen" },
  mediaan_dagen_tot_afsluiting: {
    definitie: "mediaan van datum_afgesloten − datum_ontvangen",
    eenheid: "dagen",
  },
  "beeld_bibob.aantal": {
    definitie: "Bibob-dossiers open of gewijzigd in de periode (dimensie tips: gegeven Bibob-tips)",
    eenheid: "dossiers of tips",
  },
  aantal_eigen_onderzoek: { definitie: "dossiers met eigen Bibob-onderzoek", eenheid: "dossiers" },
  aandeel_eigen_onderzoek: {
    definitie: "aandeel dossiers met eigen Bibob-onderzoek",
    eenheid: "fractie (0–1)",
  },
  aantal_besloten: { definitie: "dossiers met een besluit", eenheid: "dossiers" },
  mediaan_dagen_tot_besluit: {
    definitie: "mediaan van datum besluit − datum aanvraag",
    eenheid: "dagen",
  },
  "beeld_controles.aantal": {
    definitie:
      "integrale controles in de periode (dimensie adressen: bezochte adressen; bevinding: adressen met die bevinding)",
    eenheid: "controles of adressen",
  },
  aantal_op_dup_thema: {
    definitie: "controles op een thema van het DUP van hun jaar",
    eenheid: "controles",
  },
  aandeel_op_dup_thema: {
    definitie: "aandeel controles op een DUP-thema",
    eenheid: "fractie (0–1)",
  },
  partners_per_controle: {
    definitie: "gemiddeld aantal deelnemende partners per controle",
    eenheid: "partners",
  },
  trefkans: {
    definitie: "adressen met een bevinding ÷ bezochte adressen",
    eenheid: "fractie (0–1)",
  },
  per_100_adressen: {
    definitie: "bevindingen per 100 bezochte adressen",
    eenheid: "per 100 adressen",
  },
  "beeld_trainingen.aantal": {
    definitie: "deelnemers aan trainingen in de periode",
    eenheid: "deelnemers",
  },
  aantal_trainingen: { definitie: "aantal trainingen in de periode", eenheid: "trainingen" },
  "beeld_aanleveringen.soort": {
    definitie: "de soort aanlevering (export-formats)",
    eenheid: "code",
  },
  "beeld_aanleveringen.periode": {
    definitie: "het kwartaal van de aanlevering (jjjj-Qn)",
    eenheid: "kwartaal",
  },
  verwacht: {
    definitie: "of deze aanlevering van de organisatie verwacht wordt",
    eenheid: "ja/nee",
  },
  uiterste_datum: {
    definitie: "de dag waarna de aanlevering te laat is (30 dagen na het kwartaal)",
    eenheid: "datum",
  },
  leveringen: {
    definitie: "aantal ontvangen bestanden voor dit kwartaal (eerste levering en herleveringen)",
    eenheid: "bestanden",
  },
  eerst_ontvangen: { definitie: "moment van de eerste levering", eenheid: "tijdstip" },
  laatst_ontvangen: { definitie: "moment van de laatste levering", eenheid: "tijdstip" },
  records: { definitie: "aantal records zoals nu bekend", eenheid: "records" },
  correcties: { definitie: "aantal gecorrigeerde records in herleveringen", eenheid: "records" },
  intrekkingen: { definitie: "aantal ingetrokken records in herleveringen", eenheid: "records" },
  op_tijd: {
    definitie: "of de eerste levering op of vóór de uiterste datum binnenkwam",
    eenheid: "ja/nee",
  },
  achterstallig: {
    definitie: "verwacht, na de uiterste datum en nog niet geleverd",
    eenheid: "ja/nee",
  },
  aangeleverd: { definitie: "of er minstens één levering is", eenheid: "ja/nee" },
  gecorrigeerd: { definitie: "of er records zijn gecorrigeerd of ingetrokken", eenheid: "ja/nee" },
  punt: { definitie: "nummer van het ambitiepunt", eenheid: "code" },
  volgorde: { definitie: "volgorde waarin de norm de punten noemt", eenheid: "rangnummer" },
  thema: { definitie: "nummer van het thema van de norm (1–8)", eenheid: "code" },
  tekst: {
    definitie: "de tekst van het ambitiepunt zoals de norm hem formuleert",
    eenheid: "tekst",
  },
  geldt_voor: {
    definitie: "de typen organisatie waarvoor het punt geldt",
    eenheid: "lijst van codes",
  },
  bron: { definitie: "de soorten aanlevering die de status bepalen", eenheid: "lijst van codes" },
  regel: { definitie: "de beslisregel in woorden", eenheid: "tekst" },
  "ambitiepunten.norm": { definitie: "de drempel, kort", eenheid: "tekst" },
  model: { definitie: "het SQL-model dat de status berekent", eenheid: "naam" },
  "ambitiepunten.soort": {
    definitie:
      "hoe het punt wordt beoordeeld: register, periodiek, dekking, register_en_periodiek of rollup",
    eenheid: "code",
  },
};

/** The definition of `column` in the package's table `tabel`, or undefined when none is written. */
export function findKolomDefinitie(tabel: string, column: string): KolomDefinitie | undefined {
  return kolomDefinities[`${tabel}.${column}`] ?? kolomDefinities[column];
}
