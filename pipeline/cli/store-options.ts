import type { StoreOptions } from "../../warehouse/open-store.ts";
import { type Config, readConfig } from "../config.ts";

/** What a command does with the store: `ingest` appends, every other step only reads. */
export type Step = "ingest" | "read";

/** Per step, a URL that overrides DATABASE_URL: one environment can hold both roles' URLs. */
export const stepUrlVariables = {
  ingest: "NORMMONITOR_INGEST_DATABASE_URL",
  read: "NORMMONITOR_READ_DATABASE_URL",
} as const satisfies Record<Step, string>;

/** Every variable that may hold a database URL, and so a password. */
export const databaseUrlVariables = ["DATABASE_URL", ...Object.values(stepUrlVariables)];

/**
 * Where a step finds the store: the step's own URL when set, else DATABASE_URL, else the embedded
 * database under NORMMONITOR_HOME (the newcomer's default, unchanged).
 */
export function storeOptionsFor(
  step: Step,
  env: NodeJS.ProcessEnv = process.env,
): Config & StoreOptions {
  const config = readConfig(env);
  const own = env[stepUrlVariables[step]]?.trim() || undefined;
  return {
    ...config,
    databaseUrl: own ?? config.databaseUrl,
    access: step === "ingest" ? "append" : "read",
  };
}
