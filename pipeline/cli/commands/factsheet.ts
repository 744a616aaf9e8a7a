import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Command } from "commander";
import {
  findOrganisation,
  type Organisation,
  organisations,
} from "../../../ingest/organisations.ts";
import { parseAsOf } from "../../build/as-of.ts";
import { inScratchDatabase } from "../../build/time-travel.ts";
import { readConfig } from "../../config.ts";
import { factsheetHtml } from "../../factsheet/factsheet-html.ts";
import { chromiumAvailable, chromiumPath, printPdfs } from "../../factsheet/print-pdf.ts";
import { readFactsheetData } from "../../factsheet/read-factsheet-data.ts";
import { eersteJaar, laatsteJaar } from "../../norm/parameters.ts";
import { audiences } from "../../norm/publication-rules.ts";
import { restoreBuildVariables, runModels } from "../../run-models.ts";
import { withWarehouse } from "../../warehouse-file/with-warehouse.ts";
import { CliError } from "../cli-error.ts";
import { notBuilt } from "./indicators.ts";

interface FactsheetFlags {
  year: string;
  out: string;
  all?: boolean;
  asOf?: string;
}

/** `factsheet <org> --year --out <file.pdf>` or `factsheet --all --year --out <map>`: PDFs printed offline. */
export function registerFactsheet(program: Command): void {
  program
    .command("factsheet")
    .description(
      "de factsheet van een organisatie over een jaar als PDF (normstatus, kerncijfers, actualiteit)",
    )
    .argument("[organisatie]", "code van de organisatie, bijvoorbeeld GM0034")
    .requiredOption("--year <jaar>", `${eersteJaar} tot en met ${laatsteJaar}`)
    .requiredOption("--out <pad>", "het PDF-bestand, of met --all de map")
    .option("--all", "voor alle organisaties, elk als <code>-<jaar>.pdf in de map --out")
    .option("--as-of <moment>", "zoals bekend op een datum (jjjj-mm-dd) of tijdstip (ISO 8601)")
    .action(async (code: string | undefined, flags: FactsheetFlags) => {
      const jaar = Number(flags.year);
      if (!/^\d{4}$/.test(flags.year) || jaar < eersteJaar || jaar > laatsteJaar)
        throw new CliError(
          `--year moet ${eersteJaar} tot en met ${laatsteJaar} zijn, niet "${flags.year}"`,
          2,
        );
      if (flags.all === Boolean(code))
        throw new CliError("geef een organisatie of --all, niet allebei of geen van beide", 2);
      let chosen: Organisation[] = [...organisations];
      if (code) {
        const organisatie = findOrganisation(code);
        if (!organisatie) throw new CliError(`onbekende organisatie "${code}"`, 2);
        chosen = [organisatie];
      }
      const asOf = flags.asOf === undefined ? undefined : parseAsOf(flags.asOf);
      if (flags.asOf !== undefined && !asOf)
        throw new CliError(
          `--as-of "${flags.asOf}" is geen datum (jjjj-mm-dd) of tijdstip met tijdzone`,
          2,
        );
      if (!chromiumAvailable())
        throw new CliError(
          `Chromium niet gevonden op ${chromiumPath()} (zet NORMMONITOR_CHROMIUM)`,
          1,
        );
      const markering = audiences.find((a) => a.audience === "partners")?.markering;
      const read = async (connection: Parameters<Parameters<typeof withWarehouse>[1]>[0]) => {
        const all = [];
        for (const organisatie of chosen)
          all.push(await readFactsheetData(connection, organisatie, jaar, markering));
        return all;
      };
      const sheets = await withWarehouse(readConfig().home, async (connection) => {
        if (asOf) {
          return inScratchDatabase(connection, async () => {
            await runModels(connection, { asOf: asOf.instant, asOfDate: asOf.date });
            return read(connection);
          });
        }
        if (!(await restoreBuildVariables(connection))) throw new CliError(notBuilt, 1);
        return read(connection);
      });
      const pages = sheets.map((data) => ({
        html: factsheetHtml(data),
        pdf: flags.all ? join(flags.out, `${data.organisatie.code}-${jaar}.pdf`) : flags.out,
      }));
      await mkdir(flags.all ? flags.out : dirname(flags.out), { recursive: true });
      await printPdfs(pages);
      for (const page of pages) process.stdout.write(`${page.pdf}\n`);
    });
}
