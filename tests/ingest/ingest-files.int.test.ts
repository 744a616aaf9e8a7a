import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeParsedFile } from "../../ingest/ingest-file.ts";
import { ingestFiles } from "../../ingest/ingest-files.ts";
import { parseFile } from "../../ingest/parse-file.ts";
import type { FileReceipt } from "../../ingest/receipt.ts";
import { openStore, type Store } from "../../warehouse/open-store.ts";

// A file of a period kind is stored while it is read; validating it whole first and storing that
// must give the same receipts and events. Both ways run on PGlite here (the server runs the
// store tests and the streaming cases of stream-delivery.int.test.ts).
const fixtures = join(import.meta.dirname, "../fixtures/deliveries/signalen");
const today = "2026-11-28";
const work = mkdtempSync(join(tmpdir(), "normmonitor-ingest-files-"));
const folder = join(work, "in");

function files(): string[] {
  return [
    join(folder, "GM0303_signalen_2025-Q3.csv"),
    join(folder, "GM0034_signalen_2025-Q4.csv"),
    join(folder, "herlevering", "GM0303_signalen_2025-Q3.csv"),
  ];
}

async function run(way: "streamed" | "whole", paths = files()) {
  const home = mkdtempSync(join(work, `${way}-`));
  const store = await openStore({ home });
  const seen: string[] = [];
  const onReceipt = (receipt: FileReceipt) => seen.push(`${receipt.file}:${receipt.status}`);
  try {
    let receipts: FileReceipt[] = [];
    if (way === "streamed") receipts = await ingestFiles(store, paths, { today, onReceipt });
    else {
      for (const path of paths) {
        const receipt = await storeParsedFile(store, await parseFile(path, { today }), {});
        receipts.push(receipt);
        onReceipt(receipt);
      }
    }
    return { receipts, seen, events: await eventsOf(store) };
  } finally {
    await store.close();
  }
}

async function eventsOf(store: Store) {
  const { rows } = await sql<{ type: string; record_id: string; superseded: boolean }>`
    SELECT type, record_id, supersedes IS NOT NULL AS superseded FROM events ORDER BY position`.execute(
    store.db,
  );
  return rows.map((row) => `${row.type} ${row.record_id}${row.superseded ? " (supersedes)" : ""}`);
}

describe("ingestFiles", () => {
  let streamed: Awaited<ReturnType<typeof run>>;
  let whole: Awaited<ReturnType<typeof run>>;

  beforeAll(async () => {
    mkdirSync(join(folder, "herlevering"), { recursive: true });
    cpSync(
      join(fixtures, "GM0303_signalen_2025-Q3.csv"),
      join(folder, "GM0303_signalen_2025-Q3.csv"),
    );
    cpSync(
      join(fixtures, "herlevering", "GM0303_signalen_2025-Q3.csv"),
      join(folder, "herlevering", "GM0303_signalen_2025-Q3.csv"),
    );
    // Refused: a formula in a cell (and Almere's 2025-Q4 has nothing else to store).
    writeFileSync(
      join(folder, "GM0034_signalen_2025-Q4.csv"),
      "signaal_id;datum;gemeente;fenomeen;bron;opvolging\nSIG-1;01-10-2025;GM0034;=1+1;melding;geen\n",
    );
    [streamed, whole] = [await run("streamed"), await run("whole")];
  }, 60_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("stores the files in their order: the re-delivery after its original, a refusal in between", () => {
    expect(streamed.seen).toEqual([
      "GM0303_signalen_2025-Q3.csv:accepted",
      "GM0034_signalen_2025-Q4.csv:refused",
      "GM0303_signalen_2025-Q3.csv:accepted",
    ]);
    // The fixture's re-delivery by hand: 0002 corrected, 0005 new, 0003 left out, 0001 and 0004 unchanged.
    const redelivery = streamed.receipts[2] as FileReceipt;
    expect(redelivery).toMatchObject({ added: 1, corrected: 1, withdrawn: 1, unchanged: 2 });
    expect(streamed.events).toEqual([
      "RecordDelivered SIG-DR-2025-0001",
      "RecordDelivered SIG-DR-2025-0002",
      "RecordDelivered SIG-DR-2025-0003",
      "RecordDelivered SIG-DR-2025-0004",
      "RecordCorrected SIG-DR-2025-0002 (supersedes)",
      "RecordDelivered SIG-DR-2025-0005",
      "RecordWithdrawn SIG-DR-2025-0003 (supersedes)",
    ]);
    expect(streamed.receipts[1]?.issues.map((issue) => [issue.code, issue.line])).toContainEqual([
      "formula-injection",
      2,
    ]);
  });

  it("gives the same receipts and events as validating each file whole before storing it", () => {
    expect(streamed.receipts).toEqual(whole.receipts);
    expect(streamed.seen).toEqual(whole.seen);
    expect(streamed.events).toEqual(whole.events);
  });

  it("throws a file's unexpected failure (here: it vanished)", async () => {
    const missing = [
      join(folder, "GM0303_signalen_2025-Q3.csv"),
      join(folder, "GM0050_signalen_2025-Q1.csv"),
    ];
    await expect(ingestFiles(undefined, missing, { today, dryRun: true })).rejects.toMatchObject({
      code: "ENOENT",
    });
  });
});
