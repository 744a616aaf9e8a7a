// The build benchmarks: a full build with the CLI against the bare transfer of the same events, and
// an incremental build after one more quarter against the full build and against the bare
// transfer of only the added events (what no incremental build can go below).
import pg from "pg";
import { cliPath } from "../cli/run-cli.ts";
import { bareTransfer } from "./bare-transfer.ts";
import { record, results, runSeconds } from "./bench-table.ts";
import { type CommandCost, fasterRun, runCommand } from "./run-command.ts";

interface BuildReceipt {
  phases: { phase: string; seconds: number }[];
  slowestModels: { name: string; seconds: number }[];
  incrementalModels: string[];
}

/** `sync 11.5 · modellen 5.4 · …`: the build's own account of where its seconds went. */
function phaseSummary(receipt: BuildReceipt): string {
  return receipt.phases.map((lap) => `${lap.phase} ${lap.seconds.toFixed(1)}`).join(" · ");
}

function receiptOf(cost: CommandCost): BuildReceipt | undefined {
  try {
    return JSON.parse(cost.stdout ?? "") as BuildReceipt;
  } catch {
    return undefined;
  }
}

export function lastLine(text: string): string {
  const lines = text.trim().split("\n");
  const cause = lines.find((line) => line.includes("Error:")) ?? lines[lines.length - 1] ?? "";
  return cause.trim().slice(0, 160);
}

function recordPhases(benchmark: string, what: string, cost: CommandCost): void {
  const receipt = receiptOf(cost);
  if (!receipt) return;
  // Whatever the CLI spends before its clock starts: Node, module loading, opening the store.
  const inside = receipt.phases.reduce((sum, lap) => sum + lap.seconds, 0);
  record({
    benchmark,
    figure: `${what}: ${phaseSummary(receipt)} s`,
    value: `start ${(cost.seconds - inside).toFixed(1)} s`,
  });
  const slowest = receipt.slowestModels
    .slice(0, 3)
    .map((model) => `${model.name} ${model.seconds.toFixed(1)}`)
    .join(", ");
  record({ benchmark, figure: `${what}, slowest models (s)`, value: slowest });
}

/** Two CLI runs of the command: the faster of the two counts, as for the bare transfer. */
async function fasterOfTwo(args: string[], env: Record<string, string | undefined>) {
  const first = await runCommand(args, env, { keepStdout: true });
  if (first.exitCode !== 0) return { faster: first, seconds: [first.seconds] };
  const second = await runCommand(args, env, { keepStdout: true });
  return { faster: fasterRun(first, second), seconds: [first.seconds, second.seconds] };
}

/**
 * Two full builds with the CLI against the bare transfer of the same events, each side timed
 * twice with the faster counting; resolves to the faster build's seconds.
 */
export async function buildCase(
  name: string,
  url: string | undefined,
  home: string,
  events: number,
): Promise<number | undefined> {
  const env = { DATABASE_URL: url, NORMMONITOR_HOME: home };
  // The bare transfer runs before and after the builds: they then find the store's pages as
  // warm as the second transfer does, and the floor is the faster of the two.
  const bareBefore = url ? await bareTransfer(url) : undefined;
  const { faster: full, seconds } = await fasterOfTwo([cliPath, "build", "--full", "--json"], env);
  const { stdout: _receipt, ...cost } = full;
  results[`build_${name}`] = { events, ...cost, runs: seconds, receipt: receiptOf(full) };
  if (full.exitCode !== 0) {
    record({
      benchmark: `build ${name}`,
      figure: `full build, ${events} events`,
      value: `failed: ${lastLine(full.errorTail)}`,
      met: false,
    });
  } else {
    record({
      benchmark: `build ${name}`,
      figure: `full build, ${events} events (${runSeconds(seconds)})`,
      value: `${full.seconds.toFixed(1)} s`,
    });
    recordPhases(`build ${name}`, "full", full);
  }
  // The floor is still worth knowing when the build above it failed.
  if (url && bareBefore) {
    const bareAfter = await bareTransfer(url);
    const bare = bareBefore.seconds < bareAfter.seconds ? bareBefore : bareAfter;
    results[`build_${name}`] = { ...(results[`build_${name}`] as object), bareBefore, bareAfter };
    record({
      benchmark: `build ${name}`,
      figure: `vs bare transfer (${bareBefore.seconds.toFixed(1)} s before, ${bareAfter.seconds.toFixed(1)} s after)`,
      value: `${bare.seconds.toFixed(1)} s`,
      ...(full.exitCode === 0
        ? {
            ratio: (full.seconds / bare.seconds).toFixed(2),
            target: "≤ 1.50",
            met: full.seconds / bare.seconds <= 1.5,
          }
        : {}),
    });
  }
  return full.exitCode === 0 ? full.seconds : undefined;
}

async function highestPosition(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT coalesce(max(position), 0)::text AS p FROM events");
    return String(rows[0]?.p);
  } finally {
    await client.end();
  }
}

/**
 * Ingests `extra` into the warehouse of a full build and times the incremental build that follows,
 * against the full build and against the bare transfer of only the events it added.
 */
export async function incrementalCase(
  url: string,
  home: string,
  extra: string,
  fullSeconds: number | undefined,
): Promise<void> {
  const benchmark = "build signal large";
  const env = { DATABASE_URL: url, NORMMONITOR_HOME: home };
  const before = await highestPosition(url);
  await runCommand([cliPath, "ingest", extra], env);
  const incremental = await runCommand([cliPath, "build", "--json"], env, { keepStdout: true });
  const { stdout: _receipt, ...cost } = incremental;
  const added = await bareTransfer(url, { where: `position > ${before}` });
  results.build_incremental = {
    ...cost,
    receipt: receiptOf(incremental),
    full: fullSeconds,
    bareOfAdded: added,
  };
  if (fullSeconds === undefined || incremental.exitCode !== 0) {
    record({
      benchmark,
      figure: "incremental, one more quarter",
      value:
        incremental.exitCode === 0
          ? `${incremental.seconds.toFixed(1)} s, no full build to compare`
          : `failed: ${lastLine(incremental.errorTail)}`,
      met: false,
    });
    return;
  }
  record({
    benchmark,
    figure: `incremental, +${added.rows} events, exit ${incremental.exitCode}`,
    value: `${incremental.seconds.toFixed(1)} s`,
    ratio: (incremental.seconds / fullSeconds).toFixed(2),
    target: "≤ 0.10",
    met: incremental.seconds / fullSeconds <= 0.1,
  });
  recordPhases(benchmark, "incremental", incremental);
  record({
    benchmark,
    figure: "floor: bare transfer of the added events",
    value: `${added.seconds.toFixed(1)} s`,
    ratio: (added.seconds / fullSeconds).toFixed(2),
  });
}
