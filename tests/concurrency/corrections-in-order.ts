import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createRandom } from "../../ingest/samples/random-source.ts";
import { openStore } from "../../warehouse/open-store.ts";
import { readStream } from "../../warehouse/read-stream.ts";
import { startCli } from "../cli/run-cli.ts";
import { serverTarget } from "../faults/fault-target.ts";
import { writeLargeSignalenFile } from "../ingest/large-signalen-file.ts";

/** What one round of two competing re-deliveries tried and found. */
export interface CorrectionsInOrderTally {
  corrected: number;
  withdrawn: number;
  problems: string[];
}

const fileName = "GM0034_signalen_2025-Q3.csv";
const streamKey = "GM0034/signalen/2025-Q3";

/**
 * Delivers the same period twice at once: the second file corrects some records (opvolging
 * `bestuurlijk`) and leaves others out. The test holds the stream's lock, lets the first ingest
 * queue behind it and then the second, and releases it: the first delivery goes in first and the
 * second is diffed against it, so its corrections and withdrawals are the current state.
 */
export async function correctionsInOrderRound(options: {
  baseUrl: string;
  seed: number;
  records: number;
}): Promise<CorrectionsInOrderTally> {
  const random = createRandom(options.seed, "corrections-in-order");
  const work = await mkdtemp(join(tmpdir(), "normmonitor-corrections-"));
  const target = await serverTarget("correcties op volgorde", options.baseUrl);
  const gate = new pg.Client({ connectionString: target.store.databaseUrl });
  const problems: string[] = [];
  try {
    const first = join(work, "eerste", fileName);
    const second = join(work, "tweede", fileName);
    await mkdir(join(work, "eerste"));
    await mkdir(join(work, "tweede"));
    await writeLargeSignalenFile(first, options.records);
    const [header, ...lines] = (await readFile(first, "latin1")).split("\r\n").filter(Boolean);
    const changed = new Set<string>();
    const dropped = new Set<string>();
    const kept = lines.flatMap((line) => {
      const id = line.split(";")[0] as string;
      const roll = random.float();
      if (roll < 0.01) {
        dropped.add(id);
        return [];
      }
      if (roll < 0.05) {
        changed.add(id);
        return [line.replace(/;lopend$/, ";bestuurlijk")];
      }
      return [line];
    });
    await writeFile(second, `${[header, ...kept].join("\r\n")}\r\n`, "latin1");

    // Migrated before the gate is taken, so neither run waits on anything but the stream.
    await (await openStore(target.store)).close();
    await gate.connect();
    const { rows } = await gate.query<{ key: string }>(
      "SELECT hashtextextended($1, 0)::text AS key",
      [streamKey],
    );
    const key = rows[0]?.key as string;
    await gate.query("SELECT pg_advisory_lock($1::bigint)", [key]);
    const waiting = async () => {
      const result = await gate.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_locks
         WHERE locktype = 'advisory' AND NOT granted AND objsubid = 1
           AND ((classid::bigint << 32) | objid::bigint) = $1::bigint`,
        [key],
      );
      return result.rows[0]?.n ?? 0;
    };
    const untilWaiting = async (count: number) => {
      for (let tries = 0; (await waiting()) < count; tries++) {
        if (tries > 1_200) throw new Error(`no ${count} ingests queued for ${streamKey}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const runFirst = startCli(["ingest", "--json", first], target.env);
    await untilWaiting(1);
    const runSecond = startCli(["ingest", "--json", second], target.env);
    await untilWaiting(2);
    await gate.query("SELECT pg_advisory_unlock($1::bigint)", [key]);
    const [one, two] = await Promise.all([runFirst.done, runSecond.done]);

    type Receipt = { status: string; added: number; corrected: number; withdrawn: number };
    const receipt = (stdout: string) => (JSON.parse(stdout) as { files: Receipt[] }).files[0];
    const expect = (what: string, actual: unknown, expected: unknown) => {
      if (JSON.stringify(actual) !== JSON.stringify(expected))
        problems.push(`${what}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
    };
    expect("exit codes", [one.code, two.code], [0, 0]);
    if (one.code === 0 && two.code === 0) {
      const r1 = receipt(one.stdout);
      const r2 = receipt(two.stdout);
      expect("first receipt", [r1?.status, r1?.added], ["accepted", options.records]);
      expect(
        "second receipt",
        [r2?.status, r2?.added, r2?.corrected, r2?.withdrawn],
        ["accepted", 0, changed.size, dropped.size],
      );
    }
    const store = await openStore(target.store);
    try {
      const events = await readStream(store.db, {
        organisatie: "GM0034",
        soort: "signalen",
        periode: "2025-Q3",
      });
      const current = new Map(events.map((event) => [event.recordId, event]));
      let wrong = 0;
      for (const [id, event] of current) {
        const opvolging = (event.payload as { opvolging?: string } | null)?.opvolging;
        const expected = dropped.has(id)
          ? "RecordWithdrawn"
          : changed.has(id)
            ? "RecordCorrected bestuurlijk"
            : "RecordDelivered lopend";
        const found = event.type === "RecordWithdrawn" ? event.type : `${event.type} ${opvolging}`;
        if (found !== expected) wrong++;
      }
      expect("records", current.size, options.records);
      expect("records not in the state of the later delivery", wrong, 0);
    } finally {
      await store.close();
    }
    return {
      corrected: changed.size,
      withdrawn: dropped.size,
      problems: problems.map(
        (problem) => `corrections in order (seed ${options.seed}): ${problem}`,
      ),
    };
  } finally {
    await gate.end().catch(() => {});
    await target.dispose();
    await rm(work, { recursive: true, force: true });
  }
}
