import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openStore, type Store, type StoreOptions } from "../../warehouse/open-store.ts";

/** A store of its own for one test file, and how to reopen and throw it away. */
export interface TestStore {
  store: Store;
  options: StoreOptions;
  /** Set for the server: a database of this test file alone. */
  databaseUrl?: string;
  dispose(): Promise<void>;
}

export interface TestEngine {
  label: string;
  engine: Store["engine"];
  /** Why this engine's tests are skipped here; undefined when they run. */
  skip: string | undefined;
  open(): Promise<TestStore>;
}

/** The two databases every store test runs against: PGlite always, the server when configured. */
export function testEngines(): TestEngine[] {
  const url = process.env.DATABASE_URL;
  const inCi = process.env.CI === "true";
  const skip = url || inCi ? undefined : "DATABASE_URL is not set";
  return [
    { label: "PGlite", engine: "pglite", skip: undefined, open: openPGliteTestStore },
    {
      label: skip ? `PostgreSQL (skipped: ${skip})` : "PostgreSQL",
      engine: "postgres",
      skip,
      open: async () => {
        // In CI a missing server must fail the run, not pass it by skipping half the tests.
        if (!url) throw new Error("DATABASE_URL is required in CI");
        return openServerTestStore(url);
      },
    },
  ];
}

async function openPGliteTestStore(): Promise<TestStore> {
  const home = await mkdtemp(join(tmpdir(), "normmonitor-store-"));
  const options = { home };
  const fixture: TestStore = {
    store: await openStore(options),
    options,
    dispose: async () => {
      await fixture.store.close();
      await rm(home, { recursive: true, force: true });
    },
  };
  return fixture;
}

/** A fresh database per test file: files run in parallel forks on one server. */
async function openServerTestStore(baseUrl: string): Promise<TestStore> {
  const name = `nm_test_${randomBytes(6).toString("hex")}`;
  await onServer(baseUrl, `CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const options = { databaseUrl: url.toString() };
  const fixture: TestStore = {
    store: await openStore(options),
    options,
    databaseUrl: url.toString(),
    dispose: async () => {
      await fixture.store.close();
      await onServer(baseUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
  return fixture;
}

/** Runs one statement on the server (CREATE / DROP DATABASE cannot run in a transaction). */
export async function onServer(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
