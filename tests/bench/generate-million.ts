// Benchmark: sample deliveries at scale 300 (about 1.3 million records), every file under 100 MB.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateSamples } from "../../ingest/samples/generate-samples.ts";

const dir = mkdtempSync(join(tmpdir(), "normmonitor-bench-samples-"));
try {
  const started = performance.now();
  const { files, records } = await generateSamples({
    out: dir,
    seed: 5,
    scale: 300,
    today: "2026-11-28",
  });
  const seconds = (performance.now() - started) / 1000;
  const largest = Math.max(...files.map((file) => statSync(file).size));
  console.log(
    `generate: ${records} records in ${files.length} files, ${seconds.toFixed(1)} s (${Math.round(records / seconds)} records/s), largest file ${(largest / 1e6).toFixed(1)} MB, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
  if (records < 1_000_000 || largest >= 100_000_000 || seconds >= 60) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
