import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";

const training = (
  id: string,
  datum: string,
  onderwerp: string,
  aanbieder: string,
  doelgroep: string,
  deelnemers: number,
) => ({
  organisatie: "WS-ZZL",
  soort: "trainingen",
  recordId: id,
  occurredAt: datum,
  payload: { training_id: id, datum, onderwerp, aanbieder, doelgroep, deelnemers },
});

const formatie = (rol: string, aantal: number) => ({
  organisatie: "WS-ZZL",
  soort: "formatie",
  recordId: `${rol}|`,
  occurredAt: "2025-03-31",
  payload: { rol, eenheid: null, aantal },
});

const formatieSnapshot = {
  organisatie: "WS-ZZL",
  soort: "formatie",
  periode: "2025-Q1",
  peildatum: "2025-03-31",
};

const statusIn = (warehouse: () => ModelWarehouse) => async (organisatie: string, jaar: string) =>
  warehouse().rows(
    `SELECT status, waarde, toelichting FROM norm_indicatoren WHERE ambitiepunt = '32' AND organisatie = '${organisatie}' AND jaar = '${jaar}'`,
  );

describe("ambitiepunt 32: the waterschap's boa's and toezichthouders trained in signalling", () => {
  let warehouse: ModelWarehouse;
  const status = statusIn(() => warehouse);

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    await warehouse.events([
      // 2 boa's + 2 toezichthouders ondermijning = 4.
      formatie("boa_ondermijning", 2),
      formatie("toezichthouder_ondermijning", 2),
      // 2025: 3 + 1 trained in signalling, by any provider; the training on bestuurlijk instrumentarium does not count.
      training("W1", "2025-04-10", "ondermijning_signalering", "extern", "boa", 3),
      training("W2", "2025-05-10", "ondermijning_signalering", "tov", "toezichthouder", 1),
      training("W3", "2025-05-11", "bestuurlijk_instrumentarium", "tov", "boa", 5),
      // 2026: 1 of 4 → deels (more than 0 %).
      training("W4", "2026-02-10", "ondermijning_signalering", "intern", "boa", 1),
    ]);
    await warehouse.deliveries([
      formatieSnapshot,
      { organisatie: "WS-ZZL", soort: "trainingen", periode: "2025-Q2" },
      { organisatie: "WS-ZZL", soort: "trainingen", periode: "2026-Q1" },
    ]);
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("is voldaan when all of the formatie was trained, by whichever provider", async () => {
    expect(await status("WS-ZZL", "2025")).toEqual([
      {
        status: "voldaan",
        waarde: 1,
        toelichting: expect.stringContaining(
          "in 2025 voor 4 boa's en toezichthouders ondermijning in de formatie: dekking 100 %",
        ),
      },
    ]);
  });

  it("is deels with any coverage above 0 %", async () => {
    expect(await status("WS-ZZL", "2026")).toMatchObject([{ status: "deels", waarde: 0.25 }]);
    // The stand (29-11-2025 up to 28-11-2026) holds only the 2026 training.
    expect(await status("WS-ZZL", "stand")).toMatchObject([{ status: "deels", waarde: 0.25 }]);
  });

  it("does not apply to a gemeente", async () => {
    expect(await status("GM0034", "2025")).toMatchObject([{ status: "nvt", waarde: null }]);
  });
});

describe("ambitiepunt 32 without trained people or trainingen", () => {
  let warehouse: ModelWarehouse;
  const status = statusIn(() => warehouse);

  beforeAll(async () => {
    warehouse = await modelWarehouse();
    await warehouse.events([
      formatie("boa_ondermijning", 3),
      // A Bibob training in 2025 is no signalling training.
      training("W1", "2025-04-10", "bibob", "tov", "boa", 3),
    ]);
    // Trainingen were delivered for 2025 only.
    await warehouse.deliveries([
      formatieSnapshot,
      { organisatie: "WS-ZZL", soort: "trainingen", periode: "2025-Q2" },
    ]);
    await warehouse.build();
  });
  afterAll(() => warehouse.close());

  it("is niet_voldaan at 0 %", async () => {
    expect(await status("WS-ZZL", "2025")).toEqual([
      {
        status: "niet_voldaan",
        waarde: 0,
        toelichting: expect.stringContaining(
          "0 deelnemer(s) aan trainingen signalering ondermijning in 2025 voor 3 boa's",
        ),
      },
    ]);
  });

  it("is geen_gegevens when no trainingen were delivered for the evaluation", async () => {
    expect(await status("WS-ZZL", "2026")).toEqual([
      {
        status: "geen_gegevens",
        waarde: null,
        toelichting: expect.stringContaining("Geen trainingen"),
      },
    ]);
  });
});
