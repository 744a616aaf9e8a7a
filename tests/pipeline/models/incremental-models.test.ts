import { afterAll, describe, expect, it } from "vitest";
import { isIncremental } from "../../../pipeline/incremental-models.ts";
import { loadModels } from "../../../pipeline/load-models.ts";
import { type ModelWarehouse, modelWarehouse, type TestEvent } from "../model-warehouse.ts";
import { incrementalModelNames } from "./incremental-model-names.ts";

const signal = (
  id: string,
  organisatie: string,
  date: string,
  opvolging = "lopend",
): TestEvent => ({
  organisatie,
  soort: "signalen",
  recordId: id,
  occurredAt: date,
  payload: {
    signaal_id: id,
    datum_ontvangen: date,
    bron: "mma",
    fenomeen: "hennep",
    gemeente: organisatie,
    besproken_in_loo: false,
    datum_besproken_loo: null,
    opvolging,
    datum_afgesloten: null,
  },
});

const tip = (id: string, organisatie: string, date: string): TestEvent => ({
  organisatie,
  soort: "tips",
  recordId: id,
  occurredAt: date,
  payload: { tip_id: id, datum: date, ontvanger: "gm0171", soort: "bibob_tip" },
});

const firstBuild = "2026-04-01T00:00:00Z";
const laterBuild = "2026-11-28T23:59:59Z";

// Recorded on 2025-01-01 (the helper's default) unless said otherwise: all known at both builds.
const firstDelivery: TestEvent[] = [
  signal("S1", "GM0034", "2025-02-03"),
  signal("S2", "GM0034", "2025-02-04"),
  signal("S3", "GM0034", "2025-03-05"),
  signal("S4", "GM0171", "2025-05-06"),
  // A cell the second delivery leaves alone: the incremental run must keep it, once.
  signal("S7", "GM0050", "2025-08-01"),
  // Already copied by the first build's sync, but recorded after its as-of moment.
  { ...signal("S6", "GM0171", "2025-06-07"), recordedAt: "2026-06-01T00:00:00Z" },
  tip("T1", "GM0034", "2025-01-20"),
];

// Synced after the first build though recorded before it, as a late-committing ingest would be.
const secondDelivery: TestEvent[] = [
  { ...signal("S1", "GM0034", "2025-02-03", "bibob"), type: "RecordCorrected" },
  { ...signal("S2", "GM0034", "2025-02-04"), type: "RecordWithdrawn", payload: null },
  signal("S5", "GM0034", "2026-01-15"),
  tip("T2", "GM0171", "2026-02-10"),
];

/** The same events in a warehouse of its own, every model computed over all cells. */
async function fullBuild(events: readonly TestEvent[], asOf: string): Promise<ModelWarehouse> {
  const warehouse = await modelWarehouse();
  await warehouse.events(events);
  await warehouse.build({ asOf, asOfDate: asOf.slice(0, 10) });
  return warehouse;
}

const bookkeeping = ["raw_events", "raw_deliveries", "sync_state", "pending_cells"];

/** Every model table of `warehouse`, each as its rows in a fixed order. */
async function modelTables(warehouse: ModelWarehouse): Promise<Record<string, unknown[]>> {
  const names = await warehouse.rows(
    `SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()
       AND table_name NOT IN ('build_scope', 'model_versions', ${bookkeeping.map((t) => `'${t}'`).join(", ")})
     ORDER BY table_name`,
  );
  const tables: Record<string, unknown[]> = {};
  for (const { table_name } of names) {
    tables[String(table_name)] = await warehouse.rows(`SELECT * FROM ${table_name} ORDER BY ALL`);
  }
  return tables;
}

const incrementalNames = (timings: { name: string; incremental: boolean }[]) =>
  timings
    .filter((timing) => timing.incremental)
    .map((timing) => timing.name)
    .sort();

describe("incremental model runs", () => {
  it("are marked on exactly the staging models of the period kinds whose rows follow from one cell", () => {
    const marked = loadModels().filter(isIncremental);
    expect(marked.map((model) => model.name).sort()).toEqual(incrementalModelNames);
    // stg_bibob keeps a dossier's version from its latest period: rows across cells, so not marked.
    expect(marked.map((model) => model.name)).not.toContain("stg_bibob");
  });

  const opened: ModelWarehouse[] = [];
  afterAll(() => {
    for (const warehouse of opened) warehouse.close();
  });

  it("recompute only the changed cells and give the tables of a full run", async () => {
    const warehouse = await modelWarehouse();
    opened.push(warehouse);
    await warehouse.events(firstDelivery, { synced: true });
    const first = await warehouse.build(
      { asOf: firstBuild, asOfDate: "2026-04-01" },
      { incremental: true },
    );
    expect(incrementalNames(first)).toEqual([]);
    expect(
      await warehouse.rows("SELECT organisatie, periode FROM pending_cells ORDER BY ALL"),
    ).toEqual([{ organisatie: "GM0171", periode: "2025-Q2" }]);

    await warehouse.events(secondDelivery, { synced: true });
    const second = await warehouse.build({}, { incremental: true });
    expect(incrementalNames(second)).toEqual(incrementalModelNames);
    // S1 corrected, S2 withdrawn, S5 new, S6 counted now that it is known; nothing left pending.
    expect(
      await warehouse.rows("SELECT signaal_id, opvolging FROM stg_signalen ORDER BY 1"),
    ).toEqual([
      { signaal_id: "S1", opvolging: "bibob" },
      { signaal_id: "S3", opvolging: "lopend" },
      { signaal_id: "S4", opvolging: "lopend" },
      { signaal_id: "S5", opvolging: "lopend" },
      { signaal_id: "S6", opvolging: "lopend" },
      { signaal_id: "S7", opvolging: "lopend" },
    ]);
    expect(await warehouse.rows("SELECT * FROM pending_cells")).toEqual([]);

    const full = await fullBuild([...firstDelivery, ...secondDelivery], laterBuild);
    opened.push(full);
    expect(await modelTables(warehouse)).toEqual(await modelTables(full));
  });

  it("recompute every cell of a model whose SQL changed, and of all when the as-of moment goes back", async () => {
    const warehouse = await modelWarehouse();
    opened.push(warehouse);
    await warehouse.events(firstDelivery, { synced: true });
    await warehouse.build({}, { incremental: true });
    await warehouse.events(secondDelivery, { synced: true });
    await warehouse.build({}, { incremental: true });

    await warehouse.rows("UPDATE model_versions SET version = 'older' WHERE name = 'stg_signalen'");
    const changed = await warehouse.build({}, { incremental: true });
    expect(changed.find((t) => t.name === "stg_signalen")?.incremental).toBe(false);
    expect(changed.find((t) => t.name === "stg_tips")?.incremental).toBe(true);

    const back = await warehouse.build(
      { asOf: firstBuild, asOfDate: "2026-04-01" },
      { incremental: true },
    );
    expect(incrementalNames(back)).toEqual([]);
    const full = await fullBuild([...firstDelivery, ...secondDelivery], firstBuild);
    opened.push(full);
    expect(await modelTables(warehouse)).toEqual(await modelTables(full));
  });
});
