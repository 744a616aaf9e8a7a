import { html } from "htl";

/**
 * A plain HTML table: columns are `[key, heading, format?]`; a format returns text or a node.
 * Numbers are right-aligned.
 */
export function dataTable(rows, columns, { caption } = {}) {
  return html`<table>
    ${caption ? html`<caption>${caption}</caption>` : ""}
    <thead><tr>${columns.map(([, kop, , klasse]) => html`<th scope="col" class=${klasse ?? ""}>${kop}</th>`)}</tr></thead>
    <tbody>${rows.map(
      (row) =>
        html`<tr>${columns.map(([key, , format, klasse]) => html`<td class=${klasse ?? ""}>${format ? format(row[key], row) : (row[key] ?? "")}</td>`)}</tr>`,
    )}</tbody>
  </table>`;
}
