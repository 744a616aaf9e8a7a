/** A delivery whose records the package's numbers rest on. */
export interface GebruikteAanlevering {
  organisatie: string;
  soort: string;
  periode: string;
  bestand: string;
  sha256: string;
  ontvangen_op: string;
}

/** A file of the package with its hash. */
export interface PakketBestand {
  pad: string;
  bytes: number;
  sha256: string;
}

/** The manifest: the only file of the package that holds the build time. */
export interface EobManifest {
  pakket: "eob";
  van: number;
  tot: number;
  publiek: string;
  markering?: string;
  as_of: string;
  gebouwd_op: string;
  aanleveringen: GebruikteAanlevering[];
  bestanden: PakketBestand[];
}

// Not localeCompare: the order must not depend on the machine's locale.
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The manifest's JSON text, deliveries and files sorted so only the build time can differ. */
export function manifestJson(manifest: EobManifest): string {
  const sorted: EobManifest = {
    ...manifest,
    aanleveringen: [...manifest.aanleveringen].sort((a, b) =>
      byCodeUnits(
        `${a.organisatie}|${a.soort}|${a.periode}|${a.ontvangen_op}|${a.sha256}`,
        `${b.organisatie}|${b.soort}|${b.periode}|${b.ontvangen_op}|${b.sha256}`,
      ),
    ),
    bestanden: [...manifest.bestanden].sort((a, b) => byCodeUnits(a.pad, b.pad)),
  };
  return `${JSON.stringify(sorted, null, 2)}\n`;
}
