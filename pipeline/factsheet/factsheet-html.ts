import { deadline, eersteJaar } from "../norm/parameters.ts";
import { themas } from "../norm/themas.ts";
import { formatDatum, formatGetal, formatProcent } from "./dutch-format.ts";
import { escapeHtml } from "./escape-html.ts";
import type { FactsheetData, Kerncijfer, PuntStatus } from "./factsheet-data.ts";
import { factsheetStyle } from "./factsheet-style.ts";
import { trendChart } from "./trend-chart.ts";

const statusNamen: Readonly<Record<string, string>> = {
  voldaan: "voldaan",
  deels: "deels",
  niet_voldaan: "niet voldaan",
  geen_gegevens: "geen gegevens",
  nvt: "n.v.t.",
};

const label = (status: string) =>
  `<span class="label ${escapeHtml(status)}">${escapeHtml(statusNamen[status] ?? status)}</span>`;
const kort = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

/** The counts of the main points (10A–10C are parts of 10, not counted twice) per status. */
export function statusTelling(punten: readonly PuntStatus[]): Record<string, number> {
  const telling: Record<string, number> = {
    voldaan: 0,
    deels: 0,
    niet_voldaan: 0,
    geen_gegevens: 0,
    nvt: 0,
  };
  for (const punt of punten.filter((p) => !p.onderdeel))
    telling[punt.status] = (telling[punt.status] ?? 0) + 1;
  return telling;
}

function cijfer(value: number | null, soort: Kerncijfer["soort"]): string {
  return soort === "aandeel" ? formatProcent(value) : formatGetal(value, soort === "getal" ? 1 : 0);
}

function samenvatting(data: FactsheetData): string {
  const telling = statusTelling(data.punten);
  const toepasselijk = Object.entries(telling).reduce(
    (sum, [status, n]) => (status === "nvt" ? sum : sum + n),
    0,
  );
  const eigenAandeel = toepasselijk === 0 ? null : (telling.voldaan ?? 0) / toepasselijk;
  const tegels = ["voldaan", "deels", "niet_voldaan", "geen_gegevens"]
    .map(
      (s) =>
        `<div class="tegel ${s}"><span class="getal">${telling[s] ?? 0}</span>${statusNamen[s]}</div>`,
    )
    .join("");
  return `
    <p class="samenvatting"><strong>${telling.voldaan ?? 0} van ${toepasselijk} ambitiepunten voldaan</strong> in ${data.jaar}
      (${formatProcent(eigenAandeel)}); in het hele district is ${formatProcent(data.districtAandeelVoldaan)} van de toepasselijke ambitiepunten voldaan.</p>
    <div class="tegels">${tegels}</div>
    <p class="klein">Ambitie: elke organisatie voldoet vóór ${formatDatum(deadline)} aan alle ambitiepunten die voor haar gelden.
      ${telling.nvt ?? 0} van de 34 punten gelden niet voor een ${escapeHtml(data.organisatie.type)}. De onderdelen 10A–10C tellen mee via punt 10.</p>`;
}

function watOntbreekt(data: FactsheetData): string {
  const open = data.punten.filter((p) => p.status !== "voldaan" && p.status !== "nvt");
  if (open.length === 0) return "<p>Alle ambitiepunten die gelden zijn voldaan.</p>";
  const rijen = open
    .map(
      (p) =>
        `<tr${p.onderdeel ? ' class="onderdeel"' : ""}><td>${escapeHtml(p.punt)}</td><td>${label(p.status)}</td><td>${escapeHtml(p.toelichting)}</td></tr>`,
    )
    .join("\n");
  return `<table class="compact"><thead><tr><th>Punt</th><th>Status</th><th>Wat de gegevens laten zien, tegen de norm</th></tr></thead><tbody>${rijen}</tbody></table>`;
}

function statusPerThema(data: FactsheetData): string {
  const rijen = themas.flatMap((thema) => {
    const punten = data.punten.filter((p) => p.thema === thema.nummer && p.status !== "nvt");
    if (punten.length === 0) return [];
    return [
      `<tr class="thema"><td colspan="4">${thema.nummer}. ${escapeHtml(thema.naam)}</td></tr>`,
      ...punten.map(
        (p) =>
          `<tr${p.onderdeel ? ' class="onderdeel"' : ""}><td>${escapeHtml(p.punt)}</td><td>${escapeHtml(kort(p.tekst, 72))}</td><td>${label(p.status)}</td><td class="getal">${formatProcent(p.districtVoldaan)}</td></tr>`,
      ),
    ];
  });
  return `<table class="compact"><thead><tr><th>Punt</th><th>Ambitiepunt</th><th>Status</th><th class="getal">District voldaan</th></tr></thead><tbody>${rijen.join("\n")}</tbody></table>`;
}

function kerncijfers(data: FactsheetData): string {
  const eigen =
    data.organisatie.type === "gemeente" ? escapeHtml(data.organisatie.naam) : "District";
  // Before the first year there is nothing to compare with: no empty columns.
  const vorig = data.jaar - 1 >= eersteJaar;
  const kolommen = (k: Kerncijfer) =>
    vorig
      ? [k.gemeente.vorig, k.gemeente.jaar, k.district.vorig, k.district.jaar]
      : [k.gemeente.jaar, k.district.jaar];
  const koppen = vorig
    ? [
        `${eigen} ${data.jaar - 1}`,
        `${eigen} ${data.jaar}`,
        `District ${data.jaar - 1}`,
        `District ${data.jaar}`,
      ]
    : [`${eigen} ${data.jaar}`, `District ${data.jaar}`];
  const rijen = data.kerncijfers
    .map(
      (k) =>
        `<tr><td class="naam">${escapeHtml(k.naam)}</td>${kolommen(k)
          .map((v) => `<td class="getal">${cijfer(v, k.soort)}</td>`)
          .join("")}</tr>`,
    )
    .join("\n");
  return `<table class="compact"><thead><tr><th class="naam"></th>${koppen.map((k) => `<th class="getal">${k}</th>`).join("")}</tr></thead><tbody>${rijen}</tbody></table>`;
}

function actualiteit(data: FactsheetData): string {
  const rijen = data.aanleveringen
    .map(
      (a) =>
        `<tr><td>${escapeHtml(a.soort)}</td><td>${escapeHtml(a.laatstePeriode ?? "nog niets")}</td><td>${formatDatum(a.laatstOntvangen)}</td><td>${a.achterstallig.length === 0 ? "geen" : escapeHtml(a.achterstallig.join(", "))}</td><td class="getal">${formatGetal(a.correcties)}</td></tr>`,
    )
    .join("\n");
  return `<table class="compact"><thead><tr><th>Soort</th><th>Laatste periode</th><th>Laatst ontvangen</th><th>Te laat</th><th class="getal">Correcties</th></tr></thead><tbody>${rijen}</tbody></table>`;
}

/** The factsheet as one print-styled HTML page, self-contained (inline CSS and SVG, no requests). */
export function factsheetHtml(data: FactsheetData): string {
  const naam = escapeHtml(data.organisatie.naam);
  const gemeente = data.organisatie.type === "gemeente";
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Factsheet ${naam} ${data.jaar}</title><style>${factsheetStyle}</style></head>
<body>
<section>
  <div class="kop"><div><h1>${naam}</h1>
    <p class="sub">Factsheet Flevolandse Norm 2.0 · ${data.jaar} · stand op ${formatDatum(data.asOfDate)}</p></div>
    ${data.markering ? `<span class="markering">${escapeHtml(data.markering)}</span>` : ""}</div>
  <h2>Normstatus ${data.jaar}</h2>
  ${samenvatting(data)}
  <h2>Wat ontbreekt nog</h2>
  ${watOntbreekt(data)}
  <h2>Status per ambitiepunt</h2>
  <p class="klein">Per punt de status van ${naam} en het aandeel van de organisaties in het district waarvoor het punt geldt dat eraan voldoet.</p>
  ${statusPerThema(data)}
</section>
<section class="pagina">
  <h2>Kerncijfers ondermijningsbeeld</h2>
  <p class="klein">${gemeente ? `Cijfers van ${naam} naast die van het hele district.` : "Het ondermijningsbeeld is per gemeente; hier de cijfers van het hele district."} Aandelen als percentage; – betekent geen gegevens.</p>
  ${kerncijfers(data)}
  <h3>Signalen per 10.000 inwoners per kwartaal</h3>
  ${trendChart(data.trend, gemeente ? data.organisatie.naam : "District (staaf)")}
  <h2>Actualiteit van de gegevens</h2>
  <p class="klein">Per soort aanlevering: de laatste periode die binnen is, wanneer die binnenkwam, welke kwartalen meer dan 30 dagen na afloop nog ontbreken, en hoeveel records later zijn gecorrigeerd of ingetrokken.</p>
  ${actualiteit(data)}
  <footer class="klein">Bron: Normmonitor Flevoland, aanleveringen van de partners zoals bekend op ${formatDatum(data.asOfDate)}. Elke status is na te gaan met <code>normmonitor explain &lt;punt&gt; ${escapeHtml(data.organisatie.code)} ${data.jaar}</code>.</footer>
</section>
</body></html>
`;
}
