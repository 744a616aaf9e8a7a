import { inspect } from "node:util";
import { Command, CommanderError } from "commander";
import { StoreUnavailableError } from "../../warehouse/store-unavailable-error.ts";
import { CliError } from "./cli-error.ts";
import { registerBuild } from "./commands/build.ts";
import { registerDemo } from "./commands/demo.ts";
import { registerExplain } from "./commands/explain.ts";
import { registerExport } from "./commands/export.ts";
import { registerFactsheet } from "./commands/factsheet.ts";
import { registerGenerate } from "./commands/generate.ts";
import { registerIndicators } from "./commands/indicators.ts";
import { registerIngest } from "./commands/ingest.ts";
import { registerMigrate } from "./commands/migrate.ts";
import { registerSite } from "./commands/site.ts";
import { registerStatus } from "./commands/status.ts";
import { hideSecrets } from "./hide-secrets.ts";

const program = new Command("normmonitor")
  .description(
    "Normmonitor Flevoland: de Flevolandse Norm 2.0 gevolgd uit aanleveringen van partners",
  )
  .exitOverride()
  .showHelpAfterError();

// A reader that stops early (`| head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

registerIngest(program);
registerStatus(program);
registerBuild(program);
registerIndicators(program);
registerExplain(program);
registerGenerate(program);
registerSite(program);
registerDemo(program);
registerExport(program);
registerFactsheet(program);
registerMigrate(program);

// The only place where errors become exit codes: 0 done, 1 refused input or failed run, 2 usage.
try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof CliError || error instanceof StoreUnavailableError) {
    process.stderr.write(`normmonitor: ${hideSecrets(error.message)}\n`);
    process.exitCode = error.exitCode;
  } else {
    // A bug: printed with its stack and causes as Node would, but never with a password.
    process.stderr.write(`${hideSecrets(inspect(error))}\n`);
    process.exitCode = 1;
  }
}
