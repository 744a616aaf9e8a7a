import { describe, expect, it } from "vitest";
import { bibob } from "../../../ingest/kinds/bibob.ts";
import { refusals } from "../fields/refusals.ts";
import { rowContext } from "../fields/row-context.ts";

const csvRow = {
  dossier_id: "BB-2025-031",
  datum_aanvraag: "14-05-2025",
  rechtshandeling: "Vergunning",
  sector: "HORECA",
  eigen_onderzoek: "j",
  tip_ontvangen: "x",
  tip_bron: "politie",
  lbb_advies_aangevraagd: "nee",
  datum_lbb_advies: "",
  mate_van_gevaar: "",
  besluit: "Geweigerd",
  datum_besluit: "2/9/2025",
  aangifte_valsheid: "0",
};

const jsonRow = {
  dossier_id: "BB-2025-031",
  datum_aanvraag: "2025-05-14",
  rechtshandeling: "vergunning",
  sector: "horeca",
  eigen_onderzoek: true,
  tip_ontvangen: true,
  tip_bron: "politie",
  lbb_advies_aangevraagd: false,
  datum_lbb_advies: null,
  mate_van_gevaar: null,
  besluit: "geweigerd",
  datum_besluit: "2025-09-02",
  aangifte_valsheid: false,
};

const payload = {
  dossier_id: "BB-2025-031",
  datum_aanvraag: "2025-05-14",
  rechtshandeling: "vergunning",
  sector: "horeca",
  eigen_onderzoek: true,
  tip_ontvangen: true,
  tip_bron: "politie",
  lbb_advies_aangevraagd: false,
  datum_lbb_advies: null,
  mate_van_gevaar: null,
  besluit: "geweigerd",
  datum_besluit: "2025-09-02",
  aangifte_valsheid: false,
};

describe("bibob", () => {
  it("reads a CSV row and the same row in JSON as the same payload", () => {
    expect(bibob.schema(rowContext(",")).parse(csvRow)).toEqual(payload);
    expect(bibob.schema(rowContext(undefined)).parse(jsonRow)).toEqual(payload);
  });

  it("takes datum_aanvraag as its reference, allowed before the period but not after its end", () => {
    expect(bibob.referenceColumn).toBe("datum_aanvraag");
    expect(bibob.referenceRule).toBe("not-after-end");
  });

  it("requires tip_bron when a tip was received, on tip_bron", () => {
    const row = { ...jsonRow, tip_bron: "" };
    expect(refusals(bibob.schema(rowContext(undefined)).safeParse(row))).toEqual([
      ["tip_bron", "required"],
    ]);
  });

  it("does not require tip_bron when no tip was received or it is unknown", () => {
    const schema = bibob.schema(rowContext(undefined));
    expect(schema.safeParse({ ...jsonRow, tip_ontvangen: false, tip_bron: null }).success).toBe(
      true,
    );
    expect(schema.safeParse({ ...jsonRow, tip_ontvangen: null, tip_bron: null }).success).toBe(
      true,
    );
  });

  it("requires datum_besluit once the besluit is no longer lopend, on datum_besluit", () => {
    const row = { ...jsonRow, datum_besluit: null };
    expect(refusals(bibob.schema(rowContext(undefined)).safeParse(row))).toEqual([
      ["datum_besluit", "required"],
    ]);
  });

  it("accepts an open dossier without datum_besluit", () => {
    const row = { ...jsonRow, besluit: "lopend", datum_besluit: null };
    expect(bibob.schema(rowContext(undefined)).safeParse(row).success).toBe(true);
  });

  it("refuses datum_besluit before datum_aanvraag, on datum_besluit", () => {
    const row = { ...jsonRow, datum_besluit: "2025-05-13" };
    expect(refusals(bibob.schema(rowContext(undefined)).safeParse(row))).toEqual([
      ["datum_besluit", "rule"],
    ]);
  });

  it("refuses an unknown besluit without also asking for datum_besluit", () => {
    const row = { ...jsonRow, besluit: "afgewezen", datum_besluit: null };
    expect(refusals(bibob.schema(rowContext(undefined)).safeParse(row))).toEqual([
      ["besluit", "invalid-code"],
    ]);
  });

  it("requires the booleans eigen_onderzoek and lbb_advies_aangevraagd", () => {
    const row = { ...jsonRow, eigen_onderzoek: "", lbb_advies_aangevraagd: null };
    expect(refusals(bibob.schema(rowContext(undefined)).safeParse(row))).toEqual([
      ["eigen_onderzoek", "required"],
      ["lbb_advies_aangevraagd", "required"],
    ]);
  });
  it("outputs every column of the contract, in its order", () => {
    expect(Object.keys(bibob.schema(rowContext(undefined)).parse(jsonRow))).toEqual(bibob.columns);
  });
});
