import * as Plot from "@observablehq/plot";
import { formatGetal, formatPeriode, formatProcent, leesbaar } from "./format.js";
import { statusKleur, statussen } from "./status.js";

// Chart functions: (data, {width, ...}) → an SVG with a Dutch aria label and tooltips.

const nlTick = (d) => formatGetal(d);

/** Per theme, the applicable (organisation, point) pairs per status, stacked horizontally. */
export function voortgangPerThema(rijen, { width, titel }) {
  return Plot.plot({
    width,
    height: 40 + 28 * new Set(rijen.map((r) => r.thema)).size,
    marginLeft: 200,
    ariaLabel: titel,
    ariaDescription:
      "Gestapelde staven per thema met het aantal toepasselijke combinaties van organisatie en ambitiepunt per status.",
    x: { label: "combinaties organisatie × ambitiepunt", tickFormat: nlTick, grid: true },
    y: { label: null },
    color: { ...statusKleur, legend: true },
    marks: [
      Plot.barX(rijen, {
        x: "aantal",
        y: "thema",
        fill: "status",
        order: statusKleur.domain,
        sort: { y: null },
        tip: true,
        title: (d) => `${d.thema}\n${d.status}: ${formatGetal(d.aantal)}`,
      }),
      Plot.ruleX([0]),
    ],
  });
}

/** Status per ambitiepunt and year for one organisation: a grid of coloured cells with symbols. */
export function statusVerloop(rijen, { width, titel }) {
  const symbool = new Map(statussen.map((s) => [s.label, s.symbool]));
  return Plot.plot({
    width: Math.min(width, 520),
    height: 40 + 22 * new Set(rijen.map((r) => r.ambitiepunt)).size,
    marginLeft: 50,
    ariaLabel: titel,
    ariaDescription: "Per ambitiepunt de status in 2025, 2026 en de huidige stand.",
    x: { label: null, domain: ["2025", "2026", "stand"], axis: "top" },
    y: { label: "ambitiepunt", domain: [...new Set(rijen.map((r) => r.ambitiepunt))] },
    color: statusKleur,
    marks: [
      Plot.cell(rijen, {
        x: "jaar",
        y: "ambitiepunt",
        fill: "status",
        inset: 1,
        tip: true,
        title: (d) => `Punt ${d.ambitiepunt}, ${d.jaar}: ${d.status}\n${d.toelichting ?? ""}`,
      }),
      Plot.text(rijen, {
        x: "jaar",
        y: "ambitiepunt",
        text: (d) => symbool.get(d.status),
        fill: "black",
      }),
    ],
  });
}

/** Small multiples: one line per gemeente of a measure per quarter. */
export function perKwartaalPerGemeente(
  rijen,
  { width, titel, y = "per_10000", yLabel = "per 10.000 inwoners" },
) {
  return Plot.plot({
    width,
    height: 360,
    ariaLabel: titel,
    ariaDescription: `Kleine grafieken per gemeente: ${yLabel} per kwartaal.`,
    fx: { label: null },
    x: { label: null, tickFormat: (d) => (String(d).endsWith("Q1") ? String(d).slice(0, 4) : "") },
    y: { label: yLabel, grid: true, tickFormat: nlTick },
    facet: { data: rijen, x: "naam" },
    marks: [
      Plot.frame({ strokeOpacity: 0.2 }),
      Plot.lineY(rijen, { x: "periode", y, stroke: "#0072b2", marker: "circle" }),
      Plot.tip(
        rijen,
        Plot.pointer({
          x: "periode",
          y,
          title: (d) => `${d.naam}, ${formatPeriode(d.periode)}: ${formatGetal(d[y])}`,
        }),
      ),
    ],
  });
}

/** Horizontal bars of a count per category (fenomeen, bron, bevinding …) for one year. */
export function aantalPerCategorie(rijen, { width, titel, label = "aantal" }) {
  return Plot.plot({
    width,
    height: 30 + 22 * rijen.length,
    marginLeft: 170,
    ariaLabel: titel,
    ariaDescription: `Staven per categorie met het ${label}.`,
    x: { label, grid: true, tickFormat: nlTick },
    y: { label: null, tickFormat: leesbaar },
    marks: [
      Plot.barX(rijen, {
        x: "aantal",
        y: "waarde_code",
        fill: "#0072b2",
        sort: { y: "-x" },
        tip: true,
        title: (d) => `${leesbaar(d.waarde_code)}: ${d.aantal_weergave ?? formatGetal(d.aantal)}`,
      }),
      Plot.ruleX([0]),
    ],
  });
}

/** Hit rate of integrale controles per gemeente and year. */
export function trefkansPerGemeente(rijen, { width, titel }) {
  return Plot.plot({
    width,
    height: 60 + 26 * new Set(rijen.map((r) => r.naam)).size,
    marginLeft: 140,
    ariaLabel: titel,
    ariaDescription:
      "Staven per gemeente met het aandeel bezochte adressen met een bevinding, per jaar.",
    x: {
      label: "trefkans (adressen met bevinding ÷ bezocht)",
      tickFormat: (d) => formatProcent(d),
      domain: [0, 1],
      grid: true,
    },
    y: { label: null },
    fy: { label: null },
    color: { legend: true, range: ["#56b4e9", "#0072b2"] },
    marks: [
      Plot.barX(rijen, {
        x: "trefkans",
        y: "naam",
        fill: "periode",
        fy: "periode",
        tip: true,
        title: (d) => `${d.naam} ${d.periode}: ${formatProcent(d.trefkans)}`,
      }),
      Plot.ruleX([0]),
    ],
  });
}

/** A heat map of a rate per fenomeen (rows) and gemeente (columns), with the numbers written in. */
export function fenomeenPerGemeente(rijen, { width, titel }) {
  return Plot.plot({
    width,
    height: 40 + 24 * new Set(rijen.map((r) => r.waarde_code)).size,
    marginLeft: 130,
    ariaLabel: titel,
    ariaDescription:
      "Per fenomeen en gemeente het aantal signalen per 10.000 inwoners; donkerder is meer.",
    x: { label: null, axis: "top" },
    y: { label: null, tickFormat: leesbaar },
    color: { scheme: "blues", label: "per 10.000 inwoners", legend: true, tickFormat: nlTick },
    marks: [
      Plot.cell(rijen, {
        x: "naam",
        y: "waarde_code",
        fill: "per_10000",
        inset: 0.5,
        tip: true,
        title: (d) =>
          `${d.naam}, ${leesbaar(d.waarde_code)}: ${d.aantal_weergave ?? formatGetal(d.aantal)} signalen, ${formatGetal(d.per_10000)} per 10.000 inwoners`,
      }),
      Plot.text(rijen, {
        x: "naam",
        y: "waarde_code",
        text: (d) => formatGetal(d.per_10000),
        fill: (d) => (d.per_10000 > 1.5 ? "white" : "black"),
      }),
    ],
  });
}
