import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { parseDelivery } from "../../ingest/parse-delivery.ts";
import {
  csvDelivery,
  deliveryName,
  type HostileFile,
  jsonDelivery,
} from "../ingest/hostile/delivery-arbitraries.ts";
import { runCli } from "./run-cli.ts";

const home = mkdtempSync(join(tmpdir(), "normmonitor-junk-"));
const env = { NORMMONITOR_HOME: home, DATABASE_URL: undefined };
const seed = Number(process.env.FC_SEED ?? 20261128);

// Random files of every sort, the same ones on every run (fixed seed); each in a folder of its
// own, so that equal names do not overwrite each other.
const junk: HostileFile[] = [
  ...fc.sample(csvDelivery, { seed, numRuns: 8 }),
  ...fc.sample(jsonDelivery, { seed, numRuns: 8 }),
  ...fc
    .sample(fc.tuple(deliveryName, fc.uint8Array({ minLength: 1, maxLength: 500 })), {
      seed,
      numRuns: 4,
    })
    .map(([fileName, bytes]) => ({ fileName, bytes })),
  {
    // One good file among the junk: the junk must not keep it out.
    fileName: "GM0303_signalen_2025-Q3.csv",
    bytes: readFileSync(
      join(import.meta.dirname, "../fixtures/deliveries/signalen/GM0303_signalen_2025-Q3.csv"),
    ),
  },
  {
    // A register whose peildatum is an e-mail address: once accepted raw, then thrown back by
    // the database's date column with the address in its message.
    fileName: "register.json",
    bytes: Buffer.from(
      JSON.stringify({
        organisatie: "GM0034",
        soort: "maatregelen",
        peildatum: "p.de.vries@voorbeeld.nl",
        records: [],
      }),
    ),
  },
];

function writeJunk(): string[] {
  return junk.map((file, index) => {
    const folder = join(home, "junk", String(index));
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, file.fileName), file.bytes);
    return join(folder, file.fileName);
  });
}

const stackLine = /^\s+at .+\(?.*:\d+:\d+\)?$/m;

describe("npx normmonitor ingest on junk", () => {
  afterAll(() => rmSync(home, { recursive: true, force: true }));
  const paths = writeJunk();
  const today = new Date().toISOString().slice(0, 10);
  // What the pure parser says of each file decides the exit code: 1 when any is refused.
  const refused = junk.filter((file) => !parseDelivery({ ...file, today }).ok).length;

  it("stores what it can and refuses the rest, exit 0 or 1, one line per file and no stack trace", async () => {
    const result = await runCli(["ingest", ...paths], env);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(refused > 0 ? 1 : 0);
    expect(result.stderr).not.toMatch(stackLine);
    expect(result.stderr).toBe("");
    const verdicts = result.stdout.split("\n").filter((line) => /^[✔✘=] /.test(line));
    expect(verdicts).toHaveLength(junk.length);
    expect(verdicts.filter((line) => line.startsWith("✘"))).toHaveLength(refused);
    expect(verdicts).toContain(
      "✔ GM0303_signalen_2025-Q3.csv (GM0303 signalen 2025-Q3): 4 records; 4 nieuw, 0 gecorrigeerd, 0 ingetrokken, 0 ongewijzigd, 0 waarschuwingen",
    );
    expect(result.stdout).not.toContain("p.de.vries@voorbeeld.nl");
  }, 120_000);

  it("says the same in a JSON receipt on a second run, where the stored ones are already known", async () => {
    const result = await runCli(["ingest", "--json", ...paths], env);
    expect(result.code).toBe(refused > 0 ? 1 : 0);
    expect(result.stderr).toBe("");
    const receipt = JSON.parse(result.stdout) as { files: { status: string }[] };
    const statuses = receipt.files.map((file) => file.status);
    expect(statuses.filter((status) => status === "refused")).toHaveLength(refused);
    expect(statuses.filter((status) => status === "already-known")).toHaveLength(
      junk.length - refused,
    );
  }, 120_000);
});
