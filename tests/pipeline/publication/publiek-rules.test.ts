import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";
import { publiekEvents } from "./publiek-fixture.ts";

// Numeric columns that are not counts: rates, shares, medians and averages are published by their own
// rules, and the norm statuses' waarde is public as it is (it concerns organisations, not people).
const notACount = (table: string, column: string) =>
  /^(per_|aandeel_|mediaan_)/.test(column) ||
  ["trefkans", "partners_per_controle"].includes(column) ||
  (table === "pub_norm_indicatoren" && column === "waarde");

describe("the publiek tables", () => {
  let warehouse: ModelWarehouse;

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    await warehouse.events(publiekEvents);
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("hold no count between 1 and 4 in any numeric column of any pub_ table", async () => {
    const columns = await warehouse.rows(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_name LIKE 'pub\\_%' ESCAPE '\\'
         AND data_type IN ('TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT', 'HUGEINT', 'DOUBLE', 'FLOAT')
         OR (table_name LIKE 'pub\\_%' ESCAPE '\\' AND data_type LIKE 'DECIMAL%')`,
    );
    const counts = columns.filter((c) => !notACount(String(c.table_name), String(c.column_name)));
    expect(counts).toContainEqual({ table_name: "pub_tellingen", column_name: "aantal" });
    expect(counts).toContainEqual({ table_name: "pub_beeld_signalen", column_name: "aantal" });
    for (const { table_name, column_name } of counts) {
      const [found] = await warehouse.rows(
        `SELECT count(*)::INTEGER AS n FROM ${table_name} WHERE ${column_name} BETWEEN 1 AND 4`,
      );
      expect({ table_name, column_name, ...found }).toEqual({ table_name, column_name, n: 0 });
    }
  });

  it("hold Bibob for the district per year only", async () => {
    expect(
      await warehouse.rows(
        "SELECT DISTINCT niveau, periode_type FROM pub_beeld_bibob UNION SELECT DISTINCT niveau, periode_type FROM pub_tellingen WHERE tabel = 'beeld_bibob'",
      ),
    ).toEqual([{ niveau: "district", periode_type: "jaar" }]);
    // Three dossiers in the district in 2025.
    expect(
      await warehouse.rows(
        "SELECT aantal, aantal_weergave FROM pub_beeld_bibob WHERE dimensie = 'totaal' AND periode = '2025'",
      ),
    ).toEqual([{ aantal: null, aantal_weergave: "<5" }]);
  });

  it("never leave exactly one hidden non-zero cell in a relation of parts and their total", async () => {
    // Every relation of pub_tellingen, checked against the picture's own counts: the gemeenten of the
    // district, the quarters of a year, and the values of a breakdown of the totaal.
    const cells = `
      SELECT p.*, b.aantal AS echt, p.aantal_weergave IN ('<5', 'onderdrukt') AS verborgen
      FROM pub_tellingen AS p
      JOIN (
        SELECT 'beeld_signalen' AS tabel, gemeente, periode, dimensie, waarde_code, aantal FROM beeld_signalen
        UNION ALL SELECT 'beeld_controles', gemeente, periode, dimensie, waarde_code, aantal FROM beeld_controles
        UNION ALL SELECT 'beeld_trainingen', gemeente, periode, dimensie, waarde_code, aantal FROM beeld_trainingen
      ) AS b USING (tabel, gemeente, periode, dimensie, waarde_code)`;
    const relations = {
      gemeenten: "[tabel, periode, dimensie, waarde_code]",
      kwartalen: "[tabel, gemeente, jaar, dimensie, waarde_code]",
    };
    // MMA's gemeente and quarter cells are all left out (hidden), so its relations are never lonely.
    for (const [name, key] of Object.entries(relations)) {
      const lonely = await warehouse.rows(
        `SELECT '${name}' AS relatie, ${key} AS sleutel FROM (${cells})
         WHERE NOT (tabel = 'beeld_signalen' AND dimensie = 'bron' AND waarde_code = 'mma')
         GROUP BY ALL
         HAVING count_if(verborgen AND echt > 0) = 1`,
      );
      expect(lonely).toEqual([]);
    }
    // Values of a breakdown with their totaal; MMA below the district year is left out, so hidden.
    const lonelyValues = await warehouse.rows(
      `WITH c AS (${cells}),
       mma AS (
         SELECT gemeente, periode, count(*) AS n FROM beeld_signalen
         WHERE dimensie = 'bron' AND waarde_code = 'mma' AND aantal > 0
           AND NOT (niveau = 'district' AND periode_type = 'jaar')
         GROUP BY ALL
       )
       SELECT delen.tabel, delen.gemeente, delen.periode, delen.dimensie
       FROM c AS delen
       JOIN c AS totaal
         ON totaal.tabel = delen.tabel AND totaal.gemeente = delen.gemeente
        AND totaal.periode = delen.periode AND totaal.dimensie = 'totaal'
       LEFT JOIN mma
         ON delen.tabel = 'beeld_signalen' AND delen.dimensie = 'bron'
        AND mma.gemeente = delen.gemeente AND mma.periode = delen.periode
       WHERE delen.dimensie IN ('fenomeen', 'bron', 'onderwerp', 'doelgroep')
       GROUP BY ALL
       HAVING count_if(delen.verborgen AND delen.echt > 0)
         + CAST(any_value(totaal.verborgen AND totaal.echt > 0) AS INTEGER)
         + CAST(any_value(mma.n IS NOT NULL) AS INTEGER) = 1`,
    );
    expect(lonelyValues).toEqual([]);
  });
});
