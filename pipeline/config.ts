import { resolve } from "node:path";

/** Where the product keeps its data, from the environment (product.md, "The command line"). */
export interface Config {
  /** A PostgreSQL server; undefined means the embedded PGlite under `home`. */
  databaseUrl: string | undefined;
  /** NORMMONITOR_HOME: the embedded database, the warehouse and the outputs. */
  home: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  return { databaseUrl, home: resolve(env.NORMMONITOR_HOME?.trim() || ".normmonitor") };
}

/** Today as jjjj-mm-dd in the Netherlands' calendar. */
export function todayIso(now: Date = new Date()): string {
  return now.toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });
}
