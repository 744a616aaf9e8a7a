import type { Kill } from "../faults/kill-loop.ts";

/** Everything a soak run tried, summed over its rounds. */
export interface SoakTally {
  rounds: number;
  kills: Kill[];
  reruns: number;
  concurrentIngests: number;
  builds: number;
  /** Delivery files the rounds fed to the CLI (each sample counted once per round). */
  inputs: number;
  eventsChecked: number;
  problems: string[];
}

export const emptyTally = (): SoakTally => ({
  rounds: 0,
  kills: [],
  reruns: 0,
  concurrentIngests: 0,
  builds: 0,
  inputs: 0,
  eventsChecked: 0,
  problems: [],
});

/** Kills counted per command and phase, e.g. `build --full in modellen: 3`, most first. */
export function killsByPhase(kills: readonly Kill[]): string[] {
  const counts = new Map<string, number>();
  for (const kill of kills) {
    // An ingest's phase names the file it was reading; the kind of step is what is counted.
    const phase = kill.phase.startsWith("lezen ") ? "lezen/transactie" : kill.phase;
    const label = `${kill.command} in ${phase}`;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([label, count]) => `${label}: ${count}`);
}

/** The closing lines of a soak run. */
export function formatTally(tally: SoakTally, minutes: number): string {
  return [
    `soak: ${tally.rounds} rounds in ${minutes.toFixed(1)} min`,
    `  kills: ${tally.kills.length} (${killsByPhase(tally.kills).join("; ")})`,
    `  reruns to the end: ${tally.reruns}`,
    `  concurrent ingests: ${tally.concurrentIngests}`,
    `  builds beside ingests: ${tally.builds}`,
    `  delivery files fed in: ${tally.inputs}`,
    `  events checked: ${tally.eventsChecked}`,
    `  problems found: ${tally.problems.length}`,
    ...tally.problems.map((problem) => `    ${problem}`),
  ].join("\n");
}
