import type { Command } from "commander";
import { openStore } from "../../../warehouse/open-store.ts";
import { parseAsOf } from "../../build/as-of.ts";
import type { PhaseTime } from "../../build/phase-clock.ts";
import { runBuild } from "../../build/run-build.ts";
import { formatGetal } from "../../factsheet/dutch-format.ts";
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
    .option("--json", "een machineleesbaar ontvangstbewijs afdrukken, met de tijd per stap")
    .action(async (flags: { full?: boolean; asOf?: string; json?: boolean }) => {
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
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
          return;
        }
        const seconds = result.seconds.toFixed(1).replace(".", ",");
        process.stdout.write(
          `${result.events.toLocaleString("nl-NL")} nieuwe gebeurtenissen en ${result.deliveries} aanleveringen overgenomen; ${result.models} modellen berekend zoals bekend op ${result.asOf.instant}; uitvoer in ${result.output} (${seconds} s)\n`,
        );
        process.stdout.write(`Tijd per stap: ${phaseLine(result.phases)}\n`);
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

/** `openen 0,1 s · sync 11,5 s · …`: where a build spent its time. */
function phaseLine(phases: readonly PhaseTime[]): string {
  return phases.map(({ phase, seconds }) => `${phase} ${formatGetal(seconds, 1)} s`).join(" · ");
}
