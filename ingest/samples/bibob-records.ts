import { periodOfDate } from "../period.ts";
import { type Dossier, dossiersOfYear } from "./bibob-dossiers.ts";
import type { SampleContext, SampleKind, SampleRecord } from "./sample-record.ts";

function stateOn(dossier: Dossier, date: string): SampleRecord {
  const decided = dossier.datumBesluit <= date;
  const advised = dossier.lbbAdvies !== null && dossier.lbbAdvies <= date;
  return {
    dossier_id: dossier.id,
    datum_aanvraag: dossier.aanvraag,
    rechtshandeling: dossier.rechtshandeling,
    sector: dossier.sector,
    eigen_onderzoek: dossier.eigenOnderzoek,
    tip_ontvangen: dossier.tipBron !== null,
    tip_bron: dossier.tipBron,
    lbb_advies_aangevraagd: dossier.lbbAdvies !== null,
    datum_lbb_advies: advised ? dossier.lbbAdvies : null,
    mate_van_gevaar: decided ? dossier.gevaar : null,
    besluit: decided ? dossier.besluit : "lopend",
    datum_besluit: decided ? dossier.datumBesluit : null,
    aangifte_valsheid: decided ? dossier.aangifte : null,
  };
}

function* bibobRecords(context: SampleContext): Iterable<SampleRecord> {
  const { seed, scale, organisatie, periode } = context;
  const quarterOf = (date: string | null) => (date ? periodOfDate(date).code : "");
  for (const year of [periode.year - 1, periode.year]) {
    if (year < 2025) continue;
    for (const dossier of dossiersOfYear(seed, organisatie.code, year, scale)) {
      if (dossier.aanvraag > periode.end) break;
      const changed = [dossier.aanvraag, dossier.lbbAdvies, dossier.datumBesluit].map(quarterOf);
      if (changed.includes(periode.code)) yield stateOn(dossier, periode.end);
    }
  }
}

function correctDossier(record: SampleRecord): SampleRecord {
  return { ...record, tip_ontvangen: true, tip_bron: "riec" };
}

export const bibob: SampleKind = {
  soort: "bibob",
  columns: [
    { name: "dossier_id", type: "text" },
    { name: "datum_aanvraag", type: "date" },
    { name: "rechtshandeling", type: "text" },
    { name: "sector", type: "text" },
    { name: "eigen_onderzoek", type: "boolean" },
    { name: "tip_ontvangen", type: "boolean" },
    { name: "tip_bron", type: "text" },
    { name: "lbb_advies_aangevraagd", type: "boolean" },
    { name: "datum_lbb_advies", type: "date" },
    { name: "mate_van_gevaar", type: "text" },
    { name: "besluit", type: "text" },
    { name: "datum_besluit", type: "date" },
    { name: "aangifte_valsheid", type: "boolean" },
  ],
  keyColumn: "dossier_id",
  records: bibobRecords,
  correct: correctDossier,
};
