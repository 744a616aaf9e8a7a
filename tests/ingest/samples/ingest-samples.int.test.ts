import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectFiles } from "../../../ingest/collect-files.ts";
import { ingestFile } from "../../../ingest/ingest-file.ts";
import type { FileReceipt } from "../../../ingest/receipt.ts";
import { generateSamples } from "../../../ingest/samples/generate-samples.ts";
import { countEvents } from "../../../warehouse/count-events.ts";
import { openStore, type Store } from "../../../warehouse/open-store.ts";
import { readSampleSet, type SampleFile } from "./read-sample-set.ts";

const today = "2026-11-28";
const dir = mkdtempSync(join(tmpdir(), "normmonitor-samples-ingest-"));
let store: Store;
let files: SampleFile[];
let first: FileReceipt[];

async function ingestAll(): Promise<FileReceipt[]> {
  const receipts: FileReceipt[] = [];
  for (const path of await collectFiles([join(dir, "deliveries")]))
    receipts.push(await ingestFile(store, path, { today }));
  return receipts;
}

/** What a re-delivery changes, worked out from the two files' rows as plain text. */
function expectedChanges(original: SampleFile, again: SampleFile) {
  const key = Object.keys(original.rows[0] ?? {}).find((column) =>
    column.endsWith("_id"),
  ) as string;
  const before = new Map(original.rows.map((row) => [row[key], JSON.stringify(row)]));
  const after = new Map(again.rows.map((row) => [row[key], JSON.stringify(row)]));
  return {
    added: [...after.keys()].filter((id) => !before.has(id)).length,
    corrected: [...after].filter(([id, row]) => before.has(id) && before.get(id) !== row).length,
    withdrawn: [...before.keys()].filter((id) => !after.has(id)).length,
    unchanged: [...after].filter(([id, row]) => before.get(id) === row).length,
  };
}

beforeAll(async () => {
  await generateSamples({ out: join(dir, "deliveries"), seed: 2026, today });
  files = readSampleSet(join(dir, "deliveries"));
  store = await openStore({ home: join(dir, "home") });
  first = await ingestAll();
}, 600_000);

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the sample deliveries on the embedded database", () => {
  it("are all accepted, without a single refusal", () => {
    const refused = first
      .filter((r) => r.status === "refused")
      .map((r) => `${r.file}: ${r.issues.map((i) => i.code).join(", ")}`);
    expect(refused).toEqual([]);
    expect(first).toHaveLength(files.length);
  });

  it("turn every record of an original delivery of a period kind into an event", () => {
    expect(first.map((r) => r.file)).toEqual(files.map((f) => f.name));
    const periodKinds = ["signalen", "controles", "bibob", "tips", "trainingen", "overleggen"];
    const originals = files.filter((f) => !f.herlevering && periodKinds.includes(f.soort));
    const added = originals.reduce((sum, f) => sum + (first[files.indexOf(f)]?.added ?? 0), 0);
    expect(added).toBe(originals.reduce((sum, f) => sum + f.rows.length, 0));
  });

  it("turn each re-delivered period into exactly its corrections and withdrawals", () => {
    const redeliveries = files.filter((f) => f.herlevering);
    expect(redeliveries.length).toBeGreaterThan(0);
    for (const again of redeliveries) {
      const original = files.find((f) => !f.herlevering && f.name === again.name) as SampleFile;
      const receipt = first[files.indexOf(again)] as FileReceipt;
      const expected = expectedChanges(original, again);
      expect(expected.corrected + expected.withdrawn, again.name).toBeGreaterThan(0);
      expect(
        {
          added: receipt.added,
          corrected: receipt.corrected,
          withdrawn: receipt.withdrawn,
          unchanged: receipt.unchanged,
        },
        again.name,
      ).toEqual(expected);
    }
  });

  it("add no events when ingested a second time", async () => {
    const before = await countEvents(store.db);
    const again = await ingestAll();
    expect(new Set(again.map((r) => r.status))).toEqual(new Set(["already-known"]));
    expect(await countEvents(store.db)).toBe(before);
  }, 600_000);
});
