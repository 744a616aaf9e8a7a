import { describe, expect, it } from "vitest";
import { expectedKinds, isPeriodKind } from "../../ingest/expected-deliveries.ts";

describe("expectedKinds(orgType)", () => {
  it("expects all eight kinds from a gemeente", () => {
    expect([...expectedKinds("gemeente")].sort()).toEqual([
      "bibob",
      "controles",
      "formatie",
      "maatregelen",
      "overleggen",
      "signalen",
      "tips",
      "trainingen",
    ]);
  });

  it("expects no integrale controles from the province", () => {
    expect(expectedKinds("provincie")).not.toContain("controles");
    expect(expectedKinds("provincie")).toContain("bibob");
  });

  it("expects controles but no Bibob dossiers from the police", () => {
    expect(expectedKinds("politie")).toContain("controles");
    expect(expectedKinds("politie")).not.toContain("bibob");
  });

  it("expects tips but no signals from the OM, and only meetings, trainings and registers from the DTO", () => {
    expect(expectedKinds("om")).toContain("tips");
    expect(expectedKinds("om")).not.toContain("signalen");
    expect([...expectedKinds("dto")].sort()).toEqual([
      "formatie",
      "maatregelen",
      "overleggen",
      "trainingen",
    ]);
  });

  it("expects signals and controles from the water board, no Bibob", () => {
    expect(expectedKinds("waterschap")).toEqual(
      expect.arrayContaining([
        "signalen",
        "controles",
        "trainingen",
        "formatie",
        "maatregelen",
        "overleggen",
      ]),
    );
    expect(expectedKinds("waterschap")).not.toContain("bibob");
  });
});

describe("isPeriodKind(soort)", () => {
  it("tells quarterly kinds from snapshots", () => {
    expect(isPeriodKind("signalen")).toBe(true);
    expect(isPeriodKind("formatie")).toBe(false);
    expect(isPeriodKind("maatregelen")).toBe(false);
  });
});
