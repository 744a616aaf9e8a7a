import { html } from "htl";

// Dutch Excel opens a file correctly only with `;` between fields, a decimal comma and a BOM
// (otherwise it guesses the encoding and the separator wrong).
function cel(value) {
  if (value == null) return "";
  const text = typeof value === "number" ? String(value).replace(".", ",") : String(value);
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The rows as CSV text for Dutch Excel; columns are `[key, heading]` pairs. */
export function csvTekst(rows, columns) {
  const lines = [columns.map(([, kop]) => cel(kop)).join(";")];
  for (const row of rows) lines.push(columns.map(([key]) => cel(row[key])).join(";"));
  return `\ufeff${lines.join("\r\n")}\r\n`;
}

/** A link that downloads the rows as `<bestand>.csv`. */
export function csvDownload(rows, columns, bestand) {
  const blob = new Blob([csvTekst(rows, columns)], { type: "text/csv;charset=utf-8" });
  const href = URL.createObjectURL(blob);
  return html`<a class="download" href=${href} download=${`${bestand}.csv`}>⬇ Download als CSV (${bestand}.csv)</a>`;
}
