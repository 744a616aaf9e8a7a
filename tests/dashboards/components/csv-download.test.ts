import { describe, expect, it } from "vitest";
import { csvTekst } from "../../../dashboards/src/components/csv-download.js";

describe("csvTekst(rows, columns)", () => {
  it("writes what Dutch Excel opens: a BOM, `;` between fields, a decimal comma, CRLF lines", () => {
    const text = csvTekst(
      [{ gemeente: "Almere", per_10000: 9.71, aantal: 220 }],
      [
        ["gemeente", "Gemeente"],
        ["per_10000", "Per 10.000 inwoners"],
        ["aantal", "Aantal"],
      ],
    );
    expect(text).toBe("\ufeffGemeente;Per 10.000 inwoners;Aantal\r\nAlmere;9,71;220\r\n");
  });

  it("quotes fields holding a separator, a quote or a line break, and leaves empty values empty", () => {
    const text = csvTekst(
      [{ t: 'a; "b"', n: null }],
      [
        ["t", "Toelichting"],
        ["n", "Waarde"],
      ],
    );
    expect(text).toBe('\ufeffToelichting;Waarde\r\n"a; ""b""";\r\n');
  });
});
