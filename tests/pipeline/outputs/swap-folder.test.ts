import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clearInterruptedSwap, swapIn, swapPaths } from "../../../pipeline/outputs/swap-folder.ts";

let output: string;
let folder: string;

/** A complete set of one build: a manifest and one data file that both name the build. */
async function writeSet(at: string, build: string): Promise<void> {
  await mkdir(join(at, "partners"), { recursive: true });
  await writeFile(join(at, "partners", "norm_indicatoren.json"), build);
  await writeFile(join(at, "manifest.json"), build);
}
const buildIn = (at: string) => [
  readFileSync(join(at, "manifest.json"), "utf8"),
  readFileSync(join(at, "partners", "norm_indicatoren.json"), "utf8"),
];

beforeEach(async () => {
  output = await mkdtemp(join(tmpdir(), "normmonitor-swap-"));
  folder = join(output, "as-of-2026-09-30T215959.999Z");
});
afterEach(() => rm(output, { recursive: true, force: true }));

describe("swapIn(folder)", () => {
  it("replaces the previous set by the new one and leaves nothing beside it", async () => {
    await writeSet(folder, "build 1");
    await writeSet(swapPaths(folder).next, "build 2");

    await swapIn(folder);

    expect(buildIn(folder)).toEqual(["build 2", "build 2"]);
    expect(await readdir(output)).toEqual(["as-of-2026-09-30T215959.999Z"]);
  });

  it("works the first time, when there is no previous set", async () => {
    await writeSet(swapPaths(folder).next, "build 1");
    await swapIn(folder);
    expect(buildIn(folder)).toEqual(["build 1", "build 1"]);
  });

  it("keeps its temporary folders hidden, so a reader of output/ never takes one for a build", () => {
    const { next, retired } = swapPaths(folder);
    expect([next, retired]).toEqual([
      join(output, ".as-of-2026-09-30T215959.999Z.new"),
      join(output, ".as-of-2026-09-30T215959.999Z.old"),
    ]);
  });
});

describe("clearInterruptedSwap(folder)", () => {
  it("puts the previous set back when a kill landed between the two renames", async () => {
    // The state swapIn leaves when killed after its first rename: no folder, old set retired.
    const { next, retired } = swapPaths(folder);
    await writeSet(folder, "build 1");
    await writeSet(next, "build 2");
    await rename(folder, retired);

    await clearInterruptedSwap(folder);

    expect(buildIn(folder)).toEqual(["build 1", "build 1"]);
    expect(existsSync(next) || existsSync(retired)).toBe(false);
  });

  it("throws away a half-written new set and keeps the current one", async () => {
    await writeSet(folder, "build 1");
    await mkdir(join(swapPaths(folder).next, "partners"), { recursive: true });
    await writeFile(join(swapPaths(folder).next, "partners", "norm_indicatoren.json"), "{half");

    await clearInterruptedSwap(folder);

    expect(buildIn(folder)).toEqual(["build 1", "build 1"]);
    expect(await readdir(output)).toEqual(["as-of-2026-09-30T215959.999Z"]);
  });
});
