/** The factsheet's print CSS: A4, system fonts only (the page is printed offline). */
export const factsheetStyle = `
@page { size: A4; margin: 16mm 15mm 18mm 15mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Liberation Sans", sans-serif; font-size: 9.5pt; color: #1d2733; margin: 0; line-height: 1.35; }
h1 { font-size: 20pt; margin: 0 0 2mm; color: #00436e; }
h2 { font-size: 13pt; color: #00436e; border-bottom: 1.5pt solid #00436e; padding-bottom: 1mm; margin: 5mm 0 2mm; }
h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm; }
.kop { display: flex; justify-content: space-between; align-items: flex-start; }
.markering { font-weight: bold; color: #a00; border: 1pt solid #a00; padding: 1mm 2mm; letter-spacing: .05em; }
.sub { color: #4a5663; margin: 0; }
.pagina { break-before: page; }
.tegels { display: flex; gap: 3mm; margin: 4mm 0; }
.tegel { flex: 1; border-radius: 2mm; padding: 3mm; color: #fff; }
.tegel .getal { font-size: 20pt; font-weight: bold; display: block; }
.voldaan { background: #1a7f37; } .deels { background: #c27c00; } .niet_voldaan { background: #b42318; }
.geen_gegevens { background: #6b7785; } .nvt { background: #c9d1d9; color: #1d2733; }
.samenvatting { font-size: 12pt; margin: 3mm 0; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0; }
th, td { text-align: left; padding: 1.2mm 1.5mm; border-bottom: .5pt solid #d0d7de; vertical-align: top; }
th { background: #eef2f6; font-weight: bold; }
td.getal, th.getal { text-align: right; white-space: nowrap; }
tr { break-inside: avoid; }
table.compact { font-size: 8pt; }
table.compact td, table.compact th { padding: .6mm 1.5mm; }
tr.thema td { font-weight: bold; color: #00436e; padding-top: 2mm; border-bottom: 1pt solid #00436e; }
td.naam, th.naam { width: 40%; }
.label { display: inline-block; padding: .4mm 1.6mm; border-radius: 1mm; color: #fff; font-size: 8pt; white-space: nowrap; }
.onderdeel td:first-child { padding-left: 5mm; color: #4a5663; }
.klein { font-size: 8pt; color: #4a5663; }
svg .raster { stroke: #d0d7de; stroke-width: 1; }
svg .as { font-size: 10px; fill: #4a5663; }
svg .waarde { font-size: 9px; fill: #fff; }
svg .staaf { fill: #5b9bd5; }
svg .lijn { fill: none; stroke: #00436e; stroke-width: 2.5; }
svg .punt { fill: #00436e; }
footer { margin-top: 6mm; }
`;
