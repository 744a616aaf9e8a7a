import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFiles } from "../../ingest/ingest-files.ts";
import type { FileReceipt } from "../../ingest/receipt.ts";
import type { Store } from "../../warehouse/store.ts";
import { type TestStore, testEngines } from "../warehouse/test-stores.ts";
import { signalenHeader, writeFileWithTakenEventId } from "./taken-event-id-file.ts";

// The next file is read and stored while the one before commits. A re-delivery right after its
// original must still wait for it, and what the user sees must stay in file order.
const fixtures = join(import.meta.dirname, "../fixtures/deliveries/signalen");
const original = join(fixtures, "GM0303_signalen_2025-Q3.csv");
const redelivery = join(fixtures, "herlevering", "GM0303_signalen_2025-Q3.csv");
const today = "2026-11-28";

/** The store, with every commit held back a moment, noting when each transaction begins and ends. */
function slowCommits(store: Store, log: string[]): Store {
  let transactions = 0;
  return {
    ...store,
    withTransaction: (fn) =>
      store.withTransaction(async (session) => {
        const number = ++transactions;
        log.push(`begin ${number}`);
        const result = await fn(session);
        await sleep(300);
        log.push(`end ${number}`);
        return result;
      }),
  };
}

for (const engine of testEngines()) {
  describe.skipIf(engine.skip !== undefined)(
    `ingestFiles, overlapping files, on ${engine.label}`,
    () => {
      let fixture: TestStore;
      const transactions: string[] = [];
      const seen: string[] = [];
      let receipts: FileReceipt[];

      beforeAll(async () => {
        fixture = await engine.open();
        const store = slowCommits(fixture.store, transactions);
        receipts = await ingestFiles(store, [original, redelivery], {
          today,
          progressFor: (path) => {
            const file = path.includes("herlevering") ? "herlevering" : "origineel";
            seen.push(`progress ${file}`);
            return {
              update: (done, total) => seen.push(`${file} ${done}/${total}`),
              stop: () => seen.push(`stop ${file}`),
            };
          },
          onReceipt: (receipt) => seen.push(`receipt ${receipt.status} ${receipt.records}`),
        });
      }, 60_000);
      afterAll(async () => {
        await fixture?.dispose();
      });

      it("diffs a re-delivery that follows its original at once against what the original stored", async () => {
        // By hand from the fixtures: 0002 corrected (opvolging), 0005 new, 0003 left out
        // (withdrawn), 0001 and 0004 unchanged (gm0303 and j are GM0303 and ja once read).
        expect(receipts.map((receipt) => receipt.status)).toEqual(["accepted", "accepted"]);
        expect(receipts[1]).toMatchObject({ added: 1, corrected: 1, withdrawn: 1, unchanged: 2 });
        const { rows } = await sql<{ type: string; record_id: string }>`
        SELECT type, record_id FROM events ORDER BY position`.execute(fixture.store.db);
        expect(rows.map((row) => `${row.type} ${row.record_id}`)).toEqual([
          "RecordDelivered SIG-DR-2025-0001",
          "RecordDelivered SIG-DR-2025-0002",
          "RecordDelivered SIG-DR-2025-0003",
          "RecordDelivered SIG-DR-2025-0004",
          "RecordCorrected SIG-DR-2025-0002",
          "RecordDelivered SIG-DR-2025-0005",
          "RecordWithdrawn SIG-DR-2025-0003",
        ]);
      });

      it("shows each file's progress after the receipt of the file before, and receipts in file order", () => {
        expect(seen).toEqual([
          "progress origineel",
          "origineel 4/4",
          "stop origineel",
          "receipt accepted 4",
          "progress herlevering",
          "herlevering 4/4",
          "stop herlevering",
          "receipt accepted 4",
        ]);
      });

      it("begins the re-delivery's transaction while the original's commit is held back (PGlite: after it)", () => {
        // PGlite has one connection: there a transaction waits for the one before to end.
        const expected =
          engine.engine === "pglite"
            ? ["begin 1", "end 1", "begin 2", "end 2"]
            : ["begin 1", "begin 2", "end 1", "end 2"];
        expect(transactions).toEqual(expected);
      });
    },
  );
}

for (const engine of testEngines()) {
  describe.skipIf(engine.skip !== undefined)(
    `ingestFiles, a file stored whole after its rows were sent, on ${engine.label}`,
    () => {
      let fixture: TestStore;
      let folder: string;

      beforeAll(async () => {
        fixture = await engine.open();
        folder = mkdtempSync(join(tmpdir(), "normmonitor-overlap-"));
      });
      afterAll(async () => {
        await fixture?.dispose();
        rmSync(folder, { recursive: true, force: true });
      });

      it("keeps the stream's lock from the sent rows to the whole-file store, so the re-delivery after it diffs against it", async () => {
        // SIG-A-2's event id is taken: the file is stored whole once its rows were all sent.
        const first = join(folder, "GM0303_signalen_2025-Q4.csv");
        await writeFileWithTakenEventId(fixture.store, first, today);
        // The re-delivery: SIG-A-1 handled differently, SIG-A-3 as it was, SIG-A-2 left out.
        mkdirSync(join(folder, "herlevering"));
        const second = join(folder, "herlevering", "GM0303_signalen_2025-Q4.csv");
        writeFileSync(
          second,
          [
            signalenHeader,
            "SIG-A-1;01-10-2025;politie;hennep;GM0303;nee;;bestuurlijk;",
            "SIG-A-3;03-10-2025;burger;vastgoed;GM0303;nee;;lopend;",
            "",
          ].join("\n"),
        );

        const receipts = await ingestFiles(slowCommits(fixture.store, []), [first, second], {
          today,
        });

        // By hand: the first stores SIG-A-1 and SIG-A-3 (SIG-A-2's event exists already); the
        // second corrects SIG-A-1, keeps SIG-A-3 and withdraws nothing it does not know.
        expect(receipts[0]).toMatchObject({ status: "accepted", added: 3, events: 2 });
        expect(receipts[1]).toMatchObject({
          status: "accepted",
          added: 0,
          corrected: 1,
          unchanged: 1,
          withdrawn: 0,
        });
        const { rows } = await sql<{ type: string; record_id: string }>`
          SELECT type, record_id FROM events WHERE organisatie = 'GM0303' ORDER BY position`.execute(
          fixture.store.db,
        );
        expect(rows.map((row) => `${row.type} ${row.record_id}`)).toEqual([
          "RecordDelivered SIG-A-1",
          "RecordDelivered SIG-A-3",
          "RecordCorrected SIG-A-1",
        ]);
      });
    },
  );
}
