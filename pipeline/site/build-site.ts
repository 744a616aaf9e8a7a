import { spawn } from "node:child_process";
import { cp, mkdir, readFile, rename, rm, symlink, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import type { Audience } from "../norm/publication-rules.ts";
import { withDutchLang } from "./dutch-html.ts";
import { folderFiles, type SiteFile } from "./folder-files.ts";
import { prepareOfflineNpmCache } from "./offline-npm-cache.ts";
import { pageData } from "./page-data.ts";
import { findPreviousBuild } from "./previous-build.ts";
import { readSiteInput } from "./site-input.ts";

const repoRoot = resolve(import.meta.dirname, "../..");
const framework = join(repoRoot, "node_modules/@observablehq/framework/dist/bin/observable.js");

export interface SiteBuild {
  folder: string;
  seconds: number;
  files: SiteFile[];
}

/** Where a site for one audience is built: `<home>/site/<audience>`. */
export function siteFolder(home: string, audience: Audience): string {
  return join(home, "site", audience);
}

/** Where the build reads from: only that audience's folder of the current output. */
export function siteInputFolder(home: string, audience: Audience): string {
  return join(home, "output", "huidig", audience);
}

function runFramework(cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [framework, "build"], {
      cwd,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on("error", fail);
    child.on("close", (code) =>
      code === 0
        ? done()
        : fail(new Error(`Observable Framework build failed (${code}):\n${output}`)),
    );
  });
}

/**
 * Builds the site for one audience from `<home>/output/huidig/<audience>` into
 * `<home>/site/<audience>`. The pages are copied into a scratch folder of their own with only that
 * audience's data beside them, so Framework's cache can never serve one audience's data to the
 * other, and two audiences can build at once. Needs no network.
 */
export async function buildSite(options: { home: string; audience: Audience }): Promise<SiteBuild> {
  const started = performance.now();
  const { home, audience } = options;
  const input = await readSiteInput(siteInputFolder(home, audience));
  const previous = await findPreviousBuild(home, audience, input.as_of);
  const work = join(home, "site", `.bouw-${audience}`);
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  await cp(
    join(repoRoot, "dashboards/observablehq.config.js"),
    join(work, "observablehq.config.js"),
  );
  await cp(join(repoRoot, "dashboards/src"), join(work, "src"), {
    recursive: true,
    filter: (source) => !source.includes(".observablehq"),
  });
  // Framework resolves imports such as "@observablehq/plot" from the node_modules above its root.
  await symlink(join(repoRoot, "node_modules"), join(work, "node_modules"), "dir");
  for (const [path, value] of pageData(input, previous)) {
    const file = join(work, "src", path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(value));
  }
  await prepareOfflineNpmCache(join(work, "src"));
  await runFramework(work, {
    ...process.env,
    OBSERVABLE_TELEMETRY_DISABLE: "true",
    NORMMONITOR_SITE_MARKERING: input.markering ?? "",
  });
  const dist = join(work, "dist");
  for (const file of await folderFiles(dist)) {
    if (!file.path.endsWith(".html")) continue;
    const path = join(dist, file.path);
    await writeFile(path, withDutchLang(await readFile(path, "utf8")));
  }
  const folder = siteFolder(home, audience);
  await rm(folder, { recursive: true, force: true });
  await rename(dist, folder);
  await rm(work, { recursive: true, force: true });
  return {
    folder,
    seconds: (performance.now() - started) / 1000,
    files: await folderFiles(folder),
  };
}
