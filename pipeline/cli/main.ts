import { inspect } from "node:util";
import { Command, CommanderError } from "commander";
import { StoreUnavailableError } from "../../warehouse/store-unavailable-error.ts";
import { CliError } from "./cli-error.ts";
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

/**
 * Each command's module, loaded only when its command runs: loading them all (DuckDB, Playwright,
 * Framework, PGlite) cost about two seconds of CPU on every run. Help without a command lists all.
 */
const commands: Record<string, () => Promise<(program: Command) => void>> = {
  ingest: async () => (await import("./commands/ingest.ts")).registerIngest,
  status: async () => (await import("./commands/status.ts")).registerStatus,
  build: async () => (await import("./commands/build.ts")).registerBuild,
  indicators: async () => (await import("./commands/indicators.ts")).registerIndicators,
  explain: async () => (await import("./commands/explain.ts")).registerExplain,
  generate: async () => (await import("./commands/generate.ts")).registerGenerate,
  site: async () => (await import("./commands/site.ts")).registerSite,
  demo: async () => (await import("./commands/demo.ts")).registerDemo,
  export: async () => (await import("./commands/export.ts")).registerExport,
  factsheet: async () => (await import("./commands/factsheet.ts")).registerFactsheet,
  migrate: async () => (await import("./commands/migrate.ts")).registerMigrate,
};
const named = process.argv[2];
const needed =
  named !== undefined && Object.hasOwn(commands, named)
    ? [commands[named]]
    : Object.values(commands);
for (const load of needed) if (load) (await load())(program);

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
