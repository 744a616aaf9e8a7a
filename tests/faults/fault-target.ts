import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { StoreOptions } from "../../warehouse/open-store.ts";
import { onServer } from "../warehouse/test-stores.ts";

/** One NORMMONITOR_HOME and its store, as the CLI under test and the checks reach them. */
export interface FaultTarget {
  label: string;
  home: string;
  /** The environment the CLI runs with. */
  env: Record<string, string | undefined>;
  store: StoreOptions;
  dispose(): Promise<void>;
}

/** A new home on the embedded database (created by the first CLI run, not here). */
export async function pgliteTarget(label: string): Promise<FaultTarget> {
  const home = await mkdtemp(join(tmpdir(), "normmonitor-fault-"));
  return {
    label,
    home,
    env: { NORMMONITOR_HOME: home, DATABASE_URL: undefined },
    store: { home },
    dispose: () => rm(home, { recursive: true, force: true }),
  };
}

/** A new home and a database of its own on the server of `baseUrl`. */
export async function serverTarget(label: string, baseUrl: string): Promise<FaultTarget> {
  const home = await mkdtemp(join(tmpdir(), "normmonitor-fault-"));
  const name = `nm_fault_${randomBytes(6).toString("hex")}`;
  await onServer(baseUrl, `CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  return {
    label,
    home,
    env: { NORMMONITOR_HOME: home, DATABASE_URL: databaseUrl },
    store: { databaseUrl },
    dispose: async () => {
      await onServer(baseUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await rm(home, { recursive: true, force: true });
    },
  };
}
