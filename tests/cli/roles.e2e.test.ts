import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngines } from "../warehouse/test-stores.ts";
import { type CliResult, runCli } from "./run-cli.ts";

const server = testEngines().find((engine) => engine.engine === "postgres");
const fixture = join(import.meta.dirname, "../fixtures/deliveries/signalen");
const home = mkdtempSync(join(tmpdir(), "normmonitor-roles-"));
// The test server trusts 127.0.0.1 and ignores it; in every URL it proves nothing prints it.
const password = "S3cr3t-p4ss";
const name = `nm_test_${randomBytes(6).toString("hex")}`;

/** The test database as a user, with the password when given. */
function urlAs(user: string, withPassword = true): string {
  const url = new URL(process.env.DATABASE_URL ?? "postgres://127.0.0.1:5432/");
  url.username = user;
  url.password = withPassword ? password : "";
  url.pathname = `/${name}`;
  return url.toString();
}
const owner = urlAs("postgres", false);
const append = urlAs("normmonitor_append");
const read = urlAs("normmonitor_read");
const masked = (url: string) => url.replace(`:${password}@`, ":***@");

/** Runs the CLI with the embedded database's home set (unused on the server) and the env given. */
async function cli(args: string[], env: Record<string, string>): Promise<CliResult> {
  const result = await runCli(args, { NORMMONITOR_HOME: home, DATABASE_URL: "", ...env });
  expect(result.stdout + result.stderr).not.toContain(password);
  return result;
}

async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

describe.skipIf(server?.skip !== undefined)("each step with its own role on a server", () => {
  beforeAll(async () => {
    // Not migrated: the first test is the reader meeting a database nobody set up yet.
    await onServer(`CREATE DATABASE ${name}`);
  });
  afterAll(async () => {
    rmSync(home, { recursive: true, force: true });
    await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it("tells the reader to migrate as the owner first (exit 2), and migrate does so", async () => {
    const refused = await cli(["status"], { DATABASE_URL: read });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      `normmonitor: Kan de database ${masked(read)} niet openen (cannot open database): ` +
        "het schema is niet bijgewerkt en de rol normmonitor_read mag het niet bijwerken (schema out of date). " +
        "Voer eerst de migraties uit met de eigenaar van de database: DATABASE_URL=<URL van de eigenaar> normmonitor migrate\n",
    );
    const migrated = await cli(["migrate"], { DATABASE_URL: owner });
    expect(migrated.code).toBe(0);
    expect(migrated.stdout).toMatch(
      new RegExp(`^Het schema van ${owner} is bij: \\d+ migraties, de laatste 2026_`),
    );
  }, 120_000);

  it("refuses ingest with the read URL before any file (exit 2), and ingests with the append URL", async () => {
    const [refused, accepted] = await Promise.all([
      cli(["ingest", fixture], { DATABASE_URL: read }),
      cli(["ingest", fixture], { DATABASE_URL: append }),
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toBe(
      `normmonitor: de rol normmonitor_read mag niets toevoegen aan de database ${masked(read)} (no INSERT privilege). ` +
        "Lees aanleveringen in met de rol normmonitor_append of de eigenaar van de database.\n",
    );
    expect(accepted.code).toBe(0);
    // The original and the re-delivery (see tests/cli/ingest.e2e.test.ts for the counts by hand).
    expect(accepted.stdout.trim().split("\n")).toEqual([
      "✔ GM0303_signalen_2025-Q3.csv (GM0303 signalen 2025-Q3): 4 records; 4 nieuw, 0 gecorrigeerd, 0 ingetrokken, 0 ongewijzigd, 0 waarschuwingen",
      "✔ GM0303_signalen_2025-Q3.csv (GM0303 signalen 2025-Q3): 4 records; 1 nieuw, 1 gecorrigeerd, 1 ingetrokken, 2 ongewijzigd, 0 waarschuwingen",
    ]);
  }, 120_000);

  it("builds with the read URL: the sync only reads", async () => {
    const built = await cli(["build"], { DATABASE_URL: read });
    expect(built.stderr).toBe("");
    expect(built.code).toBe(0);
    // 4 + 1 new + 1 correction + 1 withdrawal; two deliveries.
    expect(built.stdout).toMatch(/^7 nieuwe gebeurtenissen en 2 aanleveringen overgenomen; /);
  }, 120_000);

  it("takes each step's own URL over DATABASE_URL, which may then point anywhere", async () => {
    const nowhere = `postgres://postgres:${password}@127.0.0.1:1/normmonitor`;
    const [status, ingest] = await Promise.all([
      cli(["status"], { DATABASE_URL: nowhere, NORMMONITOR_READ_DATABASE_URL: read }),
      cli(["ingest", join(fixture, "GM0303_signalen_2025-Q3.csv")], {
        DATABASE_URL: nowhere,
        NORMMONITOR_INGEST_DATABASE_URL: append,
      }),
    ]);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/^7 gebeurtenissen uit 2 aanleveringen\n/);
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).toBe(
      "= GM0303_signalen_2025-Q3.csv (GM0303 signalen 2025-Q3): al eerder aangeleverd, niets gewijzigd\n",
    );
  }, 120_000);
});
