import { describe, expect, it } from "vitest";
import { normaliseColumn } from "../../../ingest/read/normalise-column.ts";

describe("normaliseColumn(name)", () => {
  it.each([
    ["Datum ontvangen", "datum_ontvangen"],
    ["datum_ontvangen", "datum_ontvangen"],
    ["  DATUM-ONTVANGEN ", "datum_ontvangen"],
    ["Datum  -  ontvangen", "datum_ontvangen"],
    ["datum__ontvangen", "datum_ontvangen"],
    ["Geëvalueerd", "geevalueerd"],
    ["Coördinator\u00a0Zorg", "coordinator_zorg"],
    ["__proto__", "proto"],
    ["dup_thema's", "dup_thema's"],
  ])("%j → %j", (name, normalised) => {
    expect(normaliseColumn(name)).toBe(normalised);
  });
});
