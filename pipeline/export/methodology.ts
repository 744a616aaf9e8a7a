import { ambitiepunten } from "../norm/ambitiepunten.ts";
import { begrippen } from "../norm/begrippen.ts";
import { globalParameters } from "../norm/parameters.ts";
import type { AudienceDescription } from "../norm/publication-rules.ts";
import { publicatieregels } from "../norm/publication-rules.ts";
import { themas } from "../norm/themas.ts";

/** What the methodology says about the package it belongs to. */
export interface MethodologieContext {
  van: number;
  tot: number;
  asOf: string;
  audience: AudienceDescription;
}

const parameterText = (waarde: unknown) =>
  typeof waarde === "string" || typeof waarde === "number"
    ? String(waarde)
    : JSON.stringify(waarde);

/**
 * The methodology in Markdown, generated from the norm catalogue: the terms, the global
 * parameters, per theme every ambitiepunt with its rule, norm and parameters, and the publication
 * rules (applied in the data for `publiek`, described only for `partners`).
 */
export function methodology(context: MethodologieContext): string {
  const { audience } = context;
  const lines = [
    "# Methodologie Normmonitor Flevoland",
    "",
    ...(audience.markering ? [`**${audience.markering}**`, ""] : []),
    `Pakket voor het EenheidsOndermijningsbeeld over ${context.van}–${context.tot}, berekend met wat bekend was op ${context.asOf}. Publiek: ${audience.audience}. ${audience.omschrijving}`,
    "",
    "Elke aangeleverde record is een gebeurtenis in een onveranderlijke opslag; de cijfers volgen uit de huidige stand van de records zoals bekend op het as-of-moment (correcties toegepast, ingetrokken records weg). Dezelfde aanleveringen en hetzelfde as-of-moment geven dezelfde bestanden, byte voor byte.",
    "",
    "## Begrippen",
    "",
    ...begrippen.map((b) => `- **${b.term}**: ${b.uitleg}`),
    "",
    "## Parameters",
    "",
    "| naam | waarde | eenheid | omschrijving |",
    "|---|---|---|---|",
    ...globalParameters.map(
      (p) => `| ${p.naam} | ${p.waarde} | ${p.eenheid} | ${p.omschrijving} |`,
    ),
    "",
    "## Ambitiepunten",
  ];
  for (const thema of themas) {
    lines.push("", `### ${thema.nummer}. ${thema.kop}`);
    for (const punt of ambitiepunten.filter((a) => a.thema === thema.nummer)) {
      const parameters = Object.entries(punt.parameters)
        .map(([naam, waarde]) => `${naam} = ${parameterText(waarde)}`)
        .join("; ");
      lines.push(
        "",
        `#### Ambitiepunt ${punt.punt}${punt.subthema ? ` (${punt.subthema})` : ""}`,
        "",
        `> ${punt.tekst}`,
        "",
        `- Geldt voor: ${punt.geldtVoor.join(", ")}`,
        `- Bronnen: ${punt.bron.join(", ") || "de onderdelen"}${punt.context ? ` (context: ${punt.context.join(", ")})` : ""}`,
        `- Beoordeling: ${punt.soort}`,
        `- Regel: ${punt.regel}`,
        `- Norm: ${punt.norm}`,
        ...(punt.waarde ? [`- Waarde: ${punt.waarde}`] : []),
        ...(parameters ? [`- Parameters: ${parameters}`] : []),
      );
    }
  }
  lines.push(
    "",
    "## Publicatieregels",
    "",
    audience.audience === "publiek"
      ? "Dit pakket is publiceerbaar: de regels hieronder zijn in de databestanden zelf toegepast."
      : "Dit pakket is voor partners en bevat alle cijfers per gemeente per kwartaal; de regels hieronder gelden voor wat gepubliceerd wordt en zijn hier niet toegepast.",
    "",
    ...publicatieregels.map((r) => `- **${r.code}**: ${r.tekst}`),
    "",
  );
  return lines.join("\n");
}
