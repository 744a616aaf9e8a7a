/** How long one step of a build took. */
export interface PhaseTime {
  phase: string;
  seconds: number;
}

/** Times the steps of a run one after the other: each lap is the time since the previous one. */
export interface PhaseClock {
  lap(phase: string): void;
  readonly laps: readonly PhaseTime[];
}

export function startPhaseClock(now: () => number = () => performance.now()): PhaseClock {
  let last = now();
  const laps: PhaseTime[] = [];
  return {
    lap(phase) {
      const at = now();
      laps.push({ phase, seconds: (at - last) / 1000 });
      last = at;
    },
    laps,
  };
}
