import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { testEngines } from "../warehouse/test-stores.ts";
import { runCli } from "./run-cli.ts";

const password = "S3cr3t-p4ss";
const fixture = join(import.meta.dirname, "../fixtures/deliveries/signalen");
const home = mkdtempSync(join(tmpdir(), "normmonitor-secrets-"));
const server = testEngines().find((engine) => engine.engine === "postgres");

/** The test server's host and port with a password it ignores (trust) and a database it lacks. */
function missingDatabaseUrl(): string {
  const url = new URL(process.env.DATABASE_URL ?? "postgres://127.0.0.1:5432/");
  url.username = "postgres";
  url.password = password;
  url.pathname = `/nm_geen_${randomBytes(6).toString("hex")}`;
  return url.toString();
}

/** Every command that opens the store; each must fail on these URLs, so none reaches a second step. */
const commands = [["ingest", fixture], ["status"], ["build"], ["migrate"]];

interface Case {
  name: string;
  args: string[];
  env: Record<string, string>;
  /** What the operator must see instead: the URL that was tried, masked. */
  shown: string;
}

function cases(url: string, label: string): Case[] {
  const shown = url.replace(`:${password}@`, ":***@");
  return commands.map((args) => ({
    name: `${args[0]} (${label})`,
    args,
    env: { DATABASE_URL: url },
    shown,
  }));
}

describe.skipIf(server?.skip !== undefined)("a password in a database URL", () => {
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  const unreachable = `postgres://postgres:${password}@127.0.0.1:1/normmonitor`;
  const missing = missingDatabaseUrl();
  const all: Case[] = [
    ...cases(unreachable, "server unreachable"),
    ...cases(missing, "database missing"),
    {
      // The demo's ingest step is a child process: its stderr is the demo's too.
      name: "demo --no-serve (server unreachable)",
      args: ["demo", "--no-serve"],
      env: { DATABASE_URL: unreachable },
      shown: unreachable.replace(`:${password}@`, ":***@"),
    },
  ];

  it.concurrent.each(all)(
    "is never printed by $name, which shows the masked URL and exits 1",
    async ({ args, env, shown }) => {
      const result = await runCli(args, { NORMMONITOR_HOME: home, ...env });
      const printed = result.stdout + result.stderr;
      expect(printed).not.toContain(password);
      expect(result.stderr).toContain(`Kan de database ${shown} niet openen`);
      expect(result.code).toBe(1);
    },
    120_000,
  );
});
