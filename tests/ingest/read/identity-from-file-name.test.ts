import { describe, expect, it } from "vitest";
import { identityFromFileName } from "../../../ingest/read/identity-from-file-name.ts";

describe("identityFromFileName(fileName)", () => {
  it.each([
    [
      "GM0034_signalen_2025-Q3.csv",
      { organisatie: "GM0034", soort: "signalen", periode: "2025-Q3" },
    ],
    [
      "POLITIE-FL_tips_2026-Q1.csv",
      { organisatie: "POLITIE-FL", soort: "tips", periode: "2026-Q1" },
    ],
    [
      "gm0995_Controles_2025K3.CSV",
      { organisatie: "gm0995", soort: "Controles", periode: "2025K3" },
    ],
    [
      "exports/2025/GM0303_bibob_2025-K2.csv",
      { organisatie: "GM0303", soort: "bibob", periode: "2025-K2" },
    ],
    [
      "C:\\exports\\WS-ZZL_overleggen_2025-Q4.csv",
      { organisatie: "WS-ZZL", soort: "overleggen", periode: "2025-Q4" },
    ],
    [
      "GM0034_formatie_2025-06-30.csv",
      { organisatie: "GM0034", soort: "formatie", periode: "2025-06-30" },
    ],
    [
      "GM0034_signalen_2025-Q3_v2.csv",
      { organisatie: "GM0034", soort: "signalen", periode: "2025-Q3" },
    ],
  ])("reads %s as it is written", (fileName, identity) => {
    expect(identityFromFileName(fileName)).toEqual(identity);
  });

  it.each(["export.csv", "GM0034_signalen.csv", "GM0034__2025-Q3.csv", ""])(
    "finds nothing in %j",
    (fileName) => {
      expect(identityFromFileName(fileName)).toEqual({});
    },
  );
});
