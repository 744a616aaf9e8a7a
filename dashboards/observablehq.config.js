// The district site. Built by `normmonitor site build`, which copies this folder beside one
// audience's data and sets NORMMONITOR_SITE_MARKERING (the partners build's marking, else empty).
const organisaties = [
  ["GM0034", "Gemeente Almere"],
  ["GM0303", "Gemeente Dronten"],
  ["GM0995", "Gemeente Lelystad"],
  ["GM0171", "Gemeente Noordoostpolder"],
  ["GM0184", "Gemeente Urk"],
  ["GM0050", "Gemeente Zeewolde"],
  ["PV24", "Provincie Flevoland"],
  ["POLITIE-FL", "Politie, district Flevoland"],
  ["OM-MN", "Openbaar Ministerie Midden-Nederland"],
  ["WS-ZZL", "Waterschap Zuiderzeeland"],
  ["DTO-FL", "Districtelijk Team Ondermijning"],
];

const markering = process.env.NORMMONITOR_SITE_MARKERING ?? "";
const banner = markering
  ? `<div class="markering" role="note">${markering}: alleen voor DTO, RIEC en de aangesloten organisaties</div>`
  : "";

export default {
  root: "src",
  title: "Normmonitor Flevoland",
  // No Google Fonts or other stylesheets from elsewhere: the site makes no request off its origin.
  globalStylesheets: [],
  style: "style.css",
  // An empty icon, so browsers do not ask for /favicon.ico.
  head: '<link rel="icon" href="data:,">',
  search: false,
  pager: false,
  toc: { label: "Op deze pagina" },
  header: `<div class="kop"><a href="/">Normmonitor Flevoland</a>${banner}</div>`,
  footer: `Flevolandse Norm 2.0 · Normmonitor Flevoland${markering ? ` · ${markering}` : ""}`,
  pages: [
    { name: "Overzicht", path: "/" },
    { name: "Ambitiepunten", path: "/ambitiepunten" },
    {
      name: "Organisaties",
      path: "/organisaties/",
      pages: organisaties.map(([code, naam]) => ({ name: naam, path: `/organisaties/${code}` })),
    },
    { name: "Ondermijningsbeeld", path: "/ondermijningsbeeld" },
    { name: "Gegevens", path: "/gegevens" },
    { name: "Methode", path: "/methode" },
  ],
  dynamicPaths: organisaties.map(([code]) => `/organisaties/${code}`),
};
