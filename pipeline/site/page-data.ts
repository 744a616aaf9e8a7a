import { organisations } from "../../ingest/organisations.ts";
import { findAmbitiepunt } from "../norm/ambitiepunten.ts";
import { begrippen } from "../norm/begrippen.ts";
import { deadline, globalParameters } from "../norm/parameters.ts";
import { audiences, publicatieregels } from "../norm/publication-rules.ts";
import { themas } from "../norm/themas.ts";
import { compactRows } from "./compact-rows.ts";
import { quarterStart } from "./quarter-start.ts";
import type { OutputRow, SiteInput } from "./site-input.ts";
import { type StatusChange, statusChanges } from "./status-changes.ts";

/** The build the current one is compared with: the last one before the current quarter began. */
export interface PreviousBuild {
  as_of: string;
  norm_indicatoren: readonly OutputRow[];
}

/** Columns the pages never show: the level is in `gemeente`, the year and its kind in `periode`. */
const beeldDrop = ["niveau", "jaar", "periode_type"];

function currentQuarter(asOf: string): string {
  const start = quarterStart(asOf);
  return `${start.slice(0, 4)}-Q${(Number(start.slice(5, 7)) + 2) / 3}`;
}

function catalogue(input: SiteInput): OutputRow[] {
  return input.ambitiepunten
    .map((row): OutputRow => {
      const punt = findAmbitiepunt(String(row.punt));
      return {
        ...row,
        ...(punt?.subthema ? { subthema: punt.subthema } : {}),
        ...(punt?.onderdeelVan ? { onderdeel_van: punt.onderdeelVan } : {}),
        ...(punt?.waarde ? { waarde: punt.waarde } : {}),
        ...(punt?.context ? { context: punt.context } : {}),
        parameters: punt?.parameters ?? {},
      };
    })
    .sort((a, b) => Number(a.volgorde) - Number(b.volgorde));
}

function signalenTotaal(input: SiteInput, gemeente: string): OutputRow[] {
  return compactRows(
    input.beeld_signalen.filter(
      (row) =>
        row.gemeente === gemeente && row.dimensie === "totaal" && row.periode_type === "kwartaal",
    ),
    [...beeldDrop, "dimensie", "waarde_code"],
  );
}

/**
 * Every data file the pages read, keyed by its path under `src/`, from one audience's build
 * output (and the previous quarter's build, for what changed). Pure: the same input gives the
 * same files. The rows are the build's own, trimmed; nothing is added that the input lacks.
 */
export function pageData(input: SiteInput, previous?: PreviousBuild): Map<string, unknown> {
  const changes: StatusChange[] | null = previous
    ? statusChanges(input.norm_indicatoren, previous.norm_indicatoren)
    : null;
  const indicatoren = compactRows(input.norm_indicatoren, ["norm"]);
  const files = new Map<string, unknown>();
  files.set("data/site.json", {
    as_of: input.as_of,
    gebouwd_op: input.gebouwd_op,
    publiek: input.publiek,
    markering: input.markering ?? null,
    omschrijving: audiences.find((a) => a.audience === input.publiek)?.omschrijving ?? "",
    deadline,
    // The quarter of the as-of date is still running: charts per quarter stop before it.
    huidig_kwartaal: currentQuarter(input.as_of),
    organisaties: organisations,
    themas: themas.map(({ nummer, naam }) => ({ nummer, naam })),
  });
  files.set("data/norm.json", {
    punten: catalogue(input).map(
      ({ parameters: _, context: __, bron: ___, model: ____, ...punt }) => punt,
    ),
    indicatoren,
    district: input.norm_district,
    vorige: previous ? { as_of: previous.as_of, veranderingen: changes } : null,
  });
  files.set("data/beeld.json", {
    signalen: compactRows(input.beeld_signalen, [
      ...beeldDrop,
      "aantal_besproken_in_loo",
      "aantal_opgevolgd",
      "aantal_afgesloten",
    ]),
    bibob: compactRows(input.beeld_bibob, [
      ...beeldDrop,
      "aantal_eigen_onderzoek",
      "aantal_besloten",
    ]),
    controles: compactRows(input.beeld_controles, [...beeldDrop, "aantal_op_dup_thema"]),
    trainingen: compactRows(input.beeld_trainingen, beeldDrop),
  });
  files.set("data/aanleveringen.json", compactRows(input.beeld_aanleveringen));
  files.set("data/methode.json", {
    punten: catalogue(input),
    begrippen,
    parameters: globalParameters,
    publicatieregels,
  });
  for (const { code, type } of organisations) {
    files.set(`data/organisaties/${code}.json`, {
      indicatoren: indicatoren.filter((row) => row.organisatie === code),
      aanleveringen: compactRows(input.beeld_aanleveringen.filter((r) => r.organisatie === code)),
      signalen: type === "gemeente" ? signalenTotaal(input, code) : [],
    });
  }
  return files;
}
