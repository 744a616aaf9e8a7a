import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeSampleOf } from "./fault-sample.ts";
import { type FaultTarget, pgliteTarget, serverTarget } from "./fault-target.ts";
import { type Reference, referenceRun } from "./reference-run.ts";

/**
 * The deliveries the fault loops ingest: 34 files of three organisations, with a larger signalen
 * stream (the transaction lasts longer), and re-deliveries with corrections and withdrawals of a
 * period kind and of a snapshot kind.
 */
export const faultSamplePrefixes = [
  "GM0995_bibob_",
  "GM0995_controles_",
  "GM0995_signalen_",
  "PV24_maatregelen_",
  "POLITIE-FL_signalen_",
];

/** The sample and its uninterrupted reference on one engine, and fresh homes to kill runs in. */
export interface FaultSetup {
  engine: "pglite" | "postgres";
  deliveries: string;
  reference: Reference;
  newTarget(label: string): Promise<FaultTarget>;
  dispose(): Promise<void>;
}

/** Writes the sample and runs the reference on the engine (the server of `baseUrl` for postgres). */
export async function prepareFaults(
  engine: "pglite" | "postgres",
  baseUrl?: string,
): Promise<FaultSetup> {
  const newTarget = (label: string) => {
    if (engine === "pglite") return pgliteTarget(label);
    if (!baseUrl) throw new Error("DATABASE_URL is required for the server");
    return serverTarget(label, baseUrl);
  };
  const folder = await mkdtemp(join(tmpdir(), "normmonitor-fault-sample-"));
  const deliveries = join(folder, "deliveries");
  await writeSampleOf(deliveries, faultSamplePrefixes);
  const referenceTarget = await newTarget(`${engine} referentie`);
  try {
    const reference = await referenceRun(referenceTarget, deliveries);
    return {
      engine,
      deliveries,
      reference,
      newTarget,
      dispose: () => rm(folder, { recursive: true, force: true }),
    };
  } finally {
    await referenceTarget.dispose();
  }
}
