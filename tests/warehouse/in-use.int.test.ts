import { type ChildProcess, execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { InUseError } from "../../warehouse/in-use-error.ts";
import { openStore } from "../../warehouse/open-store.ts";

const child = join(import.meta.dirname, "open-store-in-child.ts");
const run = promisify(execFile);

/** Opens the store at home in another process and says how that went. */
async function openInOtherProcess(home: string) {
  const { stdout } = await run(process.execPath, ["--import", "tsx", child, home]);
  return JSON.parse(stdout) as { opened: boolean; name?: string; message?: string };
}

describe("the embedded store shared by two processes", () => {
  let home: string;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    // Created once: making a new PGlite database takes seconds, opening an existing one less.
    home = await mkdtemp(join(tmpdir(), "normmonitor-in-use-"));
    await (await openStore({ home })).close();
  }, 60_000);
  afterEach(() => {
    for (const process of children.splice(0)) process.kill("SIGKILL");
  });
  afterAll(async () => {
    await rm(home, { recursive: true, force: true });
  });

  it("refuses the second process with InUseError, and lets it in once the first has closed", async () => {
    const store = await openStore({ home });
    const whileOpen = await openInOtherProcess(home);
    await store.close();
    const afterClose = await openInOtherProcess(home);

    expect(whileOpen).toMatchObject({ opened: false, name: "InUseError" });
    expect(whileOpen.message).toContain(
      `De database in ${join(home, "pgdata")} is in gebruik door een ander proces (database in use)`,
    );
    expect(afterClose).toEqual({ opened: true });
  }, 60_000);

  it("refuses a second open in the same process too, and closing twice is harmless", async () => {
    const store = await openStore({ home });
    try {
      await expect(openStore({ home })).rejects.toBeInstanceOf(InUseError);
    } finally {
      await store.close();
    }
    await store.close();
  }, 60_000);

  it("does not stay blocked by a process that was killed while holding the store", async () => {
    const holder = spawn(process.execPath, ["--import", "tsx", child, home, "hold"]);
    children.push(holder);
    const [firstOutput] = (await once(holder.stdout, "data")) as [Buffer];
    expect(JSON.parse(firstOutput.toString())).toEqual({ opened: true });
    holder.kill("SIGKILL");
    await once(holder, "exit");
    // The lock goes stale 5 s after its last refresh; opening retries for about 3.5 s.
    await new Promise((resolve) => setTimeout(resolve, 2_500));

    const store = await openStore({ home });
    await store.close();
    expect(store.engine).toBe("pglite");
  }, 60_000);
});
