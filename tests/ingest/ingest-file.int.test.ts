import { cpSync, mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFile } from "../../ingest/ingest-file.ts";
import { countEvents } from "../../warehouse/count-events.ts";
import { openStore } from "../../warehouse/open-store.ts";
import { readDeliveries } from "../../warehouse/read-deliveries.ts";
import { readStream } from "../../warehouse/read-stream.ts";
import { type TestStore, testEngines } from "../warehouse/test-stores.ts";

const fixtures = join(import.meta.dirname, "../fixtures/deliveries");
const options = { today: "2026-11-28" };

for (const engine of testEngines()) {
  describe.skipIf(engine.skip !== undefined)(`ingestFile(path) on ${engine.label}`, () => {
    let fixture: TestStore;
    const store = () => fixture.store;
    const ingest = (path: string) => ingestFile(store(), join(fixtures, path), options);
    const signalen = () =>
      readStream(store().db, { organisatie: "GM0303", soort: "signalen", periode: "2025-Q3" });

    beforeAll(async () => {
      fixture = await engine.open();
    });
    afterAll(async () => {
      await fixture?.dispose();
    });

    it("turns every record of a first delivery into one event", async () => {
      const receipt = await ingest("signalen/GM0303_signalen_2025-Q3.csv");
      expect(receipt).toMatchObject({
        status: "accepted",
        records: 4,
        added: 4,
        corrected: 0,
        withdrawn: 0,
        unchanged: 0,
        events: 4,
      });
      const events = await signalen();
      expect(events.map((e) => [e.type, e.recordId, e.occurredAt, e.line])).toEqual([
        ["RecordDelivered", "SIG-DR-2025-0001", "2025-07-02", 2],
        ["RecordDelivered", "SIG-DR-2025-0002", "2025-07-15", 3],
        ["RecordDelivered", "SIG-DR-2025-0003", "2025-08-01", 4],
        ["RecordDelivered", "SIG-DR-2025-0004", "2025-09-30", 5],
      ]);
      expect(events[0]?.fileName).toBe("GM0303_signalen_2025-Q3.csv");
      expect(events[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    });

    it("adds nothing when the same file arrives again", async () => {
      const before = await countEvents(store().db);
      const receipt = await ingest("signalen/GM0303_signalen_2025-Q3.csv");
      expect(receipt).toMatchObject({ status: "already-known", events: 0 });
      expect(await countEvents(store().db)).toBe(before);
    });

    it("turns a corrected re-delivery into exactly its corrections, withdrawals and new records", async () => {
      // By hand: 0001 unchanged; 0002 opvolging strafrechtelijk → bibob; 0003 left out;
      // 0004 only re-cased (gm0303, j → GM0303, ja) so unchanged; 0005 new.
      const receipt = await ingest("signalen/herlevering/GM0303_signalen_2025-Q3.csv");
      expect(receipt).toMatchObject({
        status: "accepted",
        records: 4,
        added: 1,
        corrected: 1,
        withdrawn: 1,
        unchanged: 2,
        events: 3,
      });
      const events = await signalen();
      const first = Object.fromEntries(events.slice(0, 4).map((e) => [e.recordId, e.eventId]));
      expect(events.slice(4).map((e) => [e.type, e.recordId, e.supersedes])).toEqual([
        ["RecordCorrected", "SIG-DR-2025-0002", first["SIG-DR-2025-0002"]],
        ["RecordDelivered", "SIG-DR-2025-0005", null],
        ["RecordWithdrawn", "SIG-DR-2025-0003", first["SIG-DR-2025-0003"]],
      ]);
      expect(events[4]?.payload).toMatchObject({ opvolging: "bibob" });
      expect(events[6]?.payload).toBeNull();
    });

    it("loads every dialect variant of one register to the same events", async () => {
      const receipts = [];
      for (const variant of readdirSync(join(fixtures, "dialects")).sort()) {
        const [file] = readdirSync(join(fixtures, "dialects", variant));
        receipts.push(await ingest(join("dialects", variant, file ?? "")));
      }
      // Five different files with the same content: the first adds three records, the rest nothing.
      expect(receipts.map((r) => [r.status, r.added, r.unchanged, r.events])).toEqual([
        ["accepted", 3, 0, 3],
        ["accepted", 0, 3, 0],
        ["accepted", 0, 3, 0],
        ["accepted", 0, 3, 0],
        ["accepted", 0, 3, 0],
      ]);
      const register = await readStream(store().db, {
        organisatie: "GM0034",
        soort: "maatregelen",
      });
      expect(register.map((e) => [e.recordId, e.occurredAt, e.periode])).toEqual([
        ["MR-001", "2025-06-30", "2025-Q2"],
        ["MR-002", "2025-06-30", "2025-Q2"],
        ["MR-003", "2025-06-30", "2025-Q2"],
      ]);
      const deliveries = (await readDeliveries(store().db)).filter(
        (d) => d.soort === "maatregelen",
      );
      expect(deliveries).toHaveLength(5);
    });

    it("withdraws an item from a later snapshot's peildatum on", async () => {
      const folder = mkdtempSync(join(tmpdir(), "normmonitor-register-"));
      try {
        const december = [
          "peildatum;maatregel_id;ambitiepunt;soort;omschrijving;status;datum_vastgesteld;vindplaats",
          "31-12-2025;MR-001;12;beleid;Beleidsregels Bibob 2025 – “horeca” € 5.000 leges;vastgesteld;14-03-2025;CVDR712345",
          "31-12-2025;MR-003;10A;beleid;Aanwijzing horeca;gerealiseerd;01-02-2021;",
        ].join("\n");
        writeFileSync(join(folder, "GM0034_maatregelen_2025-Q4.csv"), december);
        const receipt = await ingestFile(
          store(),
          join(folder, "GM0034_maatregelen_2025-Q4.csv"),
          options,
        );
        // MR-001 the same; MR-003 lost its evaluation date, end date, vindplaats and second line; MR-002 gone.
        expect(receipt).toMatchObject({ added: 0, corrected: 1, withdrawn: 1, unchanged: 1 });
        const register = await readStream(store().db, {
          organisatie: "GM0034",
          soort: "maatregelen",
        });
        expect(register.slice(3).map((e) => [e.type, e.recordId, e.occurredAt, e.periode])).toEqual(
          [
            ["RecordCorrected", "MR-003", "2025-12-31", "2025-Q4"],
            ["RecordWithdrawn", "MR-002", "2025-12-31", "2025-Q4"],
          ],
        );
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });

    it("stores nothing of a refused file", async () => {
      const folder = mkdtempSync(join(tmpdir(), "normmonitor-refused-"));
      try {
        cpSync(
          join(fixtures, "signalen/GM0303_signalen_2025-Q3.csv"),
          join(folder, "GM0303_signalen_2025-Q4.csv"),
        );
        const eventsBefore = await countEvents(store().db);
        const deliveriesBefore = (await readDeliveries(store().db)).length;
        const receipt = await ingestFile(
          store(),
          join(folder, "GM0303_signalen_2025-Q4.csv"),
          options,
        );
        expect(receipt.status).toBe("refused");
        expect(receipt.issues.map((i) => [i.code, i.line])).toEqual([
          ["outside-period", 2],
          ["outside-period", 3],
          ["outside-period", 4],
          ["outside-period", 5],
        ]);
        expect(await countEvents(store().db)).toBe(eventsBefore);
        expect(await readDeliveries(store().db)).toHaveLength(deliveriesBefore);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });

    it("refuses a file over 100 MB without reading it", async () => {
      const folder = mkdtempSync(join(tmpdir(), "normmonitor-large-"));
      try {
        const path = join(folder, "GM0034_signalen_2025-Q3.csv");
        writeFileSync(path, "");
        truncateSync(path, 100_000_001); // sparse: takes no disk space
        const receipt = await ingestFile(store(), path, options);
        expect(receipt.issues.map((i) => [i.code, i.value])).toEqual([
          ["file-too-large", "100,0 MB"],
        ]);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });

    // Only a server has two connections at once; PGlite serves one process through one connection.
    const onServer = engine.engine === "postgres" ? it : () => {};
    onServer("stores a file once when two loads of it run at the same time", async () => {
      const second = await openStore(fixture.options);
      try {
        const folder = mkdtempSync(join(tmpdir(), "normmonitor-twice-"));
        const path = join(folder, "GM0050_signalen_2025-Q3.csv");
        writeFileSync(
          path,
          "signaal_id;datum_ontvangen;bron;fenomeen\nZ1;01-07-2025;mma;drugs\nZ2;02-07-2025;burger;hennep\n",
        );
        const before = await countEvents(store().db);
        const receipts = await Promise.all([
          ingestFile(store(), path, options),
          ingestFile(second, path, options),
        ]);
        expect(receipts.map((r) => r.status).sort()).toEqual(["accepted", "already-known"]);
        expect(await countEvents(store().db)).toBe(before + 2);
        rmSync(folder, { recursive: true, force: true });
      } finally {
        await second.close();
      }
    });

    it("validates without storing on a dry run", async () => {
      const before = await countEvents(store().db);
      const receipt = await ingestFile(
        undefined,
        join(fixtures, "signalen/herlevering/GM0303_signalen_2025-Q3.csv"),
        { ...options, dryRun: true },
      );
      expect(receipt).toMatchObject({ status: "valid", records: 4 });
      expect(await countEvents(store().db)).toBe(before);
    });
  });
}
