import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { settleDisk } from "./settle-disk.ts";

/** What one child process cost: wall time and its peak resident memory. */
export interface CommandCost {
  seconds: number;
  peakRssMb: number;
  exitCode: number;
  /** The end of the child's stderr, kept to explain a failure. */
  errorTail: string;
  /** The child's stdout, when asked for (otherwise discarded). */
  stdout?: string;
}

/**
 * Runs `node <args>` as a child under /usr/bin/time and resolves to its wall time and peak RSS;
 * the child's stdout is discarded (a million-record receipt is not worth printing) unless kept.
 */
export async function runCommand(
  args: readonly string[],
  env: Record<string, string | undefined>,
  options: { keepStdout?: boolean } = {},
): Promise<CommandCost> {
  // GNU time reports max RSS of the child itself, not of this runner.
  const dir = mkdtempSync(join(tmpdir(), "normmonitor-bench-time-"));
  const timeFile = join(dir, "time.txt");
  settleDisk();
  const started = performance.now();
  let errorTail = "";
  let stdout = "";
  try {
    const exitCode = await new Promise<number>((resolve, reject) => {
      const child = spawn(
        "/usr/bin/time",
        ["-f", "%M", "-o", timeFile, process.execPath, ...args],
        { env: childEnv(env), stdio: ["ignore", options.keepStdout ? "pipe" : "ignore", "pipe"] },
      );
      child.stdout?.on("data", (chunk: Buffer) => {
        stdout += chunk.toString("utf8");
      });
      // Progress lines are many and only the last ones explain a failure.
      child.stderr?.on("data", (chunk: Buffer) => {
        errorTail = (errorTail + chunk.toString("utf8")).slice(-2000);
      });
      child.on("error", reject);
      child.on("exit", (code) => resolve(code ?? 1));
    });
    const seconds = (performance.now() - started) / 1000;
    const lines = readFileSync(timeFile, "utf8").trim().split("\n");
    const peakKb = Number(lines[lines.length - 1]);
    return {
      seconds,
      peakRssMb: peakKb / 1024,
      exitCode,
      errorTail,
      ...(options.keepStdout ? { stdout } : {}),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function childEnv(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const merged: NodeJS.ProcessEnv = { ...process.env };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

/** Of two runs of a command, the one that counts: the faster, unless it failed. */
export function fasterRun(first: CommandCost, second: CommandCost): CommandCost {
  return second.exitCode === 0 && second.seconds < first.seconds ? second : first;
}
