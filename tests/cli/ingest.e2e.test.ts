import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const fixtures = join(import.meta.dirname, "../fixtures/deliveries");
const home = mkdtempSync(join(tmpdir(), "normmonitor-cli-"));
// The embedded database: the newcomer's default.
const env = { NORMMONITOR_HOME: home, DATABASE_URL: undefined };

describe("npx normmonitor ingest", () => {
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it("exits 0 and prints a summary per file when every file is accepted", async () => {
    const result = await runCli(["ingest", join(fixtures, "signalen")], env);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toEqual([
      "✔ GM0303_signalen_2025-Q3.csv (GM0303 signalen 2025-Q3): 4 records; 4 nieuw, 0 gecorrigeerd, 0 ingetrokken, 0 ongewijzigd, 0 waarschuwingen",
      "✔ GM0303_signalen_2025-Q3.csv (GM0303 signalen 2025-Q3): 4 records; 1 nieuw, 1 gecorrigeerd, 1 ingetrokken, 2 ongewijzigd, 0 waarschuwingen",
    ]);
  }, 60_000);

  it("prints a machine-readable receipt with --json, and a repeat changes nothing", async () => {
    const result = await runCli(["ingest", "--json", join(fixtures, "signalen")], env);
    expect(result.code).toBe(0);
    const receipt = JSON.parse(result.stdout) as { files: { status: string; events: number }[] };
    expect(receipt.files.map((f) => [f.status, f.events])).toEqual([
      ["already-known", 0],
      ["already-known", 0],
    ]);
  }, 60_000);

  it("exits 1 when a file is refused, still loads the rest, and names file, line, column and value", async () => {
    const folder = mkdtempSync(join(tmpdir(), "normmonitor-mixed-"));
    try {
      cpSync(
        join(fixtures, "dialects/comma-iso/GM0034_maatregelen_2025-Q2.csv"),
        join(folder, "GM0034_maatregelen_2025-Q2.csv"),
      );
      cpSync(
        join(fixtures, "signalen/GM0303_signalen_2025-Q3.csv"),
        join(folder, "GM0303_signalen_2025-Q2.csv"),
      );
      const result = await runCli(["ingest", folder], env);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(
        "✔ GM0034_maatregelen_2025-Q2.csv (GM0034 maatregelen 2025-Q2): 3 records; 3 nieuw",
      );
      expect(result.stdout).toContain(
        "✘ GM0303_signalen_2025-Q2.csv: geweigerd, 4 problemen; niets opgeslagen",
      );
      expect(result.stdout).toContain(
        'GM0303_signalen_2025-Q2.csv, regel 2, kolom datum_ontvangen: waarde "2025-07-02": fout (outside-period)',
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);

  it("validates only with --dry-run", async () => {
    const result = await runCli(["ingest", "--dry-run", join(fixtures, "dialects/json")], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("geldig (proefrun, niets opgeslagen)");
    const status = await runCli(["status", "--json"], env);
    const parsed = JSON.parse(status.stdout) as { deliveries: number; events: number };
    // Only the two signalen deliveries and the register of the test before are stored.
    expect([parsed.deliveries, parsed.events]).toEqual([3, 10]);
  }, 60_000);

  it("exits 2 for usage errors", async () => {
    expect((await runCli(["ingest"], env)).code).toBe(2);
    expect((await runCli(["ingest", join(home, "does-not-exist")], env)).code).toBe(2);
    expect((await runCli(["nonsense"], env)).code).toBe(2);
  }, 60_000);
});
