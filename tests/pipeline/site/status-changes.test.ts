import { describe, expect, it } from "vitest";
import { statusChanges } from "../../../pipeline/site/status-changes.ts";

const row = (organisatie: string, ambitiepunt: string, jaar: string, status: string) => ({
  organisatie,
  ambitiepunt,
  jaar,
  status,
  toelichting: `${ambitiepunt} bij ${organisatie}`,
});

describe("statusChanges(current, previous)", () => {
  it("lists the stands that differ, ignoring yearly rows and points that do not apply", () => {
    const previous = [
      row("GM0034", "1", "stand", "deels"),
      row("GM0034", "2", "stand", "voldaan"),
      row("GM0034", "1", "2025", "niet_voldaan"),
    ];
    const current = [
      row("GM0034", "1", "stand", "voldaan"),
      row("GM0034", "2", "stand", "voldaan"),
      row("GM0034", "1", "2025", "voldaan"),
      row("DTO-FL", "1", "stand", "nvt"),
    ];
    expect(statusChanges(current, previous)).toEqual([
      {
        organisatie: "GM0034",
        ambitiepunt: "1",
        was: "deels",
        nu: "voldaan",
        toelichting: "1 bij GM0034",
      },
    ]);
  });

  it("reads a pair the previous build did not have as geen_gegevens then", () => {
    const changes = statusChanges([row("PV24", "5", "stand", "deels")], []);
    expect(changes.map((c) => `${c.was} → ${c.nu}`)).toEqual(["geen_gegevens → deels"]);
    expect(statusChanges([row("PV24", "5", "stand", "geen_gegevens")], [])).toEqual([]);
  });
});
