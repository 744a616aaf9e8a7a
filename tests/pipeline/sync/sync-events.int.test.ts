import { randomUUID } from "node:crypto";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CliError } from "../../../pipeline/cli/cli-error.ts";
import { syncEvents } from "../../../pipeline/sync/sync-events.ts";
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
} from "./copied-rows.ts";

for (const engine of testEngines()) {
  describe.skipIf(engine.skip !== undefined)(
    `syncEvents(store, warehouse) on ${engine.label}`,
    () => {
      let fixture: TestStore;
      let instance: DuckDBInstance;
      let warehouse: DuckDBConnection;

      beforeAll(async () => {
        fixture = await engine.open();
      });
      afterAll(async () => {
        await fixture?.dispose();
      });
      // Each test starts from an empty warehouse; the store keeps what earlier tests appended.
      beforeEach(async () => {
        warehouse?.closeSync();
        instance?.closeSync();
        instance = await DuckDBInstance.create(":memory:");
        warehouse = await instance.connect();
      });

      async function sync() {
        await waitUntilSettled(fixture.store);
        return syncEvents(fixture.store, warehouse);
      }

      it("copies events and deliveries into rows identical in every column", async () => {
        const delivery = newTestDelivery({ organisatie: "gemeente-lelystad" });
        const snapshot = newTestDelivery({
          soort: "formatie",
          peildatum: "2025-06-30",
          warnings: 2,
        });
        const payload = {
          categorie: "vastgoed",
          aantal: 3,
          gemeenten: ["GM0034", "GM0995"],
          bevindingen: { witwassen: 2, "mensenhandel, uitbuiting": 1 },
          toelichting: 'Zeeën, "aanhalingstekens"\nen een tweede regel\u0001',
          signaaldatum: "2025-02-14",
          afgerond: false,
          leeg: null,
        };
        const delivered = newTestEvent({ payload, occurredAt: "2024-02-29" });
        const events = [
          delivered,
          newTestEvent({
            type: "RecordCorrected",
            supersedes: delivered.eventId,
            // The export's quote character (U+0001) in a field: doubled on the way out, single again in.
            fileName: 'herlevering "maart", versie 2\n\u0001.csv',
            contentHash: "",
          }),
          newTestEvent({ type: "RecordWithdrawn", payload: null, line: null, contentHash: null }),
        ];
        await fixture.store.withTransaction(async (session) => {
          await recordDelivery(session, delivery);
          await recordDelivery(session, snapshot);
          await appendEvents(session, events);
        });

        const receipt = await sync();

        expect(receipt.events).toBe(3);
        expect(receipt.deliveries).toBe(2);
        const copied = await warehouseEvents(warehouse);
        expect(copied).toEqual(await storeEvents(fixture.store));
        expect(await warehouseDeliveries(warehouse)).toEqual(await storeDeliveries(fixture.store));
        // By hand, from what was appended: the JSON, the dates and the NULLs survive the trip.
        expect(copied.map((row) => row.event_id)).toEqual(events.map((event) => event.eventId));
        expect(copied[0]?.payload).toEqual(payload);
        expect(copied[0]?.occurred_at).toBe("2024-02-29");
        expect(copied[1]?.file_name).toBe('herlevering "maart", versie 2\n\u0001.csv');
        expect(copied[1]?.content_hash).toBe("");
        expect(copied[1]?.supersedes).toBe(delivered.eventId);
        expect(copied[2]).toMatchObject({ payload: null, line: null, content_hash: null });
        expect(receipt.lastPosition).toBe(BigInt(String(copied[2]?.position)));
        const peildata = (await warehouseDeliveries(warehouse)).map((row) => row.peildatum);
        expect(peildata.sort()).toEqual(["2025-06-30", null]);
      });

      it("copies only what is new on a second sync", async () => {
        await fixture.store.withTransaction((session) =>
          appendEvents(session, [newTestEvent(), newTestEvent()]),
        );
        const first = await sync();
        const before = await storeEvents(fixture.store);
        expect((await warehouseEvents(warehouse)).length).toBe(before.length);

        const later = [newTestEvent({ recordId: "S-2" }), newTestEvent({ recordId: "S-3" })];
        await fixture.store.withTransaction(async (session) => {
          await recordDelivery(session, newTestDelivery());
          await appendEvents(session, later);
        });
        const second = await sync();
        const third = await sync();

        expect(first.events).toBe(before.length);
        expect(second).toMatchObject({ events: 2, deliveries: 1 });
        expect(third).toMatchObject({ events: 0, deliveries: 0 });
        expect(third.lastPosition).toBe(second.lastPosition);
        const copied = await warehouseEvents(warehouse);
        expect(copied.slice(-2).map((row) => row.event_id)).toEqual(later.map((e) => e.eventId));
        expect(copied).toEqual(await storeEvents(fixture.store));
      });

      it("notes the organisatie and periode of every copied event for the next model run", async () => {
        await fixture.store.withTransaction((session) =>
          appendEvents(session, [newTestEvent({ periode: "2025-Q2" })]),
        );
        await sync();
        await fixture.store.withTransaction((session) =>
          appendEvents(session, [
            newTestEvent({ organisatie: "GM0171", periode: "2026-Q1" }),
            newTestEvent({ organisatie: "GM0171", periode: "2026-Q1", recordId: "S-9" }),
            newTestEvent({ periode: "2026-Q2" }),
          ]),
        );
        await sync();
        const cells = await warehouse.runAndReadAll(
          "SELECT organisatie, periode, count(*) AS times FROM pending_cells GROUP BY ALL ORDER BY ALL",
        );
        // The first sync's cells (every earlier event is gemeente-almere 2025-Q1, and the one of
        // 2025-Q2), then the second's: each cell once per sync, not once per event.
        expect(cells.getRowObjectsJson()).toEqual([
          { organisatie: "GM0171", periode: "2026-Q1", times: "1" },
          { organisatie: "gemeente-almere", periode: "2025-Q1", times: "1" },
          { organisatie: "gemeente-almere", periode: "2025-Q2", times: "1" },
          { organisatie: "gemeente-almere", periode: "2026-Q2", times: "1" },
        ]);
      });

      it("leaves rows and checkpoint as they were when the insert fails midway, then catches up", async () => {
        await fixture.store.withTransaction((session) => appendEvents(session, [newTestEvent()]));
        await sync();
        const eventsBefore = await warehouseEvents(warehouse);
        const deliveriesBefore = await warehouseDeliveries(warehouse);
        const stateBefore = await syncState(warehouse);

        const later = [newTestEvent(), newTestEvent(), newTestEvent()];
        await fixture.store.withTransaction(async (session) => {
          await recordDelivery(session, newTestDelivery());
          await appendEvents(session, later);
        });
        // A row already holding the last new position makes the sync fail after it inserted the
        // new deliveries, before the events and the checkpoint.
        const last = (await storeEvents(fixture.store)).at(-1)?.position;
        await warehouse.run(
          `INSERT INTO raw_events SELECT * REPLACE (${last} AS position, 'planted' AS event_id)
         FROM raw_events LIMIT 1`,
        );

        await expect(sync()).rejects.toThrow(/repeat a position/);

        const planted = eventsBefore.length + 1;
        expect((await warehouseEvents(warehouse)).length).toBe(planted);
        expect(await warehouseDeliveries(warehouse)).toEqual(deliveriesBefore);
        expect(await syncState(warehouse)).toEqual(stateBefore);

        await warehouse.run("DELETE FROM raw_events WHERE event_id = 'planted'");
        const receipt = await sync();
        expect(receipt).toMatchObject({ events: 3, deliveries: 1 });
        expect(await warehouseEvents(warehouse)).toEqual(await storeEvents(fixture.store));
        expect(await warehouseDeliveries(warehouse)).toEqual(await storeDeliveries(fixture.store));
      });

      it("refuses a checkpoint that is ahead of the store, as from another database", async () => {
        await sync();
        await warehouse.run("UPDATE sync_state SET settled_before = settled_before + 1000000000");
        await expect(syncEvents(fixture.store, warehouse)).rejects.toThrow(CliError);
      });
    },
  );
}

// PGlite has one connection, so two writers cannot interleave there: these run on the server only.
const server = testEngines().filter((engine) => engine.engine === "postgres");

for (const engine of server) {
  describe.skipIf(engine.skip !== undefined)(
    `syncEvents with concurrent writers on ${engine.label}`,
    () => {
      let fixture: TestStore;
      let instance: DuckDBInstance;
      let warehouse: DuckDBConnection;
      const writers: import("pg").Client[] = [];

      beforeAll(async () => {
        fixture = await engine.open();
        instance = await DuckDBInstance.create(":memory:");
        warehouse = await instance.connect();
      });
      afterAll(async () => {
        await Promise.all(writers.map((writer) => writer.end()));
        warehouse?.closeSync();
        instance?.closeSync();
        await fixture?.dispose();
      });

      async function writer() {
        const { default: pg } = await import("pg");
        const client = new pg.Client({ connectionString: fixture.databaseUrl });
        await client.connect();
        writers.push(client);
        await client.query("BEGIN");
        return client;
      }

      async function insertEvent(client: import("pg").Client, recordId: string): Promise<bigint> {
        const { rows } = await client.query<{ position: string }>(
          `INSERT INTO events (event_id, type, organisatie, soort, periode, record_id, occurred_at,
           delivery_id, file_name, sha256)
         VALUES ($1, 'RecordDelivered', 'gemeente-almere', 'signalen', '2025-Q1', $2, '2025-02-14',
           $3, 'f.csv', 'x')
         RETURNING position`,
          [randomUUID(), recordId, randomUUID()],
        );
        return BigInt(rows[0]?.position ?? -1);
      }

      const copiedIds = async () =>
        (await warehouseEvents(warehouse)).map((row) => String(row.record_id));

      it("does not skip a lower position that commits after a higher one was copied", async () => {
        const [first, second] = [await writer(), await writer()];
        const lower = await insertEvent(first, "lower-first");
        const higher = await insertEvent(second, "higher-second");
        await second.query("COMMIT");
        expect(lower < higher).toBe(true);

        // The open transaction holds the horizon: neither is copied yet, so nothing is passed,
        // and the committed one is reported as waiting.
        const held = await syncEvents(fixture.store, warehouse);
        expect(await copiedIds()).not.toContain("higher-second");
        expect(held.pendingEvents).toBe(1);

        await first.query("COMMIT");
        await waitUntilSettled(fixture.store);
        const settled = await syncEvents(fixture.store, warehouse);
        expect(settled.pendingEvents).toBe(0);
        expect(await copiedIds()).toEqual(expect.arrayContaining(["lower-first", "higher-second"]));
        expect(await warehouseEvents(warehouse)).toEqual(await storeEvents(fixture.store));
      });

      it("does not skip a lower position of a younger transaction when an older one commits a higher position first", async () => {
        // The older transaction takes its id first (as an ingest does when it records the
        // delivery) but its position last; it commits while the younger one is still open.
        const older = await writer();
        await older.query("SELECT pg_current_xact_id()");
        const younger = await writer();
        const lower = await insertEvent(younger, "lower-younger");
        const higher = await insertEvent(older, "higher-older");
        await older.query("COMMIT");
        expect(lower < higher).toBe(true);

        // Once the horizon reaches the younger transaction, the older one's higher position is
        // copied: a position checkpoint would now stand past the lower one for good.
        for (let attempt = 0; attempt < 200; attempt++) {
          await syncEvents(fixture.store, warehouse);
          if ((await copiedIds()).includes("higher-older")) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        expect(await copiedIds()).toContain("higher-older");
        expect(await copiedIds()).not.toContain("lower-younger");

        await younger.query("COMMIT");
        await waitUntilSettled(fixture.store);
        await syncEvents(fixture.store, warehouse);
        expect(await copiedIds()).toEqual(
          expect.arrayContaining(["lower-younger", "higher-older"]),
        );
        expect(await warehouseEvents(warehouse)).toEqual(await storeEvents(fixture.store));
      });
    },
  );
}
