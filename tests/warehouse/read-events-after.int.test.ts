import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lockStream } from "../../warehouse/lock-stream.ts";
import { readEventsAfter } from "../../warehouse/read-events-after.ts";
import { type TestStore, testEngines } from "./test-stores.ts";

// PGlite has one connection, so two writers cannot interleave there: these run on the server only.
const server = testEngines().filter((engine) => engine.engine === "postgres");

for (const engine of server) {
  describe.skipIf(engine.skip !== undefined)(`concurrent writers on ${engine.label}`, () => {
    let fixture: TestStore;
    const writers: pg.Client[] = [];

    beforeAll(async () => {
      fixture = await engine.open();
    });
    afterAll(async () => {
      await Promise.all(writers.map((writer) => writer.end()));
      await fixture?.dispose();
    });

    async function writer(): Promise<pg.Client> {
      const client = new pg.Client({ connectionString: fixture.databaseUrl });
      await client.connect();
      writers.push(client);
      return client;
    }

    async function insertEvent(client: pg.Client, organisatie: string, recordId: string) {
      const { rows } = await client.query<{ position: string }>(
        `INSERT INTO events (event_id, type, organisatie, soort, periode, record_id, occurred_at,
           delivery_id, file_name, sha256)
         VALUES ($1, 'RecordDelivered', $2, 'signalen', '2025-Q1', $3, '2025-02-14', $4, 'f.csv', 'x')
         RETURNING position`,
        [randomUUID(), organisatie, recordId, randomUUID()],
      );
      return BigInt(rows[0]?.position ?? -1);
    }

    it("does not pass an event whose lower position is still uncommitted, then returns both in order", async () => {
      const organisatie = `org-${randomUUID()}`;
      const [first, second] = [await writer(), await writer()];
      const ours = async () =>
        (await readEventsAfter(fixture.store.db, 0, 10_000))
          .filter((event) => event.organisatie === organisatie)
          .map((event) => event.recordId);

      await first.query("BEGIN");
      const lower = await insertEvent(first, organisatie, "from-first");
      await second.query("BEGIN");
      const higher = await insertEvent(second, organisatie, "from-second");
      await second.query("COMMIT");
      expect(lower < higher).toBe(true);

      // A plain position read would now return "from-second" and move its checkpoint past "from-first".
      const plain = await fixture.store.db
        .selectFrom("events")
        .select("record_id")
        .where("organisatie", "=", organisatie)
        .execute();
      expect(plain.map((row) => row.record_id)).toEqual(["from-second"]);
      expect(await ours()).toEqual([]);

      await first.query("COMMIT");
      // Other test files on the same server may hold the horizon back for a moment: wait for it.
      let seen = await ours();
      for (let attempt = 0; seen.length < 2 && attempt < 100; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        seen = await ours();
      }
      expect(seen).toEqual(["from-first", "from-second"]);
    });

    it("makes a second transaction on the same stream wait for the first to end", async () => {
      const key = `org-${randomUUID()}/signalen/2025-Q1`;
      const steps: string[] = [];
      let finishFirst = () => {};
      const firstMayFinish = new Promise<void>((resolve) => {
        finishFirst = resolve;
      });
      let firstHasLock = () => {};
      const firstLocked = new Promise<void>((resolve) => {
        firstHasLock = resolve;
      });

      const first = fixture.store.withTransaction(async (session) => {
        await lockStream(session, key);
        steps.push("first locked");
        firstHasLock();
        await firstMayFinish;
        steps.push("first done");
      });
      await firstLocked;
      const second = fixture.store.withTransaction(async (session) => {
        await lockStream(session, key);
        steps.push("second locked");
      });
      const otherStream = fixture.store.withTransaction((session) =>
        lockStream(session, `${key}-other`),
      );
      await otherStream;
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(steps).toEqual(["first locked"]);

      finishFirst();
      await Promise.all([first, second]);
      expect(steps).toEqual(["first locked", "first done", "second locked"]);
    });
  });
}
