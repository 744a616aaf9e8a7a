import { describe, expect, it } from "vitest";
import { findKind, kinds } from "../../../ingest/kinds/registry.ts";
import { rowContext } from "../fields/row-context.ts";

describe("kinds", () => {
  it("holds the eight export kinds of the contract", () => {
    expect(kinds.map((kind) => kind.soort)).toEqual([
      "signalen",
      "controles",
      "bibob",
      "tips",
      "trainingen",
      "formatie",
      "maatregelen",
      "overleggen",
    ]);
  });

  it("makes formatie and maatregelen snapshot kinds and the others period kinds", () => {
    const snapshots = kinds.filter((kind) => kind.mode === "snapshot").map((kind) => kind.soort);
    expect(snapshots).toEqual(["formatie", "maatregelen"]);
  });

  it.each(kinds.map((kind) => [kind.soort, kind] as const))(
    "%s: required, key and reference columns are known columns",
    (_, kind) => {
      for (const column of [...kind.required, ...kind.keyColumns, kind.referenceColumn]) {
        expect(kind.columns).toContain(column);
      }
      expect(kind.required).toContain(kind.referenceColumn);
    },
  );

  it.each(kinds.map((kind) => [kind.soort, kind] as const))(
    "%s: the schema reports problems on known columns only, never on an unknown one",
    (_, kind) => {
      const schema = kind.schema(rowContext(undefined, "POLITIE-FL"));
      const result = schema.safeParse({ onbekende_kolom: "x" });
      expect(result.success).toBe(false);
      const reported = new Set(result.error?.issues.map((issue) => String(issue.path[0])));
      expect(reported.has("onbekende_kolom")).toBe(false);
      for (const column of reported) expect(kind.columns).toContain(column);
    },
  );
});

describe("findKind(soort)", () => {
  it("finds a kind in any case", () => {
    expect(findKind("Signalen")?.soort).toBe("signalen");
    expect(findKind(" BIBOB ")?.soort).toBe("bibob");
  });

  it("gives undefined for a kind the product does not know", () => {
    expect(findKind("meldingen")).toBeUndefined();
  });
});
