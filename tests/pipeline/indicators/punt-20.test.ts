import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";

const training = (
  organisatie: string,
  id: string,
  datum: string,
  onderwerp: string,
  aanbieder: string,
) => ({
  organisatie,
  soort: "trainingen",
  recordId: id,
  occurredAt: datum,
  payload: { training_id: id, datum, onderwerp, aanbieder, doelgroep: "jurist", deelnemers: 6 },
});

describe("ambitiepunt 20: the TOV's yearly training on bestuurlijk instrumentarium", () => {
  let warehouse: ModelWarehouse;
  const status = async (organisatie: string, jaar: string) =>
    warehouse.rows(
      `SELECT status, waarde, toelichting FROM norm_indicatoren WHERE ambitiepunt = '20' AND organisatie = '${organisatie}' AND jaar = '${jaar}'`,
    );

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    await warehouse.events([
      // 2025: the same TOV session reported by two gemeenten; DTO itself delivers none.
      training("GM0034", "A1", "2025-03-12", "bestuurlijk_instrumentarium", "tov"),
      training("GM0995", "L1", "2025-03-12", "bestuurlijk_instrumentarium", "tov"),
      // 2026: only trainings that do not count: another provider, another subject.
      training("GM0034", "A2", "2026-02-01", "bestuurlijk_instrumentarium", "riec"),
      training("GM0034", "A3", "2026-03-01", "ondermijning_signalering", "tov"),
    ]);
    // Trainingen delivered up to 2026-Q1: the stand (from 29-11-2025) overlaps 2026-Q1 but the 2025-Q1 session is outside it.
    await warehouse.deliveries([
      { organisatie: "GM0034", soort: "trainingen", periode: "2025-Q1" },
      { organisatie: "GM0995", soort: "trainingen", periode: "2025-Q1" },
      { organisatie: "GM0034", soort: "trainingen", periode: "2026-Q1" },
    ]);
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("is voldaan for DTO with a TOV training on bestuurlijk instrumentarium delivered by any organisation", async () => {
    expect(await status("DTO-FL", "2025")).toEqual([
      {
        status: "voldaan",
        waarde: 2,
        toelichting: expect.stringContaining(
          "2 TOV-training(en) bestuurlijk instrumentarium in 2025, aangeleverd door 2 organisatie(s)",
        ),
      },
    ]);
  });

  it("is niet_voldaan when trainingen were delivered but none by the TOV on the subject", async () => {
    expect(await status("DTO-FL", "2026")).toMatchObject([{ status: "niet_voldaan", waarde: 0 }]);
    expect(await status("DTO-FL", "stand")).toMatchObject([{ status: "niet_voldaan", waarde: 0 }]);
  });

  it("does not apply to a gemeente", async () => {
    expect(await status("GM0034", "2025")).toMatchObject([{ status: "nvt", waarde: null }]);
  });
});

describe("ambitiepunt 20 without any trainingen delivered", () => {
  let warehouse: ModelWarehouse;
  beforeAll(async () => {
    warehouse = await modelWarehouse();
    await warehouse.deliveries([
      { organisatie: "GM0034", soort: "overleggen", periode: "2025-Q1" },
    ]);
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("is geen_gegevens", async () => {
    expect(
      await warehouse.rows(
        "SELECT status, waarde, toelichting FROM norm_indicatoren WHERE ambitiepunt = '20' AND organisatie = 'DTO-FL' AND jaar = '2025'",
      ),
    ).toEqual([
      {
        status: "geen_gegevens",
        waarde: null,
        toelichting: expect.stringContaining(
          "Geen enkele organisatie heeft trainingen aangeleverd over 2025",
        ),
      },
    ]);
  });
});
