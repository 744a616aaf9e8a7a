import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type CliResult, startCli } from "../cli/run-cli.ts";

const tracer = pathToFileURL(join(import.meta.dirname, "trace-phases.js")).href;

/** A CLI run watched through trace-phases.js: how it ended and the phases it reached, with times. */
export interface TracedRun {
  result: CliResult;
  /** True when this run was killed, false when it ended by itself first. */
  killed: boolean;
  /** Each `fase` line and the milliseconds after the start it arrived. */
  phases: { phase: string; ms: number }[];
  /** The phase it was in when it ended or was killed ("opstarten" before any). */
  lastPhase: string;
  ms: number;
}

/**
 * Runs the CLI with the phase tracer and SIGKILLs it after `killAfterMs`, or as soon as a phase
 * named `killAtPhase` is reported; without either it runs to the end.
 */
export async function tracedRun(
  args: readonly string[],
  env: Record<string, string | undefined>,
  kill: { killAfterMs?: number; killAtPhase?: string } = {},
): Promise<TracedRun> {
  const started = performance.now();
  const nodeOptions = [process.env.NODE_OPTIONS, `--import ${tracer}`].filter(Boolean).join(" ");
  const run = startCli(args, { ...env, NODE_OPTIONS: nodeOptions });
  const phases: { phase: string; ms: number }[] = [];
  let pending = "";
  let killed = false;
  const killNow = () => {
    if (run.child.exitCode !== null || run.child.signalCode !== null) return;
    killed = run.child.kill("SIGKILL");
  };
  run.child.stderr?.on("data", (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines.filter((text) => text.startsWith("fase "))) {
      const phase = line.slice("fase ".length);
      phases.push({ phase, ms: performance.now() - started });
      if (phase === kill.killAtPhase) killNow();
    }
  });
  const timer = kill.killAfterMs === undefined ? undefined : setTimeout(killNow, kill.killAfterMs);
  const result = await run.done;
  clearTimeout(timer);
  return {
    result,
    killed: killed && result.signal === "SIGKILL",
    phases,
    lastPhase: phases.at(-1)?.phase ?? "opstarten",
    ms: performance.now() - started,
  };
}
