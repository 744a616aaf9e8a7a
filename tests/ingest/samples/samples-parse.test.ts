import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDelivery } from "../../../ingest/parse-delivery.ts";
import { generateSamples } from "../../../ingest/samples/generate-samples.ts";
import { readSampleSet, type SampleFile } from "./read-sample-set.ts";

const today = "2026-11-28";
let dir: string;
let files: SampleFile[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "samples-"));
  await generateSamples({ out: dir, seed: 17, today });
  files = readSampleSet(dir);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("parseDelivery(sample file)", () => {
  it("accepts every generated delivery with records, without a single error", () => {
    const refused = files.flatMap((file) => {
      const result = parseDelivery({ fileName: file.name, bytes: file.bytes, today });
      return result.ok
        ? []
        : result.issues.map((i) => `${file.name}: ${i.code} ${i.column ?? ""} ${i.expected}`);
    });
    expect(refused).toEqual([]);
  });

  it("keeps every record of an accepted delivery", () => {
    for (const file of files) {
      const result = parseDelivery({ fileName: file.name, bytes: file.bytes, today });
      expect(result.ok && result.delivery.records.length, file.name).toBe(file.rows.length);
    }
  });

  it("accepts a JSON delivery with an empty records list as none this period", () => {
    const empty = files.filter((file) => file.format === "json" && file.rows.length === 0);
    expect(empty.length).toBeGreaterThan(0);
    for (const file of empty) {
      const result = parseDelivery({ fileName: file.name, bytes: file.bytes, today });
      expect(result.ok && result.delivery.records, file.name).toEqual([]);
    }
  });
});
