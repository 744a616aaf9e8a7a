import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWarehouse } from "../../../pipeline/build/build-warehouse.ts";
import { warehousePaths } from "../../../pipeline/warehouse-file/warehouse-paths.ts";
import { withWarehouse } from "../../../pipeline/warehouse-file/with-warehouse.ts";
import { appendEvents, recordDelivery } from "../../../warehouse/append-events.ts";
import { newTestDelivery, newTestEvent } from "../../warehouse/new-test-event.ts";
import { type TestStore, testEngines } from "../../warehouse/test-stores.ts";
import {
  storeDeliveries,
  storeEvents,
  syncState,
  waitUntilSettled,
  warehouseDeliveries,
  warehouseEvents,
} from "../sync/copied-rows.ts";

for (const engine of testEngines()) {
  describe.skipIf(engine.skip !== undefined)(`buildWarehouse(options) on ${engine.label}`, () => {
    let fixture: TestStore;
    let home: string;

    beforeAll(async () => {
      fixture = await engine.open();
      home = await mkdtemp(join(tmpdir(), "normmonitor-build-"));
    });
    afterAll(async () => {
      await fixture?.dispose();
      if (home) await rm(home, { recursive: true, force: true });
    });

    async function deliver(count: number) {
      await fixture.store.withTransaction(async (session) => {
        await recordDelivery(session, newTestDelivery());
        await appendEvents(
          session,
          Array.from({ length: count }, (_, i) => newTestEvent({ recordId: `S-${i}` })),
        );
      });
      await waitUntilSettled(fixture.store);
    }

    const tables = () =>
      withWarehouse(home, async (connection) => ({
        events: await warehouseEvents(connection),
        deliveries: await warehouseDeliveries(connection),
        state: await syncState(connection),
      }));

    it("builds incrementally, and a full build gives the same tables", async () => {
      await deliver(3);
      const first = await buildWarehouse({ store: fixture.store, home });
      await deliver(2);
      const second = await buildWarehouse({ store: fixture.store, home });
      const incremental = await tables();

      const full = await buildWarehouse({ store: fixture.store, home, full: true });

      expect(first).toMatchObject({ events: 3, deliveries: 1 });
      expect(second).toMatchObject({ events: 2, deliveries: 1 });
      expect(full).toMatchObject({ events: 5, deliveries: 2 });
      expect(incremental.events).toEqual(await storeEvents(fixture.store));
      expect(incremental.deliveries).toEqual(await storeDeliveries(fixture.store));
      expect(await tables()).toEqual(incremental);
    });

    it("runs the steps after the sync on the new file, before it is swapped in", async () => {
      const seen: number[] = [];
      await buildWarehouse({
        store: fixture.store,
        home,
        full: true,
        afterSync: async (connection, synced) => {
          expect(existsSync(warehousePaths(home).next)).toBe(true);
          await connection.run(`CREATE TABLE after_sync AS SELECT ${synced.events} AS events`);
          seen.push(synced.events);
        },
      });

      const stored = (await storeEvents(fixture.store)).length;
      expect(seen).toEqual([stored]);
      const kept = await withWarehouse(home, async (connection) =>
        (await connection.runAndReadAll("SELECT events FROM after_sync")).getRows(),
      );
      expect(kept).toEqual([[stored]]);
    });

    it("leaves the row groups in the file as they are when incremental; a full build merges them", async () => {
      // 200,000 rows fill two row groups (122,880 and 77,120 rows); with the first 100,000 rows
      // deleted after they were written, the 100,000 left fit in one: a merging checkpoint
      // rewrites them into one row group, a keeping one leaves two.
      const rowGroupsAfter = async (full: boolean) => {
        await buildWarehouse({
          store: fixture.store,
          home,
          full,
          afterSync: async (connection) => {
            await connection.run(
              "CREATE OR REPLACE TABLE probe AS SELECT range AS i FROM range(200000)",
            );
            await connection.run("CHECKPOINT");
            await connection.run("DELETE FROM probe WHERE i < 100000");
          },
        });
        return withWarehouse(home, async (connection) => {
          const reader = await connection.runAndReadAll(
            "SELECT count(DISTINCT row_group_id)::INTEGER, (SELECT count(*)::INTEGER FROM probe) FROM pragma_storage_info('probe')",
          );
          return reader.getRows()[0];
        });
      };

      expect(await rowGroupsAfter(false)).toEqual([2, 100000]);
      expect(await rowGroupsAfter(true)).toEqual([1, 100000]);
    });

    it("ignores and removes a leftover new file of an interrupted full build", async () => {
      await writeFile(warehousePaths(home).next, "half a database");
      await deliver(1);

      const receipt = await buildWarehouse({ store: fixture.store, home });

      expect(receipt).toMatchObject({ events: 1, deliveries: 1 });
      expect(existsSync(warehousePaths(home).next)).toBe(false);
      expect((await tables()).events).toEqual(await storeEvents(fixture.store));
    });
  });
}
