import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliPath } from "../cli/run-cli.ts";

const dir = mkdtempSync(join(tmpdir(), "normmonitor-offline-"));
const home = join(dir, "home");

/** Runs a command in a new network namespace: only a loopback device that is down, no route out. */
function offline(command: string, args: readonly string[]) {
  return spawnSync("unshare", ["-n", command, ...args], {
    env: { ...process.env, NORMMONITOR_HOME: home, DATABASE_URL: "" },
    encoding: "utf8",
    timeout: 240_000,
  });
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the site build without any network", () => {
  it("has no network inside `unshare -n` (so the build below proves something)", () => {
    const probe = offline(process.execPath, [
      "-e",
      "fetch('https://registry.npmjs.org/htl').then(() => process.exit(0), () => process.exit(3))",
    ]);
    expect(probe.error).toBeUndefined();
    expect(probe.status, probe.stderr).toBe(3);
  });

  it("generates, ingests, builds and builds both sites with no network at all", () => {
    const deliveries = join(dir, "deliveries");
    for (const args of [
      ["generate", "--out", deliveries],
      ["ingest", deliveries],
      ["build"],
      ["site", "build"],
      ["site", "build", "--audience", "partners"],
    ]) {
      const run = offline(process.execPath, [cliPath, ...args]);
      expect(run.status, `normmonitor ${args.join(" ")}: ${run.stderr}${run.stdout}`).toBe(0);
    }
    for (const audience of ["publiek", "partners"]) {
      const folder = join(home, "site", audience);
      expect(existsSync(join(folder, "index.html"))).toBe(true);
      expect(
        readdirSync(join(folder, "organisaties")).filter((f) => f.endsWith(".html")),
      ).toHaveLength(12);
    }
  }, 300_000);
});
