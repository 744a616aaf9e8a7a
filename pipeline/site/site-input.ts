import { readFile } from "node:fs/promises";
import { join } from "node:path";

/** A row of an output file as the build wrote it (JSON values only). */
export type OutputRow = Record<string, unknown>;

/** The build's JSON files for one audience, as the site reads them. */
export interface SiteInput {
  as_of: string;
  gebouwd_op: string;
  publiek: string;
  markering?: string;
  ambitiepunten: OutputRow[];
  norm_indicatoren: OutputRow[];
  norm_district: OutputRow[];
  beeld_signalen: OutputRow[];
  beeld_bibob: OutputRow[];
  beeld_controles: OutputRow[];
  beeld_trainingen: OutputRow[];
  beeld_aanleveringen: OutputRow[];
}

export const inputFiles = [
  "ambitiepunten",
  "norm_indicatoren",
  "norm_district",
  "beeld_signalen",
  "beeld_bibob",
  "beeld_controles",
  "beeld_trainingen",
  "beeld_aanleveringen",
] as const;

interface OutputFile {
  as_of: string;
  gebouwd_op: string;
  publiek: string;
  markering?: string;
  rijen: OutputRow[];
}

/** Reads one audience's folder of a build (`<home>/output/huidig/<audience>`); only that folder. */
export async function readSiteInput(folder: string): Promise<SiteInput> {
  const files = await Promise.all(
    inputFiles.map(
      async (name) =>
        JSON.parse(await readFile(join(folder, `${name}.json`), "utf8")) as OutputFile,
    ),
  );
  const first = files[0];
  if (!first) throw new Error("no output files");
  const rows = Object.fromEntries(inputFiles.map((name, i) => [name, files[i]?.rijen ?? []]));
  return {
    as_of: first.as_of,
    gebouwd_op: first.gebouwd_op,
    publiek: first.publiek,
    ...(first.markering ? { markering: first.markering } : {}),
    ...(rows as Pick<SiteInput, (typeof inputFiles)[number]>),
  };
}
