import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import { collectFiles } from "../../../ingest/collect-files.ts";
import { formatIssue } from "../../../ingest/format-issue.ts";
import { ingestFiles } from "../../../ingest/ingest-files.ts";
import type { FileReceipt } from "../../../ingest/receipt.ts";
import { openStore } from "../../../warehouse/open-store.ts";
import { todayIso } from "../../config.ts";
import { CliError } from "../cli-error.ts";
import { storeOptionsFor } from "../store-options.ts";

interface IngestFlags {
  dryRun?: boolean;
  json?: boolean;
  org?: string;
  kind?: string;
  period?: string;
}

const largeFile = 10_000;

function summary(receipt: FileReceipt): string {
  const where = [receipt.organisatie, receipt.soort, receipt.periode].filter(Boolean).join(" ");
  const counts = `${receipt.added} nieuw, ${receipt.corrected} gecorrigeerd, ${receipt.withdrawn} ingetrokken, ${receipt.unchanged} ongewijzigd, ${receipt.warnings.length} waarschuwingen`;
  switch (receipt.status) {
    case "accepted":
      return `✔ ${receipt.file} (${where}): ${receipt.records} records; ${counts}`;
    case "already-known":
      return `= ${receipt.file} (${where}): al eerder aangeleverd, niets gewijzigd`;
    case "valid":
      return `✔ ${receipt.file} (${where}): ${receipt.records} records, geldig (proefrun, niets opgeslagen)`;
    case "refused":
      return `✘ ${receipt.file}: geweigerd, ${receipt.issues.length} problemen; niets opgeslagen`;
  }
}

/** Progress through a large file's records: a bar on a terminal, else a line per 5,000 (for logs). */
function progressBar(file: string): {
  update: (done: number, total: number) => void;
  stop: () => void;
} {
  if (!process.stderr.isTTY) {
    return {
      update: (done, total) => {
        if (total >= largeFile)
          process.stderr.write(
            `${file}: ${done.toLocaleString("nl-NL")} van ${total.toLocaleString("nl-NL")} records verwerkt\n`,
          );
      },
      stop: () => {},
    };
  }
  const bar = new SingleBar({
    format: `${file} [{bar}] {value}/{total} records`,
    stream: process.stderr,
    hideCursor: true,
  });
  let started = false;
  return {
    update: (done, total) => {
      if (total < largeFile) return;
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    },
    stop: () => started && bar.stop(),
  };
}

/** `ingest <files or folders>…`: validate and append each file; exit 1 when any file was refused. */
export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("aanleveringen valideren en toevoegen aan de gebeurtenissenopslag")
    .argument("<paths...>", "bestanden of mappen met aanleveringen (CSV of JSON)")
    .option("--dry-run", "alleen valideren, niets opslaan")
    .option("--json", "een machineleesbaar ontvangstbewijs afdrukken")
    .option("--org <code>", "organisatiecode (in plaats van uit de bestandsnaam)")
    .option("--kind <soort>", "soort aanlevering (in plaats van uit de bestandsnaam)")
    .option(
      "--period <periode>",
      "periode, bijvoorbeeld 2025-Q3 (in plaats van uit de bestandsnaam)",
    )
    .action(async (paths: string[], flags: IngestFlags) => {
      const files = await collectFiles(paths).catch((error: NodeJS.ErrnoException) => {
        throw new CliError(
          `kan ${error.path ?? "het pad"} niet lezen (${error.code ?? error.message})`,
          2,
        );
      });
      if (files.length === 0) throw new CliError("geen aanleveringen gevonden (.csv of .json)", 2);
      const overrides = { organisatie: flags.org, soort: flags.kind, periode: flags.period };
      const store = flags.dryRun ? undefined : await openStore(storeOptionsFor("ingest"));
      let receipts: FileReceipt[];
      try {
        receipts = await ingestFiles(store, files, {
          overrides,
          dryRun: flags.dryRun ?? false,
          today: todayIso(),
          progressFor: progressBar,
          onReceipt: (receipt) => {
            if (flags.json) return;
            process.stdout.write(`${summary(receipt)}\n`);
            for (const issue of [...receipt.issues, ...receipt.warnings])
              process.stdout.write(`    ${formatIssue(issue)}\n`);
          },
        });
      } finally {
        await store?.close();
      }
      if (flags.json) process.stdout.write(`${JSON.stringify({ files: receipts }, null, 2)}\n`);
      if (receipts.some((receipt) => receipt.status === "refused")) process.exitCode = 1;
    });
}
