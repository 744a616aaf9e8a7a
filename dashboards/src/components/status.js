// Statuses drawn with a colour from the Okabe–Ito palette (safe for colour blindness) and a symbol,
// so that no reader depends on colour alone.
export const statussen = [
  { code: "voldaan", label: "voldaan", symbool: "✔", kleur: "#009e73" },
  { code: "deels", label: "deels", symbool: "◐", kleur: "#f0e442" },
  { code: "niet_voldaan", label: "niet voldaan", symbool: "✘", kleur: "#d55e00" },
  { code: "geen_gegevens", label: "geen gegevens", symbool: "?", kleur: "#bbbbbb" },
  { code: "nvt", label: "niet van toepassing", symbool: "–", kleur: "transparent" },
];

const byCode = new Map(statussen.map((s) => [s.code, s]));

/** The status description for a code (unknown codes read as geen gegevens). */
export function status(code) {
  return byCode.get(code) ?? byCode.get("geen_gegevens");
}

/** Plot's colour scale for statuses, with Dutch labels in the legend. */
export const statusKleur = {
  domain: statussen.slice(0, 4).map((s) => s.label),
  range: statussen.slice(0, 4).map((s) => s.kleur),
};
