import type { Command } from "commander";
import { parseAsOf } from "../../build/as-of.ts";
import { inScratchDatabase } from "../../build/time-travel.ts";
import { readConfig } from "../../config.ts";
import { prepareEmptyFolder, writeEobPackage } from "../../export/write-eob-package.ts";
import { eersteJaar, laatsteJaar } from "../../norm/parameters.ts";
import { audiences } from "../../norm/publication-rules.ts";
import { restoreBuildVariables, runModels } from "../../run-models.ts";
import { withWarehouse } from "../../warehouse-file/with-warehouse.ts";
import { CliError } from "../cli-error.ts";
import { notBuilt } from "./indicators.ts";

interface EobFlags {
  from: string;
  to: string;
  out: string;
  audience: string;
  asOf?: string;
}

function year(flag: string, text: string): number {
  const value = Number(text);
  if (!/^\d{4}$/.test(text) || value < eersteJaar || value > laatsteJaar)
    throw new CliError(
      `${flag} moet een jaar van ${eersteJaar} tot en met ${laatsteJaar} zijn, niet "${text}"`,
      2,
    );
  return value;
}

/** `export eob --from --to --out [--audience] [--as-of]`: the police package for the EenheidsOndermijningsbeeld. */
export function registerExport(program: Command): void {
  const exportCommand = program
    .command("export")
    .description("pakketten voor partners buiten Normmonitor");
  exportCommand
    .command("eob")
    .description(
      "het pakket voor het EenheidsOndermijningsbeeld: Parquet, Arrow en CSV, datawoordenboek, methodologie en manifest",
    )
    .requiredOption("--from <jaar>", "het eerste jaar")
    .requiredOption("--to <jaar>", "het laatste jaar")
    .requiredOption("--out <map>", "een lege of nieuwe map voor het pakket")
    .option("--audience <publiek>", "partners of publiek", "partners")
    .option("--as-of <moment>", "zoals bekend op een datum (jjjj-mm-dd) of tijdstip (ISO 8601)")
    .action(async (flags: EobFlags) => {
      const van = year("--from", flags.from);
      const tot = year("--to", flags.to);
      if (van > tot) throw new CliError(`--from ${van} valt na --to ${tot}`, 2);
      const audience = audiences.find((a) => a.audience === flags.audience);
      if (!audience)
        throw new CliError(`--audience moet partners of publiek zijn, niet "${flags.audience}"`, 2);
      const asOf = flags.asOf === undefined ? undefined : parseAsOf(flags.asOf);
      if (flags.asOf !== undefined && !asOf)
        throw new CliError(
          `--as-of "${flags.asOf}" is geen datum (jjjj-mm-dd) of tijdstip met tijdzone`,
          2,
        );
      if (!(await prepareEmptyFolder(flags.out)))
        throw new CliError(`${flags.out} is niet leeg: kies een nieuwe of lege map`, 2);
      const options = { out: flags.out, van, tot, audience, builtAt: new Date().toISOString() };
      const manifest = await withWarehouse(readConfig().home, async (connection) => {
        if (asOf) {
          return inScratchDatabase(connection, async () => {
            await runModels(connection, { asOf: asOf.instant, asOfDate: asOf.date });
            return writeEobPackage(connection, options);
          });
        }
        if (!(await restoreBuildVariables(connection))) throw new CliError(notBuilt, 1);
        return writeEobPackage(connection, options);
      });
      process.stdout.write(
        `EOB-pakket ${van}–${tot} (${audience.audience}) zoals bekend op ${manifest.as_of}: ${manifest.bestanden.length + 1} bestanden in ${flags.out}\n`,
      );
    });
}
