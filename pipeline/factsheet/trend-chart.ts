import { formatGetal } from "./dutch-format.ts";
import { escapeHtml } from "./escape-html.ts";
import type { TrendPunt } from "./factsheet-data.ts";

const width = 640;
const height = 170;
const margin = { top: 12, right: 16, bottom: 36, left: 44 };

/**
 * A small inline SVG: signalen per 10,000 inhabitants per quarter, the gemeente as bars and the
 * district as a line, so a reader sees at once whether the gemeente is above or below the district.
 */
export function trendChart(trend: readonly TrendPunt[], gemeenteLabel: string): string {
  if (trend.length === 0) return `<p class="klein">Nog geen afgesloten kwartaal met signalen.</p>`;
  const max = Math.max(1, ...trend.flatMap((t) => [t.gemeente ?? 0, t.district ?? 0])) * 1.15;
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const step = plotWidth / trend.length;
  const y = (v: number) => margin.top + plotHeight - (v / max) * plotHeight;
  const x = (i: number) => margin.left + step * i + step / 2;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="Signalen per 10.000 inwoners per kwartaal">`,
  ];
  for (const tick of [0, max / 3, (2 * max) / 3].map((v) => Math.round(v))) {
    parts.push(
      `<line x1="${margin.left}" x2="${width - margin.right}" y1="${y(tick).toFixed(1)}" y2="${y(tick).toFixed(1)}" class="raster"/>`,
      `<text x="${margin.left - 6}" y="${(y(tick) + 4).toFixed(1)}" text-anchor="end" class="as">${formatGetal(tick)}</text>`,
    );
  }
  const barWidth = step * 0.56;
  trend.forEach((t, i) => {
    if (t.gemeente !== null) {
      parts.push(
        `<rect x="${(x(i) - barWidth / 2).toFixed(1)}" y="${y(t.gemeente).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${(y(0) - y(t.gemeente)).toFixed(1)}" class="staaf"/>`,
        `<text x="${x(i).toFixed(1)}" y="${(y(0) - 6).toFixed(1)}" text-anchor="middle" class="waarde">${formatGetal(t.gemeente, 1)}</text>`,
      );
    }
    parts.push(
      `<text x="${x(i).toFixed(1)}" y="${height - margin.bottom + 16}" text-anchor="middle" class="as">${escapeHtml(t.periode)}</text>`,
    );
  });
  const line = trend.flatMap((t, i) =>
    t.district === null ? [] : [[x(i), y(t.district)] as const],
  );
  if (line.length > 0) {
    parts.push(
      `<polyline points="${line.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(" ")}" class="lijn"/>`,
      ...line.map(
        ([px, py]) => `<circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="3.5" class="punt"/>`,
      ),
    );
  }
  parts.push(
    `<rect x="${margin.left}" y="${height - 14}" width="12" height="10" class="staaf"/>`,
    `<text x="${margin.left + 16}" y="${height - 5}" class="as">${escapeHtml(gemeenteLabel)}</text>`,
    `<line x1="${margin.left + 220}" x2="${margin.left + 244}" y1="${height - 9}" y2="${height - 9}" class="lijn"/>`,
    `<text x="${margin.left + 250}" y="${height - 5}" class="as">District Flevoland</text>`,
    "</svg>",
  );
  return parts.join("\n");
}
