import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";

const alleDrie = ["gemeente", "politie", "dto"];

const overleg = (
  organisatie: string,
  id: string,
  datum: string,
  type: string,
  aanwezig: string[],
) => ({
  organisatie,
  soort: "overleggen",
  recordId: id,
  occurredAt: datum,
  payload: {
    overleg_id: id,
    datum,
    type,
    niveau: "ambtelijk",
    ondermijning_geagendeerd: true,
    beleidsbesluit_ondermijning: null,
    aanwezig,
    casussen_besproken: 3,
    deelnemers: 8,
  },
});

const signaal = (organisatie: string, id: string, datum: string, besproken: boolean | null) => ({
  organisatie,
  soort: "signalen",
  recordId: id,
  occurredAt: datum,
  payload: {
    signaal_id: id,
    datum_ontvangen: datum,
    bron: "toezicht",
    fenomeen: "vastgoed",
    gemeente: organisatie,
    besproken_in_loo: besproken,
    datum_besproken_loo: null,
    opvolging: null,
    datum_afgesloten: null,
  },
});

describe("ambitiepunt 8: a lokaal ondermijningsoverleg with gemeente, politie and DTO", () => {
  let warehouse: ModelWarehouse;
  const status = async (organisatie: string, jaar: string) =>
    warehouse.rows(
      `SELECT status, waarde, toelichting FROM norm_indicatoren WHERE ambitiepunt = '8' AND organisatie = '${organisatie}' AND jaar = '${jaar}'`,
    );

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    await warehouse.events([
      // Almere: four LOOs, each with all three (and the OM on one) → voldaan; 1 of 4 signals discussed.
      overleg("GM0034", "A1", "2025-01-20", "loo", alleDrie),
      overleg("GM0034", "A2", "2025-04-20", "loo", [...alleDrie, "om"]),
      overleg("GM0034", "A3", "2025-07-20", "loo", alleDrie),
      overleg("GM0034", "A4", "2025-10-20", "loo", alleDrie),
      signaal("GM0034", "S1", "2025-02-01", true),
      signaal("GM0034", "S2", "2025-02-02", false),
      signaal("GM0034", "S3", "2025-02-03", null),
      signaal("GM0034", "S4", "2025-02-04", false),
      // Lelystad: four LOOs, one without DTO → deels, 3 of 4 = 0.75.
      overleg("GM0995", "L1", "2025-01-20", "loo", alleDrie),
      overleg("GM0995", "L2", "2025-04-20", "loo", alleDrie),
      overleg("GM0995", "L3", "2025-07-20", "loo", ["gemeente", "politie"]),
      overleg("GM0995", "L4", "2025-10-20", "loo", alleDrie),
      // Dronten: two complete LOOs, fewer than four → deels, 2 of 2 = 1.
      overleg("GM0303", "D1", "2025-03-01", "loo", alleDrie),
      overleg("GM0303", "D2", "2025-09-01", "loo", alleDrie),
      // Urk: overleggen delivered, but no LOO → niet_voldaan.
      overleg("GM0184", "U1", "2025-05-01", "bewustwording", ["gemeente"]),
    ]);
    await warehouse.deliveries([
      ...["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"].flatMap((periode) => [
        { organisatie: "GM0034", soort: "overleggen", periode },
        { organisatie: "GM0995", soort: "overleggen", periode },
      ]),
      { organisatie: "GM0034", soort: "signalen", periode: "2025-Q1" },
      { organisatie: "GM0303", soort: "overleggen", periode: "2025-Q1" },
      { organisatie: "GM0303", soort: "overleggen", periode: "2025-Q3" },
      { organisatie: "GM0184", soort: "overleggen", periode: "2025-Q2" },
    ]);
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("is voldaan with four LOOs that each had gemeente, politie and DTO, naming the signals discussed", async () => {
    expect(await status("GM0034", "2025")).toEqual([
      {
        status: "voldaan",
        waarde: 1,
        toelichting: expect.stringMatching(
          /^4 van 4 LOO-overleggen in 2025 met gemeente, politie, dto aanwezig.*1 van 4 signalen besproken in het LOO\.$/,
        ),
      },
    ]);
  });

  it("is deels with four LOOs when one lacked DTO", async () => {
    expect(await status("GM0995", "2025")).toEqual([
      {
        status: "deels",
        waarde: 0.75,
        toelichting: expect.stringContaining("3 van 4 LOO-overleggen"),
      },
    ]);
  });

  it("is deels with complete LOOs but fewer than four", async () => {
    expect(await status("GM0303", "2025")).toMatchObject([{ status: "deels", waarde: 1 }]);
  });

  it("is niet_voldaan without any LOO, with no share to show", async () => {
    expect(await status("GM0184", "2025")).toMatchObject([
      { status: "niet_voldaan", waarde: null, toelichting: expect.stringContaining("0 van 0") },
    ]);
  });

  it("is geen_gegevens without overleggen delivered", async () => {
    expect(await status("GM0171", "2025")).toMatchObject([
      { status: "geen_gegevens", waarde: null },
    ]);
  });

  it("does not apply to the province", async () => {
    expect(await status("PV24", "2025")).toMatchObject([{ status: "nvt" }]);
  });
});
