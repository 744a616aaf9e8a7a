import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countEvents } from "../../warehouse/count-events.ts";
import { openStore } from "../../warehouse/open-store.ts";
import { readDeliveries } from "../../warehouse/read-deliveries.ts";
import { writeLargeSignalenFile } from "../ingest/large-signalen-file.ts";
import { type TestStore, testEngines } from "../warehouse/test-stores.ts";
import { runCli, startCli, until } from "./run-cli.ts";

const folder = mkdtempSync(join(tmpdir(), "normmonitor-kill-"));
const large = join(folder, "GM0034_signalen_2025-Q3.csv");
const records = 12_000;
// The server appends fast: a larger file keeps its transaction open long enough to kill inside.
const serverFile = join(folder, "server", "GM0034_signalen_2025-Q3.csv");
const serverRecords = 30_000;

async function storeCounts(options: {
  databaseUrl?: string;
  home?: string;
}): Promise<[number, number]> {
  const store = await openStore(options);
  try {
    return [await countEvents(store.db), (await readDeliveries(store.db)).length];
  } finally {
    await store.close();
  }
}

/** Waits until some session holds an advisory lock: an ingest is inside its transaction. */
async function untilIngestInTransaction(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (let tries = 0; tries < 600; tries++) {
      const { rows } = await client.query<{ n: string }>(
        "SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
      );
      if (Number(rows[0]?.n) > 0) return;
      await sleep(25);
    }
    throw new Error("the ingest never began its transaction");
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await writeLargeSignalenFile(large, records);
  mkdirSync(join(folder, "server"));
  await writeLargeSignalenFile(serverFile, serverRecords);
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("a killed ingest leaves the store exactly as before", () => {
  const server = testEngines().find((engine) => engine.engine === "postgres");

  describe.skipIf(server?.skip !== undefined)("on the PostgreSQL server", () => {
    let fixture: TestStore;
    beforeAll(async () => {
      fixture = await (server as NonNullable<typeof server>).open();
      await fixture.store.close();
    }, 60_000);
    afterAll(async () => fixture?.dispose());

    it("keeps nothing of a file whose ingest is killed inside its transaction, three times, then loads it whole", async () => {
      const databaseUrl = fixture.databaseUrl as string;
      // Kill points that leave the ingest plenty still to do (a fixed delay after the lock is
      // not one: a fast enough ingest commits first): as soon as it holds its stream lock, and
      // after its first and third progress lines (one per 5,000 of its 30,000 records).
      for (const chunks of [0, 1, 3]) {
        const run = startCli(["ingest", serverFile], { DATABASE_URL: databaseUrl });
        if (chunks === 0) await untilIngestInTransaction(databaseUrl);
        else await until(() => run.stderr().split("records verwerkt").length - 1 >= chunks);
        run.child.kill("SIGKILL");
        const result = await run.done;
        expect(result.signal).toBe("SIGKILL");
        expect(await storeCounts({ databaseUrl })).toEqual([0, 0]);
      }
      const result = await runCli(["ingest", serverFile], { DATABASE_URL: databaseUrl });
      expect(result.code).toBe(0);
      expect(await storeCounts({ databaseUrl })).toEqual([serverRecords, 1]);
      fixture.store = await openStore(fixture.options);
    }, 180_000);
  });

  describe("on the embedded database", () => {
    it("keeps nothing of an ingest killed in the middle of its append, twice, then loads the file whole", async () => {
      const home = join(folder, "home");
      const env = { NORMMONITOR_HOME: home, DATABASE_URL: undefined };
      expect(await storeCounts({ home })).toEqual([0, 0]);
      for (const chunks of [1, 2]) {
        const run = startCli(["ingest", large], env);
        // Progress comes every 5,000 records, stored as they are read, inside the open transaction.
        await until(() => run.stderr().split("records verwerkt").length - 1 >= chunks);
        run.child.kill("SIGKILL");
        const result = await run.done;
        expect(result.signal).toBe("SIGKILL");
        expect(await storeCounts({ home })).toEqual([0, 0]);
      }
      const result = await runCli(["ingest", large], env);
      expect(result.code).toBe(0);
      expect(await storeCounts({ home })).toEqual([records, 1]);
    }, 240_000);
  });
});
