import type { Command } from "commander";
import { generateSamples } from "../../../ingest/samples/generate-samples.ts";
import { CliError } from "../cli-error.ts";

function wholeNumber(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0)
    throw new CliError(`${name} moet een heel getal zijn, niet "${text}"`, 2);
  return value;
}

/** `generate --out <dir> [--scale n] [--seed n]`: realistic sample deliveries for all partners. */
export function registerGenerate(program: Command): void {
  program
    .command("generate")
    .description("realistische voorbeeldaanleveringen van alle partners maken")
    .requiredOption("--out <dir>", "map voor de bestanden")
    .option("--seed <n>", "startwaarde: dezelfde waarde geeft dezelfde bestanden", "2026")
    .option("--scale <n>", "volumes vermenigvuldigen (benchmarks)", "1")
    .action(async (flags: { out: string; seed: string; scale: string }) => {
      const scale = wholeNumber("--scale", flags.scale);
      if (scale < 1) throw new CliError("--scale moet minstens 1 zijn", 2);
      const started = performance.now();
      const result = await generateSamples({
        out: flags.out,
        seed: wholeNumber("--seed", flags.seed),
        scale,
      });
      const seconds = ((performance.now() - started) / 1000).toFixed(1).replace(".", ",");
      const records = result.records.toLocaleString("nl-NL");
      process.stdout.write(
        `${result.files.length} bestanden met ${records} records in ${flags.out} (${seconds} s)\n`,
      );
    });
}
