import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ModelWarehouse, modelWarehouse } from "../model-warehouse.ts";

const signal = (id: string, opvolging: string) => ({
  organisatie: "GM0303",
  soort: "signalen",
  recordId: id,
  occurredAt: "2025-07-02",
  payload: {
    signaal_id: id,
    datum_ontvangen: "2025-07-02",
    bron: "mma",
    fenomeen: "hennep",
    gemeente: "GM0303",
    besproken_in_loo: true,
    datum_besproken_loo: null,
    opvolging,
    datum_afgesloten: null,
  },
});

describe("stg_signalen", () => {
  let warehouse: ModelWarehouse;
  beforeAll(async () => {
    warehouse = await modelWarehouse();
    await warehouse.events([
      { ...signal("S1", "lopend"), recordedAt: "2025-08-01T10:00:00Z" },
      { ...signal("S2", "lopend"), recordedAt: "2025-08-01T10:00:00Z" },
      { ...signal("S3", "geen"), recordedAt: "2025-08-01T10:00:00Z" },
      { ...signal("S1", "bibob"), type: "RecordCorrected", recordedAt: "2025-10-01T10:00:00Z" },
      {
        ...signal("S2", "lopend"),
        type: "RecordWithdrawn",
        payload: null,
        recordedAt: "2025-10-01T10:00:00Z",
      },
    ]);
  });
  afterAll(() => warehouse.close());

  it("keeps each signal's latest version and drops withdrawn ones", async () => {
    await warehouse.build();
    expect(
      await warehouse.rows(
        "SELECT signaal_id, opvolging, besproken_in_loo, CAST(datum_ontvangen AS VARCHAR) AS datum FROM stg_signalen ORDER BY 1",
      ),
    ).toEqual([
      { signaal_id: "S1", opvolging: "bibob", besproken_in_loo: true, datum: "2025-07-02" },
      { signaal_id: "S3", opvolging: "geen", besproken_in_loo: true, datum: "2025-07-02" },
    ]);
  });

  it("shows what was known on an earlier moment when built as of it", async () => {
    await warehouse.build({ asOf: "2025-09-01T00:00:00Z", asOfDate: "2025-09-01" });
    expect(
      await warehouse.rows("SELECT signaal_id, opvolging FROM stg_signalen ORDER BY 1"),
    ).toEqual([
      { signaal_id: "S1", opvolging: "lopend" },
      { signaal_id: "S2", opvolging: "lopend" },
      { signaal_id: "S3", opvolging: "geen" },
    ]);
  });
});
