import type { Command } from "commander";
import { parseAsOf } from "../../build/as-of.ts";
import { inScratchDatabase } from "../../build/time-travel.ts";
import { readConfig } from "../../config.ts";
import { indicatorColumns, selectIndicators } from "../../indicators/select-indicators.ts";
import { restoreBuildVariables, runModels } from "../../run-models.ts";
import { withWarehouse } from "../../warehouse-file/with-warehouse.ts";
import { CliError } from "../cli-error.ts";
import { type Format, formatRows } from "../format-rows.ts";

interface IndicatorFlags {
  org?: string;
  point?: string;
  year?: string;
  asOf?: string;
  format: string;
}

export const notBuilt = "er is nog niets berekend: voer eerst `normmonitor build` uit";

/** `indicators`: the norm indicators of the last build, or computed as of an earlier moment. */
export function registerIndicators(program: Command): void {
  program
    .command("indicators")
    .description(
      "de normindicatoren: organisatie, ambitiepunt, jaar, status, waarde, norm, toelichting",
    )
    .option("--org <code>", "alleen deze organisatie")
    .option("--point <punt>", "alleen dit ambitiepunt (1 … 34, 10A …)")
    .option("--year <jaar>", "2025, 2026 of stand")
    .option("--as-of <moment>", "zoals bekend op een datum (jjjj-mm-dd) of tijdstip (ISO 8601)")
    .option("--format <format>", "table, csv of json", "table")
    .action(async (flags: IndicatorFlags) => {
      if (!["table", "csv", "json"].includes(flags.format))
        throw new CliError(`--format moet table, csv of json zijn, niet "${flags.format}"`, 2);
      if (flags.year !== undefined && !["2025", "2026", "stand"].includes(flags.year))
        throw new CliError(`--year moet 2025, 2026 of stand zijn, niet "${flags.year}"`, 2);
      const asOf = flags.asOf === undefined ? undefined : parseAsOf(flags.asOf);
      if (flags.asOf !== undefined && !asOf)
        throw new CliError(
          `--as-of "${flags.asOf}" is geen datum (jjjj-mm-dd) of tijdstip met tijdzone`,
          2,
        );
      const filter = { organisatie: flags.org, ambitiepunt: flags.point, jaar: flags.year };
      const rows = await withWarehouse(readConfig().home, async (connection) => {
        if (asOf) {
          return inScratchDatabase(connection, async () => {
            await runModels(connection, { asOf: asOf.instant, asOfDate: asOf.date });
            return selectIndicators(connection, filter);
          });
        }
        if (!(await restoreBuildVariables(connection))) throw new CliError(notBuilt, 1);
        return selectIndicators(connection, filter);
      });
      process.stdout.write(formatRows(rows, indicatorColumns, flags.format as Format));
    });
}
