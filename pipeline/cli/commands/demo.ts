import { join } from "node:path";
import type { Command } from "commander";
import { generateSamples } from "../../../ingest/samples/generate-samples.ts";
import { openStore } from "../../../warehouse/open-store.ts";
import { runBuild } from "../../build/run-build.ts";
import { readConfig } from "../../config.ts";
import { CliError } from "../cli-error.ts";
import { storeOptionsFor } from "../store-options.ts";
import { buildSiteCommand, previewSite } from "./site.ts";

/** Runs another command of this CLI in a child process, as a user would; fails when it fails. */
async function runStep(args: readonly string[]): Promise<void> {
  const { spawn } = await import("node:child_process");
  const bin = join(import.meta.dirname, "../bin.js");
  const code = await new Promise<number | null>((done) => {
    spawn(process.execPath, [bin, ...args], { stdio: "inherit" }).on("close", done);
  });
  if (code !== 0) throw new CliError(`normmonitor ${args.join(" ")} faalde (code ${code})`, 1);
}

/** `demo`: sample deliveries → ingest → build → publiek site → served on 127.0.0.1. */
export function registerDemo(program: Command): void {
  program
    .command("demo")
    .description(
      "voorbeeldaanleveringen maken, inlezen, berekenen, de publieke site bouwen en tonen",
    )
    .option("--port <n>", "poort voor de site (0: een vrije poort)", "3000")
    .option("--no-serve", "alleen bouwen, niet tonen")
    .action(async (flags: { port: string; serve: boolean }) => {
      const { home } = readConfig();
      const deliveries = join(home, "deliveries");
      process.stdout.write(`1/4 voorbeeldaanleveringen in ${deliveries}\n`);
      await generateSamples({ out: deliveries, seed: 2026, scale: 1 });
      process.stdout.write("2/4 inlezen\n");
      // The ingest command prints a line per file and exits 1 if any was refused; run it as is.
      await runStep(["ingest", deliveries]);
      process.stdout.write("3/4 berekenen\n");
      const store = await openStore(storeOptionsFor("read"));
      try {
        const result = await runBuild({ store, home });
        process.stdout.write(`    uitvoer in ${result.output}\n`);
      } finally {
        await store.close();
      }
      process.stdout.write("4/4 de site bouwen\n");
      const folder = await buildSiteCommand(home, "publiek");
      if (flags.serve) await previewSite(folder, Number(flags.port));
    });
}
