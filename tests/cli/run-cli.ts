import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";

export const cliPath = join(import.meta.dirname, "../../pipeline/cli/bin.js");

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts the CLI as a newcomer would run it (`node pipeline/cli/bin.js …`) with extra environment. */
export function startCli(
  args: readonly string[],
  env: Record<string, string | undefined>,
): { child: ChildProcess; done: Promise<CliResult>; stderr: () => string } {
  const child = spawn(process.execPath, [cliPath, ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const done = new Promise<CliResult>((resolve) => {
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done, stderr: () => stderr };
}

/** Runs the CLI to the end. */
export function runCli(
  args: readonly string[],
  env: Record<string, string | undefined>,
): Promise<CliResult> {
  return startCli(args, env).done;
}

/** Polls until the condition holds (every 20 ms, at most two minutes). */
export async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 120_000) throw new Error("waited two minutes in vain");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
