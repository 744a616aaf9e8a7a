import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFile } from "../../ingest/ingest-file.ts";
import { parseFile } from "../../ingest/parse-file.ts";
import { countEvents } from "../../warehouse/count-events.ts";
import { readDeliveries } from "../../warehouse/read-deliveries.ts";
import { readStream } from "../../warehouse/read-stream.ts";
import { type TestStore, testEngines } from "../warehouse/test-stores.ts";
import { writeLargeSignalenFile } from "./large-signalen-file.ts";
import { signalenHeader, writeFileWithTakenEventId } from "./taken-event-id-file.ts";

const fixtures = join(import.meta.dirname, "../fixtures/deliveries");
const options = { today: "2026-11-28" };

// A file of a period kind is stored while its rows are validated (ingest/stream-delivery.ts):
// these are the cases where that differs from validating the whole file first.
for (const engine of testEngines()) {
  describe.skipIf(engine.skip !== undefined)(
    `storing a delivery while reading it, on ${engine.label}`,
    () => {
      let fixture: TestStore;
      let folder: string;
      const store = () => fixture.store;

      beforeAll(async () => {
        fixture = await engine.open();
        folder = mkdtempSync(join(tmpdir(), "normmonitor-stream-"));
      });
      afterAll(async () => {
        await fixture?.dispose();
        rmSync(folder, { recursive: true, force: true });
      });

      it("refuses a file whose bad rows follow good ones, listing every problem, and keeps nothing of it", async () => {
        const first = await ingestFile(
          store(),
          join(fixtures, "signalen/GM0303_signalen_2025-Q3.csv"),
          options,
        );
        expect(first).toMatchObject({ status: "accepted", events: 4 });
        // Lines 2-4 are good (one unchanged, one corrected, one new) and go out before line 5 is
        // read; line 5 has a date that does not exist, line 6 is good again, line 7 has a field
        // more than the header (found reading it, before its checks) and line 8 has a source
        // not on the list.
        const dir = join(folder, "refused");
        mkdirSync(dir);
        const path = join(dir, "GM0303_signalen_2025-Q3.csv");
        writeFileSync(
          path,
          [
            signalenHeader,
            "SIG-DR-2025-0001;02-07-2025;mma;hennep;;ja;10-07-2025;bestuurlijk;",
            "SIG-DR-2025-0002;15-07-2025;politie;drugslab;GM0303;nee;;bibob;",
            "SIG-DR-2025-0005;20-08-2025;politie;hennep;GM0303;nee;;lopend;",
            "SIG-DR-2025-0006;31-09-2025;politie;hennep;GM0303;nee;;lopend;",
            "SIG-DR-2025-0008;22-08-2025;politie;hennep;GM0303;nee;;lopend;",
            "SIG-DR-2025-0009;23-08-2025;politie;hennep;GM0303;nee;;lopend;;x",
            "SIG-DR-2025-0007;21-08-2025;krant;hennep;GM0303;nee;;lopend;",
            "",
          ].join("\n"),
        );

        const receipt = await ingestFile(store(), path, options);

        expect(receipt.status).toBe("refused");
        expect(receipt.issues.map((issue) => [issue.line, issue.code, issue.column])).toEqual([
          [5, "invalid-date", "datum_ontvangen"],
          [7, "too-many-fields", undefined],
          [8, "invalid-code", "bron"],
        ]);
        // Word for word what validating the whole file first refuses it with.
        const whole = await parseFile(path, options);
        expect(whole.ok).toBe(false);
        expect(receipt).toEqual(whole.ok ? undefined : whole.receipt);
        expect(await countEvents(store().db)).toBe(4);
        expect(await readDeliveries(store().db)).toHaveLength(1);
      });

      it("stores the file whole when one of its event ids is taken, and each event once", async () => {
        const path = join(folder, "GM0303_signalen_2025-Q4.csv");
        await writeFileWithTakenEventId(store(), path, options.today);

        const receipt = await ingestFile(store(), path, options);

        expect(receipt).toMatchObject({ status: "accepted", records: 3, added: 3, events: 2 });
        const stream = await readStream(store().db, {
          organisatie: "GM0303",
          soort: "signalen",
          periode: "2025-Q4",
        });
        expect(stream.map((event) => event.recordId)).toEqual(["SIG-A-1", "SIG-A-3"]);
      });

      it("reports its progress every 5,000 records of a large file", async () => {
        const path = join(folder, "GM0034_signalen_2025-Q3.csv");
        await writeLargeSignalenFile(path, 12_000);
        const progress: [number, number][] = [];
        const receipt = await ingestFile(store(), path, {
          ...options,
          onProgress: (done, total) => progress.push([done, total]),
        });
        expect(receipt).toMatchObject({ status: "accepted", records: 12_000, events: 12_000 });
        expect(progress).toEqual([
          [5_000, 12_000],
          [10_000, 12_000],
          [12_000, 12_000],
        ]);
      });
    },
  );
}
