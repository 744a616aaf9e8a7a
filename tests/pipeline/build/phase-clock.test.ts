import { describe, expect, it } from "vitest";
import { startPhaseClock } from "../../../pipeline/build/phase-clock.ts";

describe("startPhaseClock()", () => {
  it("gives each lap the time since the one before, in seconds", () => {
    const readings = [1_000, 1_250, 4_250, 4_260];
    const clock = startPhaseClock(() => readings.shift() as number);
    clock.lap("openen");
    clock.lap("sync");
    clock.lap("modellen");
    expect(clock.laps).toEqual([
      { phase: "openen", seconds: 0.25 },
      { phase: "sync", seconds: 3 },
      { phase: "modellen", seconds: 0.01 },
    ]);
  });
});
