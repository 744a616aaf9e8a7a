import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/** One build's output folder as a reader finds it: which build wrote it, its rows, problems. */
export interface OutputCheck {
  /** gebouwd_op of the manifest; undefined when there is no output folder. */
  builtAt: string | undefined;
  /** The `rijen` of every JSON file, by its path in the folder. */
  rows: Map<string, unknown[]>;
  problems: string[];
}

/**
 * Reads an output folder and checks it is one build's complete set: the manifest lists exactly
 * the files there, and every JSON file carries the manifest's build time.
 */
export async function checkOutputs(folder: string): Promise<OutputCheck> {
  const rows = new Map<string, unknown[]>();
  if (!existsSync(folder)) return { builtAt: undefined, rows, problems: [] };
  let manifest: { gebouwd_op: string; bestanden: string[] };
  try {
    manifest = JSON.parse(await readFile(join(folder, "manifest.json"), "utf8"));
  } catch (error) {
    return { builtAt: undefined, rows, problems: [`outputs: no readable manifest: ${error}`] };
  }
  const problems: string[] = [];
  const present = (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name !== "manifest.json")
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
  const listed = [...manifest.bestanden].sort();
  if (present.join("\n") !== listed.join("\n"))
    problems.push(`outputs: files [${present}] while the manifest lists [${listed}]`);
  for (const file of listed.filter((name) => name.endsWith(".json"))) {
    try {
      const json = JSON.parse(await readFile(join(folder, file), "utf8"));
      if (json.gebouwd_op !== manifest.gebouwd_op)
        problems.push(
          `outputs: ${file} is from ${json.gebouwd_op}, the manifest from ${manifest.gebouwd_op}`,
        );
      rows.set(file, json.rijen);
    } catch (error) {
      problems.push(`outputs: ${file} does not read: ${error}`);
    }
  }
  return { builtAt: manifest.gebouwd_op, rows, problems };
}

// When the store received a delivery: transaction time, which differs between any two homes
// that ingest the same files (beeld_aanleveringen shows it).
const receiptTimes = new Set(["eerst_ontvangen", "laatst_ontvangen"]);
const withoutReceiptTimes = (rows: unknown[] | undefined) =>
  JSON.stringify(rows ?? null, (key, value) => (receiptTimes.has(key) ? undefined : value));

/** The differences between two builds' rows, file by file, apart from build and receipt times. */
export function compareRows(
  actual: Map<string, unknown[]>,
  expected: Map<string, unknown[]>,
): string[] {
  const problems: string[] = [];
  for (const file of new Set([...actual.keys(), ...expected.keys()])) {
    const left = withoutReceiptTimes(actual.get(file));
    const right = withoutReceiptTimes(expected.get(file));
    if (left !== right) problems.push(`outputs: ${file} differs from the uninterrupted build`);
  }
  return problems;
}
