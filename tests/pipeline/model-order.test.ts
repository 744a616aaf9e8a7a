import { describe, expect, it } from "vitest";
import {
  dependenciesOf,
  type Model,
  orderModels,
  splitMacros,
} from "../../pipeline/model-order.ts";

const model = (name: string, sql: string): Model => ({ name, kind: "model", layer: "x", sql });

describe("orderModels(steps)", () => {
  it("puts every model after the models it reads, whatever the input order", () => {
    const models = [
      model("ind_a", "SELECT * FROM fct_b JOIN stg_c USING (id)"),
      model("fct_b", "SELECT * FROM stg_c"),
      model("stg_c", "SELECT * FROM raw_events"),
    ];
    expect(orderModels(models).map((m) => m.name)).toEqual(["stg_c", "fct_b", "ind_a"]);
  });

  it("ignores names in comments and string literals", () => {
    const names = new Set(["stg_c", "fct_b"]);
    expect(
      dependenciesOf(model("x", "-- reads fct_b\nSELECT 'stg_c' AS name FROM raw_events"), names),
    ).toEqual([]);
  });

  it("creates a macro after the models it reads and before the models that call it", () => {
    const macros = splitMacros(
      "CREATE OR REPLACE MACRO toepasselijk(p) AS TABLE SELECT * FROM evaluaties;\nCREATE MACRO een() AS 1;\n",
      "models",
    );
    expect(macros.map((m) => [m.name, m.kind])).toEqual([
      ["toepasselijk", "macro"],
      ["een", "macro"],
    ]);
    const steps = [
      model("ind", "SELECT * FROM toepasselijk('1')"),
      ...macros,
      model("evaluaties", "SELECT een() AS x"),
    ];
    expect(orderModels(steps).map((m) => m.name)).toEqual([
      "een",
      "evaluaties",
      "toepasselijk",
      "ind",
    ]);
  });

  it("refuses models that read each other in a circle", () => {
    expect(() =>
      orderModels([model("a", "SELECT * FROM b"), model("b", "SELECT * FROM a")]),
    ).toThrow(/circle: a, b/);
  });
});
