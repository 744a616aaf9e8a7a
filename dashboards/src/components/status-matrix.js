import { html } from "htl";
import { status } from "./status.js";

/**
 * The status matrix: one row per ambitiepunt (grouped by theme), one column per organisation.
 * Each applicable cell shows its status as colour and symbol and links to the point's explanation
 * on the Ambitiepunten page; cells where the point does not apply show a dash.
 * `indicatoren` are the rows of one jaar ("stand", "2025" or "2026").
 */
export function statusMatrix({ punten, themas, organisaties, indicatoren, basis = "./" }) {
  const byKey = new Map(indicatoren.map((r) => [`${r.organisatie} ${r.ambitiepunt}`, r]));
  const cell = (punt, org) => {
    const row = byKey.get(`${org.code} ${punt.punt}`);
    const toepasselijk = punt.geldt_voor.includes(org.type);
    if (!toepasselijk)
      return html`<td data-punt=${punt.punt} data-organisatie=${org.code} data-status="nvt" class="status-nvt"><span aria-label="niet van toepassing">–</span></td>`;
    const s = status(row?.status);
    const uitleg = `Punt ${punt.punt}, ${org.naam}: ${s.label}${row?.toelichting ? `. ${row.toelichting}` : ""}`;
    return html`<td data-punt=${punt.punt} data-organisatie=${org.code} data-status=${s.code} data-toepasselijk="ja" class=${`status-${s.code}`}>
      <a href=${`${basis}ambitiepunten#punt-${punt.punt}`} title=${uitleg} aria-label=${uitleg}>${s.symbool}</a></td>`;
  };
  return html`<table class="matrix" aria-label="Statusmatrix: ambitiepunten per organisatie">
    <thead><tr><th scope="col" class="hoek">Punt</th>${organisaties.map((o) => html`<th scope="col" title=${o.naam}>${o.code}</th>`)}</tr></thead>
    ${themas.map((thema) => {
      const rijen = punten
        .filter((p) => p.thema === thema.nummer)
        .map(
          (punt) =>
            html`<tr><th scope="row" title=${punt.tekst}>${punt.punt}</th>${organisaties.map((o) => cell(punt, o))}</tr>`,
        );
      return html`<tbody><tr class="thema"><th colspan=${organisaties.length + 1} scope="colgroup">${thema.nummer}. ${thema.naam}</th></tr>${rijen}</tbody>`;
    })}
  </table>`;
}

/** The legend of statuses: colour, symbol and word. */
export function statusLegenda(
  codes = ["voldaan", "deels", "niet_voldaan", "geen_gegevens", "nvt"],
) {
  return html`<div class="legenda" aria-label="Legenda">${codes.map((code) => {
    const s = status(code);
    return html`<span><span class=${`status status-${s.code}`} aria-hidden="true">${s.symbool}</span> ${s.label}</span>`;
  })}</div>`;
}

/** A status as a badge (symbol and word). */
export function statusBadge(code) {
  const s = status(code);
  return html`<span class=${`status status-${s.code}`}>${s.symbool} ${s.label}</span>`;
}
