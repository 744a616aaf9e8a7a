import type { Command } from "commander";
import { openStore } from "../../../warehouse/open-store.ts";
import { parseAsOf } from "../../build/as-of.ts";
import { runBuild } from "../../build/run-build.ts";
import { CliError } from "../cli-error.ts";
import { storeOptionsFor } from "../store-options.ts";

/** `build [--full] [--as-of <date or timestamp>]`: warehouse up to date, indicators and outputs computed. */
export function registerBuild(program: Command): void {
  program
    .command("build")
    .description(
      "het warehouse bijwerken met de gebeurtenissen en alle indicatoren en uitvoer berekenen",
    )
    .option("--full", "het warehouse helemaal opnieuw opbouwen (en daarna omwisselen)")
    .option(
      "--as-of <moment>",
      "berekenen met wat bekend was op een datum (jjjj-mm-dd) of tijdstip (ISO 8601)",
    )
    .action(async (flags: { full?: boolean; asOf?: string }) => {
      const asOf = flags.asOf === undefined ? undefined : parseAsOf(flags.asOf);
      if (flags.asOf !== undefined && !asOf)
        throw new CliError(
          `--as-of "${flags.asOf}" is geen datum (jjjj-mm-dd) of tijdstip met tijdzone`,
          2,
        );
      const config = storeOptionsFor("read");
      const store = await openStore(config);
      try {
        const result = await runBuild({
          store,
          home: config.home,
          full: flags.full ?? false,
          ...(asOf ? { asOf } : {}),
        });
        const seconds = result.seconds.toFixed(1).replace(".", ",");
        process.stdout.write(
          `${result.events.toLocaleString("nl-NL")} nieuwe gebeurtenissen en ${result.deliveries} aanleveringen overgenomen; ${result.models} modellen berekend zoals bekend op ${result.asOf.instant}; uitvoer in ${result.output} (${seconds} s)\n`,
        );
        if (result.pendingEvents > 0)
          // Otherwise a build right after an ingest could silently leave the ingest out.
          process.stdout.write(
            `Let op: ${result.pendingEvents.toLocaleString("nl-NL")} opgeslagen gebeurtenissen zijn nog niet overgenomen, omdat een oudere transactie op de databaseserver nog loopt; draai build straks opnieuw.\n`,
          );
      } finally {
        await store.close();
      }
    });
}
