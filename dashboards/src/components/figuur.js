import { html } from "htl";
import { csvDownload } from "./csv-download.js";
import { dataTable } from "./data-table.js";

/**
 * A chart with its numbers beside it as a table (for screen readers and for reading exact
 * values) and a CSV download of those rows; `breed` puts the table below a full-width chart. `kolommen` are `[key, heading, format?, class?]`.
 */
export function figuur({ titel, grafiek, rijen, kolommen, bestand, breed = false }) {
  return html`<figure class=${breed ? "figuur breed" : "figuur"} aria-label=${titel}>
    <div>${grafiek}</div>
    <div>
      <div class="tabel">${dataTable(rijen, kolommen, { caption: titel })}</div>
      ${csvDownload(rijen, kolommen, bestand)}
    </div>
  </figure>`;
}
