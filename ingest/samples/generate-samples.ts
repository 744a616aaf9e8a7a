import { mkdir, utimes } from "node:fs/promises";
import { dirname, join } from "node:path";
import { writeCsv } from "./csv-writer.ts";
import { type PlannedDelivery, planDeliveries } from "./delivery-plan.ts";
import { writeJson } from "./json-writer.ts";
import { createRandom } from "./random-source.ts";
import { withCorrections, withDoubles } from "./redelivery.ts";
import { sampleKinds } from "./sample-kinds.ts";
import type { SampleContext, SampleRecord } from "./sample-record.ts";

export interface GenerateOptions {
  /** The folder to write into; re-deliveries go to its `herlevering/` subfolder. */
  out: string;
  seed?: number;
  /** Multiplies the volumes of signalen, controles, bibob, trainingen and overleggen. */
  scale?: number;
  /** The generation date (jjjj-mm-dd), default today: quarters up to the last complete one. */
  today?: string;
}

export const defaultSeed = 2026;

function recordsOf(delivery: PlannedDelivery, context: SampleContext): Iterable<SampleRecord> {
  const kind = sampleKinds.get(delivery.soort);
  if (!kind) throw new Error(`no sample generator for ${delivery.soort}`);
  const records = kind.records(context);
  if (delivery.revision === "herlevering") {
    const random = createRandom(context.seed, delivery.path, "correcties");
    return withCorrections(kind, records, delivery.corrections, random);
  }
  return withDoubles(kind, records, delivery.doubles);
}

async function writeDelivery(path: string, delivery: PlannedDelivery, context: SampleContext) {
  const kind = sampleKinds.get(delivery.soort);
  if (!kind) throw new Error(`no sample generator for ${delivery.soort}`);
  const records = recordsOf(delivery, context);
  if (delivery.dialect.kind === "json") {
    const header = {
      organisatie: delivery.organisatie.code,
      soort: delivery.soort,
      periode: delivery.periode.code,
      ...(delivery.peildatum ? { peildatum: delivery.peildatum } : {}),
    };
    return writeJson(path, header, kind.columns, records);
  }
  return writeCsv(path, kind.columns, records, delivery.dialect);
}

/**
 * Writes a realistic, deterministic set of partner deliveries for all eleven organisations
 * (the same seed, scale and today give byte-identical files); resolves to the files written
 * and the number of records in them.
 */
export async function generateSamples(
  options: GenerateOptions,
): Promise<{ files: string[]; records: number }> {
  const seed = options.seed ?? defaultSeed;
  const scale = options.scale ?? 1;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (!Number.isInteger(scale) || scale < 1)
    throw new Error(`scale must be a whole number ≥ 1, not ${scale}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`today must be jjjj-mm-dd, not ${today}`);
  const files: string[] = [];
  let records = 0;
  for (const delivery of planDeliveries(seed, today)) {
    const path = join(options.out, delivery.path);
    await mkdir(dirname(path), { recursive: true });
    const context: SampleContext = {
      seed,
      scale,
      today,
      organisatie: delivery.organisatie,
      periode: delivery.periode,
      ...(delivery.peildatum ? { peildatum: delivery.peildatum } : {}),
    };
    records += await writeDelivery(path, delivery, context);
    // The modification time tells when the partner delivered: late files show it.
    const deliveredAt = new Date(`${delivery.deliveredOn}T09:00:00Z`);
    await utimes(path, deliveredAt, deliveredAt);
    files.push(path);
  }
  return { files, records };
}
