import { existsSync } from "node:fs";
import type { Command } from "commander";
import { readConfig } from "../../config.ts";
import type { Audience } from "../../norm/publication-rules.ts";
import { buildSite, siteFolder, siteInputFolder } from "../../site/build-site.ts";
import { serveSite } from "../../site/serve-site.ts";
import { CliError } from "../cli-error.ts";

function audience(text: string): Audience {
  if (text === "publiek" || text === "partners") return text;
  throw new CliError(`--audience moet publiek of partners zijn, niet "${text}"`, 2);
}

const kB = (bytes: number) =>
  `${(bytes / 1024).toLocaleString("nl-NL", { maximumFractionDigits: 0 })} kB`;

/** Builds one audience's site and prints its folder, size and time; the run's shell. */
export async function buildSiteCommand(home: string, who: Audience): Promise<string> {
  if (!existsSync(siteInputFolder(home, who)))
    throw new CliError(
      `geen uitvoer in ${siteInputFolder(home, who)}: draai eerst \`normmonitor build\``,
      1,
    );
  const result = await buildSite({ home, audience: who });
  const total = result.files.reduce((sum, file) => sum + file.bytes, 0);
  const pages = result.files.filter((file) => file.path.endsWith(".html")).length;
  const data = result.files.filter((file) => file.path.startsWith("_file/"));
  const dataBytes = data.reduce((sum, file) => sum + file.bytes, 0);
  const seconds = result.seconds.toFixed(1).replace(".", ",");
  process.stdout.write(
    `site (${who}) in ${result.folder}: ${pages} pagina's, ${kB(total)} waarvan ${kB(dataBytes)} gegevens (${seconds} s)\n`,
  );
  return result.folder;
}

/** Serves a built site on 127.0.0.1 until the process is stopped, and prints its address. */
export async function previewSite(folder: string, port: number): Promise<void> {
  const server = await serveSite(folder, port);
  process.stdout.write(`De site staat op ${server.url} (stoppen met Ctrl+C)\n`);
  await new Promise<void>((done) => {
    const stop = () => {
      void server.close().then(done);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}

/** `site build|preview [--audience publiek|partners]`: the district site, offline and per audience. */
export function registerSite(program: Command): void {
  const site = program.command("site").description("de districtssite bouwen of bekijken");
  site
    .command("build")
    .description("de site bouwen uit de laatste uitvoer (zonder netwerk)")
    .option("--audience <publiek>", "publiek (standaard) of partners (VERTROUWELIJK)", "publiek")
    .action(async (flags: { audience: string }) => {
      await buildSiteCommand(readConfig().home, audience(flags.audience));
    });
  site
    .command("preview")
    .description("de gebouwde site tonen op 127.0.0.1")
    .option("--audience <publiek>", "publiek (standaard) of partners", "publiek")
    .option("--port <n>", "poort (0: een vrije poort)", "3000")
    .action(async (flags: { audience: string; port: string }) => {
      const folder = siteFolder(readConfig().home, audience(flags.audience));
      if (!existsSync(folder))
        throw new CliError(`geen site in ${folder}: draai eerst \`normmonitor site build\``, 1);
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65_535)
        throw new CliError(`--port moet een poortnummer zijn, niet "${flags.port}"`, 2);
      await previewSite(folder, port);
    });
}
