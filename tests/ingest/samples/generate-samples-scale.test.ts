import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateSamples } from "../../../ingest/samples/generate-samples.ts";
import { readSampleSet } from "./read-sample-set.ts";

const today = "2026-11-28";

async function withSampleSet<T>(
  scale: number,
  use: (dir: string, records: number) => T,
): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "samples-"));
  try {
    const { records } = await generateSamples({ out: dir, seed: 5, scale, today });
    return use(dir, records);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("generateSamples({ scale })", () => {
  it("writes five times the records of the scaled kinds at scale 5, with keys still unique", async () => {
    const rowsByKind = (dir: string) => {
      const counts = new Map<string, number>();
      for (const file of readSampleSet(dir)) {
        counts.set(file.soort, (counts.get(file.soort) ?? 0) + file.rows.length);
      }
      return counts;
    };
    const base = await withSampleSet(1, (dir) => rowsByKind(dir));
    await withSampleSet(5, (dir, records) => {
      const scaled = rowsByKind(dir);
      for (const soort of ["signalen", "controles", "bibob", "trainingen", "overleggen"]) {
        const ratio = (scaled.get(soort) ?? 0) / (base.get(soort) ?? 1);
        expect(ratio, soort).toBeGreaterThan(4.8);
        expect(ratio, soort).toBeLessThan(5.2);
      }
      // Tips and the snapshots are not scaled: they are about organisations, not cases.
      for (const soort of ["tips", "formatie", "maatregelen"])
        expect(scaled.get(soort)).toBe(base.get(soort));
      expect(records).toBe([...scaled.values()].reduce((a, b) => a + b, 0));
      for (const file of readSampleSet(dir)) {
        const key = Object.keys(file.rows[0] ?? {}).find((c) => c.endsWith("_id"));
        if (!key) continue;
        const ids = file.rows.map((r) => r[key]);
        expect(new Set(ids).size, file.name).toBe(ids.length);
      }
    });
  });

  it("refuses a scale that is not a whole number of at least 1", async () => {
    await expect(generateSamples({ out: tmpdir(), scale: 0.5, today })).rejects.toThrow(/scale/);
  });
});
