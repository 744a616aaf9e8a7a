import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendEvents, recordDelivery } from "../../warehouse/append-events.ts";
import { countEvents } from "../../warehouse/count-events.ts";
import { migrateToLatest } from "../../warehouse/migrate-to-latest.ts";
import { openStore } from "../../warehouse/open-store.ts";
import { readDeliveries } from "../../warehouse/read-deliveries.ts";
import {
  deliveryKnown,
  readPeildata,
  readStream,
  readStreamVersions,
} from "../../warehouse/read-stream.ts";
import { newTestDelivery, newTestEvent } from "./new-test-event.ts";
import { raceSameEvent } from "./race-same-event.ts";
import { type TestStore, testEngines } from "./test-stores.ts";

for (const engine of testEngines()) {
  describe.skipIf(engine.skip !== undefined)(`the event store on ${engine.label}`, () => {
    let fixture: TestStore;
    const store = () => fixture.store;
    /** An organisation of this test alone, so tests sharing the file's store do not meet. */
    const freshOrganisatie = () => `org-${randomUUID()}`;

    beforeAll(async () => {
      fixture = await engine.open();
    });
    afterAll(async () => {
      await fixture?.dispose();
    });

    it("runs the migrations once: migrating again and reopening change nothing", async () => {
      await migrateToLatest(store().db);
      await store().close();
      fixture.store = await openStore(fixture.options);
      expect(store().engine).toBe(engine.engine);
      const migrations = await sql<{ name: string }>`
        SELECT name FROM kysely_migration ORDER BY name`.execute(store().db);
      expect(migrations.rows.map((row) => row.name)).toEqual([
        "2026_11_28_create_deliveries",
        "2026_11_28_create_events",
        "2026_11_28_guard_append_only",
        "2026_11_29_add_transaction_ids_for_sync",
        "2026_11_29_create_least_privilege_roles",
      ]);
    });

    it("appends new events and reports events it already holds as already known", async () => {
      const organisatie = freshOrganisatie();
      const [a, b, c] = [1, 2, 3].map((n) => newTestEvent({ organisatie, recordId: `S-${n}` }));
      if (!a || !b || !c) throw new Error("three events");
      const before = await countEvents(store().db);

      const first = await store().withTransaction((s) => appendEvents(s, [a, b]));
      const again = await store().withTransaction((s) => appendEvents(s, [a, b]));
      const overlapping = await store().withTransaction((s) => appendEvents(s, [b, c, c]));

      expect(first).toEqual({ added: 2, alreadyKnown: 0 });
      expect(again).toEqual({ added: 0, alreadyKnown: 2 });
      // b is stored already; the second c repeats the first within the batch.
      expect(overlapping).toEqual({ added: 1, alreadyKnown: 2 });
      expect(await countEvents(store().db)).toBe(before + 3);
    });

    it("stores events in input order and reads them back as they were given", async () => {
      const organisatie = freshOrganisatie();
      const events = ["S-9", "S-1", "S-5"].map((recordId, i) =>
        newTestEvent({ organisatie, recordId, line: i === 1 ? null : i + 2 }),
      );
      const withdrawal = newTestEvent({
        organisatie,
        type: "RecordWithdrawn",
        recordId: "S-9",
        supersedes: events[0]?.eventId ?? null,
        contentHash: null,
        payload: null,
      });
      await store().withTransaction((s) => appendEvents(s, [...events, withdrawal]));

      const stream = await readStream(store().db, { organisatie, soort: "signalen" });
      expect(stream.map((event) => event.recordId)).toEqual(["S-9", "S-1", "S-5", "S-9"]);
      const positions = stream.map((event) => BigInt(event.position));
      expect([...positions].sort((x, y) => (x < y ? -1 : 1))).toEqual(positions);
      const [first, second, , last] = stream;
      expect(first).toMatchObject({
        eventId: events[0]?.eventId,
        type: "RecordDelivered",
        organisatie,
        soort: "signalen",
        periode: "2025-Q1",
        occurredAt: "2025-02-14",
        line: 2,
        supersedes: null,
        contentHash: "hash-1",
        payload: { categorie: "vastgoed", aantal: 1 },
      });
      expect(typeof first?.position).toBe("string");
      expect(first?.recordedAt).toBeInstanceOf(Date);
      expect(second?.line).toBeNull();
      expect(last).toMatchObject({ supersedes: events[0]?.eventId, payload: null });
    });

    it("reads a stream of one period, or of every period when none is given", async () => {
      const organisatie = freshOrganisatie();
      const q1 = newTestEvent({ organisatie, periode: "2025-Q1" });
      const q2 = newTestEvent({ organisatie, periode: "2025-Q2" });
      const otherKind = newTestEvent({ organisatie, soort: "controles" });
      await store().withTransaction((s) => appendEvents(s, [q1, q2, otherKind]));

      const ids = async (periode?: string) =>
        (await readStream(store().db, { organisatie, soort: "signalen", periode })).map(
          (event) => event.eventId,
        );
      expect(await ids("2025-Q2")).toEqual([q2.eventId]);
      expect(await ids()).toEqual([q1.eventId, q2.eventId]);
    });

    it("reads a stream's versions (no payloads) with the same events in the same order", async () => {
      const organisatie = freshOrganisatie();
      const delivered = newTestEvent({ organisatie, recordId: "S-9", occurredAt: "2025-03-01" });
      const withdrawn = newTestEvent({
        organisatie,
        type: "RecordWithdrawn",
        recordId: "S-9",
        occurredAt: "2025-03-01",
        supersedes: delivered.eventId,
        contentHash: null,
        payload: null,
      });
      await store().withTransaction((s) => appendEvents(s, [delivered, withdrawn]));

      const filter = { organisatie, soort: "signalen", periode: "2025-Q1" };
      const versions = await readStreamVersions(store().db, filter);
      expect(versions.map(({ position, ...rest }) => rest)).toEqual([
        {
          eventId: delivered.eventId,
          type: "RecordDelivered",
          recordId: "S-9",
          occurredAt: "2025-03-01",
          contentHash: "hash-1",
        },
        {
          eventId: withdrawn.eventId,
          type: "RecordWithdrawn",
          recordId: "S-9",
          occurredAt: "2025-03-01",
          contentHash: null,
        },
      ]);
      const full = await readStream(store().db, filter);
      expect(versions.map((version) => version.position)).toEqual(
        full.map((event) => event.position),
      );
    });

    it("records a delivery once and answers what is known of it", async () => {
      const organisatie = freshOrganisatie();
      const delivery = newTestDelivery({ organisatie, soort: "bibob", peildatum: "2025-03-31" });
      const later = newTestDelivery({ organisatie, soort: "bibob", peildatum: "2025-06-30" });

      const first = await store().withTransaction((s) => recordDelivery(s, delivery));
      const second = await store().withTransaction((s) => recordDelivery(s, delivery));
      await store().withTransaction((s) => recordDelivery(s, later));

      expect([first, second]).toEqual([true, false]);
      expect(await deliveryKnown(store().db, delivery.deliveryId)).toBe(true);
      expect(await deliveryKnown(store().db, randomUUID())).toBe(false);
      const stream = { organisatie, soort: "bibob" };
      expect(await readPeildata(store().db, stream)).toEqual(["2025-03-31", "2025-06-30"]);
      const recorded = (await readDeliveries(store().db)).filter(
        (d) => d.organisatie === organisatie,
      );
      expect(recorded).toHaveLength(2);
      expect(recorded[0]).toMatchObject(delivery);
      expect(recorded[0]?.receivedAt).toBeInstanceOf(Date);
    });

    it("leaves nothing behind when a transaction throws", async () => {
      const organisatie = freshOrganisatie();
      const delivery = newTestDelivery({ organisatie });
      const before = await countEvents(store().db);

      const failing = store().withTransaction(async (s) => {
        await recordDelivery(s, delivery);
        await appendEvents(s, [newTestEvent({ organisatie }), newTestEvent({ organisatie })]);
        throw new Error("bestand afgebroken");
      });

      await expect(failing).rejects.toThrow("bestand afgebroken");
      expect(await countEvents(store().db)).toBe(before);
      expect(await deliveryKnown(store().db, delivery.deliveryId)).toBe(false);
      expect(await readStream(store().db, { organisatie, soort: "signalen" })).toEqual([]);
    });

    it("does not report a commit when a failed statement was caught inside the transaction", async () => {
      const organisatie = freshOrganisatie();
      const swallowing = store().withTransaction(async (s) => {
        await appendEvents(s, [newTestEvent({ organisatie })]);
        await sql`SELECT 1 / 0`.execute(s.db).catch(() => undefined);
      });

      await expect(swallowing).rejects.toThrow();
      expect(await readStream(store().db, { organisatie, soort: "signalen" })).toEqual([]);
    });

    it.each(["events", "deliveries"])(
      "refuses UPDATE, DELETE and TRUNCATE on %s",
      async (table) => {
        await store().withTransaction(async (s) => {
          await recordDelivery(s, newTestDelivery());
          await appendEvents(s, [newTestEvent()]);
        });
        const refused = `${table} zijn alleen toe te voegen (append-only)`;
        const id = sql.table(table);
        await expect(sql`UPDATE ${id} SET file_name = 'x'`.execute(store().db)).rejects.toThrow(
          refused,
        );
        await expect(sql`DELETE FROM ${id}`.execute(store().db)).rejects.toThrow(refused);
        await expect(sql`TRUNCATE ${id}`.execute(store().db)).rejects.toThrow(refused);
        expect(await countEvents(store().db)).toBeGreaterThan(0);
      },
    );

    it("copies values with commas, quotes, newlines, tabs, backslashes, nulls, empty strings and unicode intact", async () => {
      const values = [
        "Almere, Stad",
        'zei "ja"',
        "regel 1\nregel 2\r\nregel 3",
        null,
        "",
        "Zeewolde – ‘IJsselmeer’ ✓ 😀",
        "\\.",
        "back\\slash",
        "tab\there",
        "\\N",
      ];
      const read = await store().withTransaction(async (s) => {
        await sql`CREATE TEMP TABLE copy_probe (n integer, v text) ON COMMIT DROP`.execute(s.db);
        await s.copyRows(
          "copy_probe",
          ["n", "v"],
          values.map((v, n) => [String(n), v]),
        );
        return sql<{ v: string | null }>`SELECT v FROM copy_probe ORDER BY n`.execute(s.db);
      });
      expect(read.rows.map((row) => row.v)).toEqual(values);
    });

    it("appends a batch of 12 000 events in one call", async () => {
      const organisatie = freshOrganisatie();
      const events = Array.from({ length: 12_000 }, (_, i) =>
        newTestEvent({ organisatie, recordId: `S-${i}`, payload: { tekst: "x".repeat(300), i } }),
      );
      const receipt = await store().withTransaction((s) => appendEvents(s, events));
      expect(receipt).toEqual({ added: 12_000, alreadyKnown: 0 });
      const stream = await readStream(store().db, { organisatie, soort: "signalen" });
      expect(stream.map((event) => event.recordId)).toEqual(events.map((event) => event.recordId));
    });

    // Only a server runs two transactions at once.
    const onServer = engine.engine === "postgres" ? it : () => {};
    onServer(
      "stores an event once when a concurrent transaction commits the same id first",
      async () => {
        const event = newTestEvent({ organisatie: freshOrganisatie() });
        const other = await openStore(fixture.options);
        try {
          // The second cannot see the first's uncommitted row: its COPY waits on the unique
          // index, fails once the first commits, and the append falls back to ON CONFLICT.
          const [first, second] = await raceSameEvent(store(), other, event);
          expect(first).toEqual({ added: 1, alreadyKnown: 0 });
          expect(second).toEqual({ added: 0, alreadyKnown: 1 });
          const stream = await readStream(store().db, {
            organisatie: event.organisatie,
            soort: event.soort,
          });
          expect(stream.map((e) => e.eventId)).toEqual([event.eventId]);
        } finally {
          await other.close();
        }
      },
    );

    // PGlite serves one connection: waiting for itself would hang; a server just waits its turn.
    const onPGlite = engine.engine === "pglite" ? it : () => {};
    onPGlite(
      "refuses store.db inside a transaction instead of waiting for itself forever",
      async () => {
        const nested = store().withTransaction(() => countEvents(store().db));
        await expect(nested).rejects.toThrow("session.db");
        expect(await countEvents(store().db)).toBeGreaterThanOrEqual(0);
      },
    );
  });
}
