import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { compiledEntry } from "../../pipeline/cli/compiled-entry.js";

type Compiled = Awaited<ReturnType<typeof compiledEntry>>;

interface FixtureModule {
  answer: number;
  folder: string;
  sourceUrl: string;
  loadTwice: () => Promise<number>;
}

let project: string;
let cache: string;
let entry: string;

function write(path: string, text: string): void {
  writeFileSync(join(project, path), text);
}

/** A fresh module instance: the query string makes Node load the file anew. */
async function load(compiled: Compiled): Promise<FixtureModule> {
  return (await import(`${compiled.url}?${Math.random()}`)) as FixtureModule;
}

async function compile(): Promise<Compiled> {
  return compiledEntry({ entry, cacheDirectory: cache });
}

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), "normmonitor-compiled-"));
  cache = join(project, "cache");
  mkdirSync(join(project, "lib"));
  entry = join(project, "main.ts");
  write(
    "main.ts",
    [
      'import { folder, sourceUrl } from "./lib/where.ts";',
      "export const answer: number = 6 * 7;",
      "export { folder, sourceUrl };",
      'export const loadTwice = async (): Promise<number> => (await import("./lib/twice.ts")).twice(21);',
    ].join("\n"),
  );
  write(
    "lib/where.ts",
    "export const folder: string = import.meta.dirname;\nexport const sourceUrl: string = import.meta.url;\n",
  );
  write("lib/twice.ts", "export const twice = (n: number): number => 2 * n;\n");
});

afterEach(() => {
  rmSync(project, { recursive: true, force: true });
});

describe("the CLI's compiled entry", () => {
  it("bundles TypeScript once, keeps each source's own import.meta, and loads chunks on demand", async () => {
    const first = await compile();
    expect(first.rebuilt).toBe(true);
    const fixture = await load(first);
    expect(fixture.answer).toBe(42);
    // The bundle lives in the cache, but paths next to a source must resolve next to the source.
    expect(fixture.folder).toBe(join(project, "lib"));
    expect(fixture.sourceUrl).toBe(pathToFileURL(join(project, "lib", "where.ts")).href);
    expect(await fixture.loadTwice()).toBe(42);

    const second = await compile();
    expect(second).toEqual({ url: first.url, rebuilt: false });
  });

  it("makes a new bundle when a source changes, and only then", async () => {
    const first = await compile();
    write("lib/twice.ts", "export const twice = (n: number): number => 3 * n;\n");
    // Same size and a distinct modification time, as an editor's save would leave it.
    utimesSync(join(project, "lib", "twice.ts"), new Date(), new Date(Date.now() + 5_000));
    const changed = await compile();
    expect(changed.rebuilt).toBe(true);
    expect(changed.url).not.toBe(first.url);
    expect(await (await load(changed)).loadTwice()).toBe(63);
    expect((await compile()).rebuilt).toBe(false);
  });

  it("rebuilds when its bundle or its record of the sources is gone or damaged", async () => {
    const first = await compile();
    writeFileSync(join(cache, "current.json"), "{not json");
    const afterDamage = await compile();
    expect(afterDamage).toEqual({ url: first.url, rebuilt: true });
    for (const folder of readdirSync(cache, { withFileTypes: true }))
      if (folder.isDirectory()) rmSync(join(cache, folder.name), { recursive: true });
    const afterLoss = await compile();
    expect(afterLoss.rebuilt).toBe(true);
    expect((await load(afterLoss)).answer).toBe(42);
  });

  it("refuses a source that does not compile, so the caller can fall back to tsx", async () => {
    write("lib/twice.ts", "export const twice = (n: number): number => 2 * ;\n");
    await expect(compile()).rejects.toThrow(/twice\.ts/);
  });
});
