import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFiles } from "../../ingest/ingest-files.ts";
import type { FileReceipt } from "../../ingest/receipt.ts";
import { openStore, type Store } from "../../warehouse/open-store.ts";

// Where a file is parsed (on the worker thread, ahead of storing, or inline) must change nothing
// but the timing. The parse path does not touch the database, so PGlite alone is enough here.
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

async function run(parseOn: "worker" | "inline", paths = files()) {
  const home = mkdtempSync(join(work, `${parseOn}-`));
  const store = await openStore({ home });
  const seen: string[] = [];
  try {
    const receipts = await ingestFiles(store, paths, {
      today,
      parseOn,
      onReceipt: (receipt) => seen.push(`${receipt.file}:${receipt.status}`),
    });
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
  let worker: Awaited<ReturnType<typeof run>>;
  let inline: Awaited<ReturnType<typeof run>>;

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
    [worker, inline] = [await run("worker"), await run("inline")];
  }, 60_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("stores the files in their order: the re-delivery after its original, a refusal in between", () => {
    expect(worker.seen).toEqual([
      "GM0303_signalen_2025-Q3.csv:accepted",
      "GM0034_signalen_2025-Q4.csv:refused",
      "GM0303_signalen_2025-Q3.csv:accepted",
    ]);
    // The fixture's re-delivery by hand: 0002 corrected, 0005 new, 0003 left out, 0001 and 0004 unchanged.
    const redelivery = worker.receipts[2] as FileReceipt;
    expect(redelivery).toMatchObject({ added: 1, corrected: 1, withdrawn: 1, unchanged: 2 });
    expect(worker.events).toEqual([
      "RecordDelivered SIG-DR-2025-0001",
      "RecordDelivered SIG-DR-2025-0002",
      "RecordDelivered SIG-DR-2025-0003",
      "RecordDelivered SIG-DR-2025-0004",
      "RecordCorrected SIG-DR-2025-0002 (supersedes)",
      "RecordDelivered SIG-DR-2025-0005",
      "RecordWithdrawn SIG-DR-2025-0003 (supersedes)",
    ]);
    expect(worker.receipts[1]?.issues.map((issue) => [issue.code, issue.line])).toContainEqual([
      "formula-injection",
      2,
    ]);
  });

  it("gives the same receipts and events whether files are parsed on the worker or inline", () => {
    expect(worker.receipts).toEqual(inline.receipts);
    expect(worker.seen).toEqual(inline.seen);
    expect(worker.events).toEqual(inline.events);
  });

  it("throws a file's unexpected failure (here: it vanished) in both modes, without hanging", async () => {
    const missing = [
      join(folder, "GM0303_signalen_2025-Q3.csv"),
      join(folder, "GM0050_signalen_2025-Q1.csv"),
    ];
    for (const parseOn of ["worker", "inline"] as const) {
      await expect(
        ingestFiles(undefined, missing, { today, parseOn, dryRun: true }),
      ).rejects.toMatchObject({
        code: "ENOENT",
      });
    }
  });
});
