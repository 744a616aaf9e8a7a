import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";
import { formatie, snapshot } from "./snapshot-events.ts";

const training = (
  organisatie: string,
  id: string,
  datum: string,
  onderwerp: string,
  doelgroep: string,
  deelnemers: number,
) => ({
  organisatie,
  soort: "trainingen",
  recordId: id,
  occurredAt: datum,
  payload: { training_id: id, datum, onderwerp, aanbieder: "lbb", doelgroep, deelnemers },
});

describe("ambitiepunt 14: a yearly training for every Bibob employee", () => {
  let warehouse: ModelWarehouse;
  const status = async (organisatie: string, jaar: string) =>
    warehouse.rows(
      `SELECT status, waarde, toelichting FROM norm_indicatoren WHERE ambitiepunt = '14' AND organisatie = '${organisatie}' AND jaar = '${jaar}'`,
    );

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    const maart = "2025-03-31";
    await warehouse.events([
      // Almere: 4 Bibob employees (the boa's do not count); 3 trained on bibob → 0.75, deels.
      formatie("GM0034", "bibob_medewerker", 4, maart),
      formatie("GM0034", "boa_ondermijning", 3, maart),
      training("GM0034", "T1", "2025-05-01", "bibob", "bibob_medewerker", 3),
      // Neither a jurist's Bibob training nor an integrity training of Bibob employees counts.
      training("GM0034", "T2", "2025-05-02", "bibob", "jurist", 2),
      training("GM0034", "T3", "2025-05-03", "integriteit", "bibob_medewerker", 5),
      // Lelystad: 2 of 2 → 1, voldaan.
      formatie("GM0995", "bibob_medewerker", 2, maart),
      training("GM0995", "T1", "2025-09-01", "bibob", "bibob_medewerker", 2),
      // Dronten: 1 of 4 → 0.25, niet_voldaan.
      formatie("GM0303", "bibob_medewerker", 4, maart),
      training("GM0303", "T1", "2025-09-01", "bibob", "bibob_medewerker", 1),
      // Urk: participants, but no Bibob employee in the formatie → niet_voldaan.
      formatie("GM0184", "boa_ondermijning", 1, maart),
      training("GM0184", "T1", "2025-09-01", "bibob", "bibob_medewerker", 2),
      // Noordoostpolder: trainingen but no formatie; Zeewolde: formatie but no trainingen.
      training("GM0171", "T1", "2025-09-01", "bibob", "bibob_medewerker", 2),
      formatie("GM0050", "bibob_medewerker", 2, maart),
    ]);
    await warehouse.deliveries([
      ...["GM0034", "GM0995", "GM0303", "GM0184", "GM0050"].map((o) =>
        snapshot(o, "formatie", maart),
      ),
      { organisatie: "GM0034", soort: "trainingen", periode: "2025-Q2" },
      ...["GM0995", "GM0303", "GM0184", "GM0171"].map((organisatie) => ({
        organisatie,
        soort: "trainingen",
        periode: "2025-Q3",
      })),
    ]);
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("is voldaan when the participants cover every Bibob employee", async () => {
    expect(await status("GM0995", "2025")).toEqual([
      {
        status: "voldaan",
        waarde: 1,
        toelichting: expect.stringContaining("dekking 100 %"),
      },
    ]);
  });

  it("is deels at 75 %, counting only Bibob trainings of Bibob employees", async () => {
    expect(await status("GM0034", "2025")).toEqual([
      {
        status: "deels",
        waarde: 0.75,
        toelichting: expect.stringContaining(
          "3 deelnemer(s) aan Bibob-trainingen in 2025 voor 4 Bibob-medewerker(s) in de formatie: dekking 75 %",
        ),
      },
    ]);
  });

  it("is niet_voldaan below 50 %, or without Bibob employees to cover", async () => {
    expect(await status("GM0303", "2025")).toMatchObject([
      { status: "niet_voldaan", waarde: 0.25 },
    ]);
    expect(await status("GM0184", "2025")).toMatchObject([
      {
        status: "niet_voldaan",
        waarde: null,
        toelichting: expect.stringContaining("geen Bibob-medewerkers in de formatie"),
      },
    ]);
  });

  it("is geen_gegevens without a formatie or without trainingen", async () => {
    expect(await status("GM0171", "2025")).toMatchObject([
      {
        status: "geen_gegevens",
        waarde: null,
        toelichting: expect.stringContaining("Geen formatie"),
      },
    ]);
    expect(await status("GM0050", "2025")).toMatchObject([
      { status: "geen_gegevens", toelichting: expect.stringContaining("Geen trainingen") },
    ]);
  });

  it("does not apply to the police", async () => {
    expect(await status("POLITIE-FL", "2025")).toMatchObject([{ status: "nvt" }]);
  });
});
