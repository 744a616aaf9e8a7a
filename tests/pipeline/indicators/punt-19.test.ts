import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";

const training = (
  organisatie: string,
  id: string,
  datum: string,
  onderwerp: string,
  aanbieder: string,
  doelgroep: string,
  deelnemers: number,
) => ({
  organisatie,
  soort: "trainingen",
  recordId: id,
  occurredAt: datum,
  payload: { training_id: id, datum, onderwerp, aanbieder, doelgroep, deelnemers },
});

const formatie = (organisatie: string, peildatum: string, rol: string, aantal: number) => ({
  organisatie,
  soort: "formatie",
  recordId: `${rol}|`,
  occurredAt: peildatum,
  payload: { rol, eenheid: null, aantal },
});

describe("ambitiepunt 19: TOV training of the boa's and toezichthouders ondermijning", () => {
  let warehouse: ModelWarehouse;
  const status = async (organisatie: string, jaar: string) =>
    warehouse.rows(
      `SELECT status, waarde, toelichting FROM norm_indicatoren WHERE ambitiepunt = '19' AND organisatie = '${organisatie}' AND jaar = '${jaar}'`,
    );

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    await warehouse.events([
      // Almere: 3 boa's + 1 toezichthouder ondermijning (Bibob staff do not count) = 4.
      formatie("GM0034", "2025-03-31", "boa_ondermijning", 3),
      formatie("GM0034", "2025-03-31", "toezichthouder_ondermijning", 1),
      formatie("GM0034", "2025-03-31", "bibob_medewerker", 5),
      // 2025: 3 + 1 participants count; the RIEC, Bibob and jurist trainings do not → 4 / 4.
      training("GM0034", "A1", "2025-04-10", "ondermijning_signalering", "tov", "boa", 3),
      training(
        "GM0034",
        "A2",
        "2025-05-10",
        "bestuurlijk_instrumentarium",
        "tov",
        "toezichthouder",
        1,
      ),
      training("GM0034", "A3", "2025-05-11", "ondermijning_signalering", "riec", "boa", 5),
      training("GM0034", "A4", "2025-05-12", "bibob", "tov", "boa", 2),
      training("GM0034", "A5", "2025-05-13", "ondermijning_signalering", "tov", "jurist", 4),
      // From mid 2026 Almere has 6 boa's: 4 trained in 2026 of 6 + 1 = 4 / 7.
      {
        ...formatie("GM0034", "2026-06-30", "boa_ondermijning", 6),
        type: "RecordCorrected" as const,
      },
      training("GM0034", "A6", "2026-09-01", "ondermijning_signalering", "tov", "boa", 4),
      // Lelystad: 2 of 4 boa's trained → exactly the 50 % for deels.
      formatie("GM0995", "2025-03-31", "boa_ondermijning", 4),
      training("GM0995", "L1", "2025-06-01", "ondermijning_signalering", "tov", "boa", 2),
      // Dronten: 1 of 4 toezichthouders → 25 %.
      formatie("GM0303", "2025-03-31", "toezichthouder_ondermijning", 4),
      training(
        "GM0303",
        "D1",
        "2025-06-01",
        "bestuurlijk_instrumentarium",
        "tov",
        "toezichthouder",
        1,
      ),
      // Noordoostpolder: trained people but no boa's or toezichthouders ondermijning in the formatie.
      formatie("GM0171", "2025-03-31", "bibob_medewerker", 2),
      training("GM0171", "N1", "2025-06-01", "ondermijning_signalering", "tov", "boa", 2),
      // Urk: trainingen but no formatie. Zeewolde: formatie but no trainingen.
      training("GM0184", "U1", "2025-06-01", "ondermijning_signalering", "tov", "boa", 2),
      formatie("GM0050", "2025-03-31", "boa_ondermijning", 2),
    ]);
    const snapshot = (organisatie: string, peildatum: string, periode: string) => ({
      organisatie,
      soort: "formatie",
      periode,
      peildatum,
    });
    await warehouse.deliveries([
      snapshot("GM0034", "2025-03-31", "2025-Q1"),
      snapshot("GM0034", "2026-06-30", "2026-Q2"),
      snapshot("GM0995", "2025-03-31", "2025-Q1"),
      snapshot("GM0303", "2025-03-31", "2025-Q1"),
      snapshot("GM0171", "2025-03-31", "2025-Q1"),
      snapshot("GM0050", "2025-03-31", "2025-Q1"),
      { organisatie: "GM0034", soort: "trainingen", periode: "2025-Q2" },
      { organisatie: "GM0034", soort: "trainingen", periode: "2026-Q3" },
      { organisatie: "GM0995", soort: "trainingen", periode: "2025-Q2" },
      { organisatie: "GM0303", soort: "trainingen", periode: "2025-Q2" },
      { organisatie: "GM0171", soort: "trainingen", periode: "2025-Q2" },
      { organisatie: "GM0184", soort: "trainingen", periode: "2025-Q2" },
    ]);
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("is voldaan when the TOV trained as many boa's and toezichthouders as the formatie has", async () => {
    expect(await status("GM0034", "2025")).toEqual([
      {
        status: "voldaan",
        waarde: 1,
        toelichting: expect.stringContaining(
          "4 deelnemer(s) aan TOV-trainingen in 2025 voor 4 boa's en toezichthouders ondermijning in de formatie: dekking 100 %",
        ),
      },
    ]);
  });

  it("is deels from 50 %, dividing by the formatie in force on the evaluation's peildatum", async () => {
    expect(await status("GM0995", "2025")).toMatchObject([{ status: "deels", waarde: 0.5 }]);
    expect(await status("GM0034", "2026")).toEqual([
      {
        status: "deels",
        waarde: 4 / 7,
        toelichting: expect.stringContaining(
          "4 deelnemer(s) aan TOV-trainingen in 2026 voor 7 boa's en toezichthouders ondermijning in de formatie: dekking 57 %",
        ),
      },
    ]);
  });

  it("is niet_voldaan below 50 %, and when the formatie has no boa's or toezichthouders", async () => {
    expect(await status("GM0303", "2025")).toMatchObject([
      { status: "niet_voldaan", waarde: 0.25 },
    ]);
    expect(await status("GM0171", "2025")).toEqual([
      {
        status: "niet_voldaan",
        waarde: null,
        toelichting: expect.stringContaining(
          "geen boa's of toezichthouders ondermijning in de formatie op 31-12-2025",
        ),
      },
    ]);
  });

  it("is geen_gegevens without a formatie or without trainingen delivered", async () => {
    expect(await status("GM0184", "2025")).toEqual([
      {
        status: "geen_gegevens",
        waarde: null,
        toelichting: expect.stringContaining("Geen formatie"),
      },
    ]);
    expect(await status("GM0050", "2025")).toEqual([
      {
        status: "geen_gegevens",
        waarde: null,
        toelichting: expect.stringContaining("Geen trainingen"),
      },
    ]);
  });

  it("does not apply to the province", async () => {
    expect(await status("PV24", "2025")).toMatchObject([{ status: "nvt", waarde: null }]);
  });
});
