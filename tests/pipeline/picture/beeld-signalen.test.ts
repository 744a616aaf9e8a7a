import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";

const signaal = (
  organisatie: string,
  id: string,
  velden: { datum: string; fenomeen: string; bron: string; gemeente: string } & Record<
    string,
    unknown
  >,
) => ({
  organisatie,
  soort: "signalen",
  recordId: id,
  occurredAt: velden.datum,
  payload: {
    signaal_id: id,
    datum_ontvangen: velden.datum,
    bron: velden.bron,
    fenomeen: velden.fenomeen,
    gemeente: velden.gemeente,
    besproken_in_loo: velden.besproken_in_loo ?? null,
    datum_besproken_loo: null,
    opvolging: velden.opvolging ?? null,
    datum_afgesloten: velden.datum_afgesloten ?? null,
  },
});

const u1 = signaal("GM0184", "U1", {
  datum: "2025-07-02",
  fenomeen: "hennep",
  bron: "burger",
  gemeente: "GM0184",
  besproken_in_loo: true,
  opvolging: "lopend",
  datum_afgesloten: "2025-07-12",
});

describe("beeld_signalen", () => {
  let warehouse: ModelWarehouse;
  const cel = async (gemeente: string, periode: string, dimensie = "totaal", code = "totaal") =>
    warehouse.rows(
      `SELECT niveau, aantal, per_10000, aandeel_besproken_in_loo, aandeel_opgevolgd, mediaan_dagen_tot_afsluiting
       FROM beeld_signalen
       WHERE gemeente = '${gemeente}' AND periode = '${periode}' AND dimensie = '${dimensie}' AND waarde_code = '${code}'`,
    );

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    await warehouse.events([
      // Urk, 2025-Q3: two of its own signals, one withdrawn later, and one from the police about Urk.
      { ...u1, recordedAt: "2025-08-01T10:00:00Z" },
      {
        ...signaal("GM0184", "U2", {
          datum: "2025-07-20",
          fenomeen: "drugs",
          bron: "mma",
          gemeente: "GM0184",
          besproken_in_loo: false,
          opvolging: "lopend",
        }),
        recordedAt: "2025-08-01T10:00:00Z",
      },
      {
        ...signaal("GM0184", "U3", {
          datum: "2025-08-20",
          fenomeen: "drugs",
          bron: "burger",
          gemeente: "GM0184",
        }),
        recordedAt: "2025-08-01T10:00:00Z",
      },
      {
        ...signaal("POLITIE-FL", "P1", {
          datum: "2025-08-01",
          fenomeen: "hennep",
          bron: "politie",
          gemeente: "GM0184",
          besproken_in_loo: true,
          opvolging: "geen",
          datum_afgesloten: "2025-08-31",
        }),
        recordedAt: "2025-08-02T10:00:00Z",
      },
      // The police about Almere: counts for Almere, not for the police.
      {
        ...signaal("POLITIE-FL", "P2", {
          datum: "2025-09-01",
          fenomeen: "witwassen",
          bron: "politie",
          gemeente: "GM0034",
        }),
        recordedAt: "2025-09-02T10:00:00Z",
      },
      // Urk, 2025-Q4: one more.
      {
        ...signaal("GM0184", "U4", {
          datum: "2025-10-05",
          fenomeen: "vastgoed",
          bron: "toezicht",
          gemeente: "GM0184",
        }),
        recordedAt: "2025-11-01T10:00:00Z",
      },
      // Urk corrects U1 (follow-up is now bibob) and withdraws U3.
      {
        ...u1,
        type: "RecordCorrected",
        payload: { ...u1.payload, opvolging: "bibob" },
        recordedAt: "2025-10-01T10:00:00Z",
      },
      {
        organisatie: "GM0184",
        soort: "signalen",
        recordId: "U3",
        occurredAt: "2025-08-20",
        payload: null,
        type: "RecordWithdrawn",
        recordedAt: "2025-10-01T10:00:00Z",
      },
    ]);
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("counts a gemeente's signals per quarter and per 10,000 inhabitants, whoever reported them", async () => {
    // U1, U2 and P1; U3 is withdrawn. 3 × 10,000 / 21,929 = 1.36805…
    const [urk] = await cel("GM0184", "2025-Q3");
    expect(urk).toMatchObject({ niveau: "gemeente", aantal: 3 });
    expect(urk?.per_10000).toBeCloseTo(1.36805, 4);
    expect(await cel("GM0034", "2025-Q3")).toMatchObject([{ aantal: 1 }]);
    expect(
      await warehouse.rows("SELECT * FROM beeld_signalen WHERE gemeente = 'POLITIE-FL'"),
    ).toEqual([]);
  });

  it("adds the quarters up to the year and the gemeenten up to the district", async () => {
    // Urk 2025: 3 + U4 = 4 → 4 × 10,000 / 21,929 = 1.82407…
    const [jaar] = await cel("GM0184", "2025");
    expect(jaar?.aantal).toBe(4);
    expect(jaar?.per_10000).toBeCloseTo(1.82407, 4);
    // District 2025-Q3: Urk 3 + Almere 1 = 4 → 4 × 10,000 / 450,920 = 0.088707…
    const [district] = await cel("DISTRICT", "2025-Q3");
    expect(district).toMatchObject({ niveau: "district", aantal: 4 });
    expect(district?.per_10000).toBeCloseTo(0.088707, 5);
    expect(await cel("DISTRICT", "2025")).toMatchObject([{ aantal: 5 }]);
  });

  it("shows an empty gemeente and quarter as zero", async () => {
    expect(await cel("GM0050", "2025-Q3")).toMatchObject([{ aantal: 0, per_10000: 0 }]);
    expect(await cel("GM0184", "2025-Q1")).toMatchObject([{ aantal: 0 }]);
  });

  it("breaks the count down by fenomeen and by bron", async () => {
    const rows = await warehouse.rows(
      "SELECT dimensie, waarde_code, aantal FROM beeld_signalen WHERE gemeente = 'GM0184' AND periode = '2025-Q3' AND dimensie <> 'totaal' ORDER BY 1, 2",
    );
    expect(rows).toEqual([
      { dimensie: "bron", waarde_code: "burger", aantal: 1 },
      { dimensie: "bron", waarde_code: "mma", aantal: 1 },
      { dimensie: "bron", waarde_code: "politie", aantal: 1 },
      { dimensie: "fenomeen", waarde_code: "drugs", aantal: 1 },
      { dimensie: "fenomeen", waarde_code: "hennep", aantal: 2 },
    ]);
  });

  it("gives the shares discussed in the LOO and followed up, and the median days to closing", async () => {
    // U1 and P1 were discussed of 3 → 2/3; only U1 (corrected to bibob) has a follow-up other than geen/lopend → 1/3;
    // closed: U1 after 10 days, P1 after 30 → median 20.
    const [urk] = await cel("GM0184", "2025-Q3");
    expect(urk?.aandeel_besproken_in_loo).toBeCloseTo(2 / 3, 10);
    expect(urk?.aandeel_opgevolgd).toBeCloseTo(1 / 3, 10);
    expect(urk?.mediaan_dagen_tot_afsluiting).toBe(20);
  });

  it("shows what was known before the correction and the withdrawal when built as of then", async () => {
    await warehouse.build({ asOf: "2025-09-15T00:00:00Z", asOfDate: "2025-09-15" });
    const [urk] = await cel("GM0184", "2025-Q3");
    expect(urk).toMatchObject({ aantal: 4, aandeel_opgevolgd: 0 });
    await warehouse.build();
  });
});
