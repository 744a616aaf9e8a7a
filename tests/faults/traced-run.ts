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

/** When to kill: `afterMs` after the start, or after the `occurrence`-th phase that `phase` matches. */
export interface KillMoment {
  afterMs: number;
  phase?: (name: string) => boolean;
  /** 1 for the first matching phase. */
  occurrence?: number;
}

/**
 * Runs the CLI with the phase tracer and SIGKILLs it at the moment given; without one it runs
 * to the end. Anchoring a kill to a phase keeps it there however busy the machine is.
 */
export async function tracedRun(
  args: readonly string[],
  env: Record<string, string | undefined>,
  kill?: KillMoment,
): Promise<TracedRun> {
  const started = performance.now();
  const nodeOptions = [process.env.NODE_OPTIONS, `--import ${tracer}`].filter(Boolean).join(" ");
  const run = startCli(args, { ...env, NODE_OPTIONS: nodeOptions });
  const phases: { phase: string; ms: number }[] = [];
  let pending = "";
  let killed = false;
  let matched = 0;
  let timer: NodeJS.Timeout | undefined;
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
      if (kill?.phase?.(phase) && ++matched === (kill.occurrence ?? 1))
        timer = setTimeout(killNow, kill.afterMs);
    }
  });
  if (kill && !kill.phase) timer = setTimeout(killNow, kill.afterMs);
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
