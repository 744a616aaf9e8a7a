import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateSamples } from "../../ingest/samples/generate-samples.ts";
import { runCli } from "../cli/run-cli.ts";

/** A NORMMONITOR_HOME in a new temporary folder with the sample set ingested and built. */
export async function sampleHome(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const env = { NORMMONITOR_HOME: join(dir, "home"), DATABASE_URL: undefined };
  const cli = async (...args: string[]) => {
    const result = await runCli(args, env);
    if (result.code !== 0)
      throw new Error(`normmonitor ${args.join(" ")} exited ${result.code}: ${result.stderr}`);
    return result.stdout;
  };
  await generateSamples({ out: join(dir, "deliveries"), seed: 2026, today: "2026-11-28" });
  await cli("ingest", join(dir, "deliveries"));
  await cli("build");
  return { dir, env, cli };
}
