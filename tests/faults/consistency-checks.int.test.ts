import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rawTablesSql } from "../../pipeline/sync/raw-tables.ts";
import { lockWarehouse } from "../../pipeline/warehouse-file/lock-warehouse.ts";
import { openDuckDBFile } from "../../pipeline/warehouse-file/open-duckdb-file.ts";
import { warehousePaths } from "../../pipeline/warehouse-file/warehouse-paths.ts";
import { recordDelivery } from "../../warehouse/append-events.ts";
import { openStore } from "../../warehouse/open-store.ts";
import { newTestDelivery } from "../warehouse/new-test-event.ts";
import { checkOutputs } from "./check-outputs.ts";
import { checkStore } from "./check-store.ts";
import { checkWarehouse } from "./check-warehouse.ts";

let home: string;
beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), "normmonitor-checks-"));
});
afterEach(() => rm(home, { recursive: true, force: true }));

const delivery = (id: string, added: number) =>
  `('${id}', 'GM0034_signalen_2025-Q3.csv', 'abc', 'GM0034', 'signalen', '2025-Q3', NULL, 'csv', ${added}, ${added}, 0, 0, 0, 0, now())`;
const event = (position: number, deliveryId: string) =>
  `(${position}, 'e${position}', 'RecordDelivered', 'GM0034', 'signalen', '2025-Q3', 'SIG-${position}', DATE '2025-07-01', now(), '${deliveryId}', 'f.csv', 'abc', 1, NULL, NULL, NULL)`;

describe("the checks of the fault loop find what they look for", () => {
  it("checkWarehouse: a delivery missing an event, an event without its delivery, a checkpoint behind the rows", async () => {
    const file = await openDuckDBFile(warehousePaths(home).file);
    await file.connection.run(rawTablesSql);
    await file.connection.run(
      `INSERT INTO raw_deliveries VALUES ${delivery("d1", 2)}, ${delivery("d2", 1)}`,
    );
    await file.connection.run(
      `INSERT INTO raw_events VALUES ${event(1, "d1")}, ${event(2, "d2")}, ${event(3, "d9")}`,
    );
    await file.connection.run("INSERT INTO sync_state VALUES (2, 10, now())");
    await file.close();

    const check = await checkWarehouse(
      home,
      new Map([
        ["d1", 1],
        ["d2", 2],
      ]),
    );

    expect(check.problems).toEqual([
      "warehouse: delivery d1 promises 2 events, raw_events hold 1",
      "warehouse: delivery d2 has 1 raw events, 2 in the store",
      "warehouse: 1 raw events of delivery d9, which raw_deliveries lacks",
      "warehouse: checkpoint at 2, raw_events reach 3",
    ]);
    expect([check.rawDeliveries, check.rawEvents, check.normIndicatoren]).toEqual([
      2,
      3,
      undefined,
    ]);
  });

  it("checkOutputs: a file of another build and a file the manifest does not list", async () => {
    const folder = join(home, "huidig");
    await mkdir(join(folder, "partners"), { recursive: true });
    const manifest = { gebouwd_op: "B2", bestanden: ["partners/a.json"] };
    await writeFile(join(folder, "manifest.json"), JSON.stringify(manifest));
    await writeFile(join(folder, "partners", "a.json"), '{"gebouwd_op":"B1","rijen":[]}');
    await writeFile(join(folder, "partners", "b.json"), '{"gebouwd_op":"B2","rijen":[]}');

    const check = await checkOutputs(folder);

    expect(check.builtAt).toBe("B2");
    expect(check.problems).toEqual([
      "outputs: files [partners/a.json,partners/b.json] while the manifest lists [partners/a.json]",
      "outputs: partners/a.json is from B1, the manifest from B2",
    ]);
  });

  it("checkStore: a delivery recorded without the events its counts promise", async () => {
    const store = await openStore({ home });
    await store.withTransaction((session) =>
      recordDelivery(
        session,
        // Three records, all added: it promises three events.
        newTestDelivery({
          deliveryId: "00000000-0000-4000-8000-000000000001",
          fileName: "GM0034_signalen_2025-Q3.csv",
          organisatie: "GM0034",
          periode: "2025-Q3",
        }),
      ),
    );
    await store.close();

    const check = await checkStore({ home });

    expect(check.problems).toEqual([
      "store: delivery 00000000-0000-4000-8000-000000000001 promises 3 events and holds 0",
    ]);
  }, 60_000);
});

describe("lockWarehouse(home) after a build was killed holding it", () => {
  it("takes the lock over right away instead of refusing until it has gone stale", async () => {
    const holder = spawn(process.execPath, [
      "--import",
      "tsx",
      join(import.meta.dirname, "hold-warehouse-lock.ts"),
      home,
    ]);
    await once(holder.stdout, "data");
    holder.kill("SIGKILL");
    await once(holder, "exit");

    // proper-lockfile calls a lock stale 5 s after its last refresh (once a second), and retries
    // for 3.5 s: before the fix a build started right after the kill gave up as "in use".
    const unlock = await lockWarehouse(home);
    await unlock();
  }, 30_000);
});
