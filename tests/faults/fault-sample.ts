import { cp, mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateSamples } from "../../ingest/samples/generate-samples.ts";

/** The generation date of every fault and concurrency sample: the same files on any day. */
export const sampleToday = "2026-11-28";

/** The whole sample set (seed 2026) in a temporary folder, and how to throw it away. */
export async function generateSampleSet(): Promise<{ folder: string; dispose(): Promise<void> }> {
  const folder = await mkdtemp(join(tmpdir(), "normmonitor-sample-"));
  await generateSamples({ out: folder, seed: 2026, today: sampleToday });
  return { folder, dispose: () => rm(folder, { recursive: true, force: true }) };
}

/**
 * Copies the deliveries of the sample set in `from` whose names start with one of `prefixes` (an
 * organisation, `GM0995_`, or one of its kinds, `GM0995_bibob_`) into `out`, with their
 * re-deliveries in `out/herlevering/`, keeping the files' modification times (they say when the
 * partner delivered). Resolves to the number of files copied.
 */
export async function copySample(
  from: string,
  out: string,
  prefixes: readonly string[],
): Promise<number> {
  let copied = 0;
  for (const sub of ["", "herlevering"]) {
    const names = (await readdir(join(from, sub))).filter((name) =>
      prefixes.some((prefix) => name.startsWith(prefix)),
    );
    await mkdir(join(out, sub), { recursive: true });
    for (const name of names) {
      await cp(join(from, sub, name), join(out, sub, name), { preserveTimestamps: true });
      copied++;
    }
  }
  return copied;
}

/** The stream prefixes (`<ORG>_<soort>_`) of the sample set in `from`, sorted. */
export async function sampleStreams(from: string): Promise<string[]> {
  const names = (await readdir(from)).filter((name) => name.includes("_"));
  return [...new Set(names.map((name) => `${name.split("_").slice(0, 2).join("_")}_`))].sort();
}

/** copySample from a sample set generated for the purpose. */
export async function writeSampleOf(out: string, prefixes: readonly string[]): Promise<number> {
  const all = await generateSampleSet();
  try {
    return await copySample(all.folder, out, prefixes);
  } finally {
    await all.dispose();
  }
}
