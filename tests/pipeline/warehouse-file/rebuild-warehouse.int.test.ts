import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CliError } from "../../../pipeline/cli/cli-error.ts";
import { openWarehouse } from "../../../pipeline/warehouse-file/open-warehouse.ts";
import { rebuildWarehouse } from "../../../pipeline/warehouse-file/rebuild-warehouse.ts";
import { warehousePaths } from "../../../pipeline/warehouse-file/warehouse-paths.ts";
import { withWarehouse } from "../../../pipeline/warehouse-file/with-warehouse.ts";

let home: string;

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), "normmonitor-warehouse-"));
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

const fillWith = (label: string) => async (connection: DuckDBConnection) => {
  await connection.run(`CREATE TABLE IF NOT EXISTS built (label VARCHAR)`);
  await connection.run(`INSERT INTO built VALUES ('${label}')`);
};

const labels = () =>
  withWarehouse(home, async (connection) => {
    const reader = await connection.runAndReadAll("SELECT label FROM built ORDER BY label");
    return reader.getRows().map((row) => row[0]);
  });

describe("rebuildWarehouse(home, fill)", () => {
  it("swaps a warehouse built from nothing in for the previous one", async () => {
    await withWarehouse(home, fillWith("incremental"));
    await withWarehouse(home, fillWith("incremental, later"));

    await rebuildWarehouse(home, fillWith("rebuilt"));

    expect(await labels()).toEqual(["rebuilt"]);
    expect(existsSync(warehousePaths(home).next)).toBe(false);
  });

  it("leaves the previous warehouse as it was when the rebuild fails", async () => {
    await withWarehouse(home, fillWith("previous"));

    const failing = rebuildWarehouse(home, async (connection) => {
      await fillWith("half")(connection);
      throw new Error("store went away");
    });

    await expect(failing).rejects.toThrow("store went away");
    expect(await labels()).toEqual(["previous"]);
    expect(existsSync(warehousePaths(home).next)).toBe(false);
  });

  it("removes what an interrupted rebuild left behind, and the previous warehouse still opens", async () => {
    await withWarehouse(home, fillWith("previous"));
    // A rebuild killed halfway leaves a new file that is not a usable database.
    await writeFile(warehousePaths(home).next, "half a database");

    expect(await labels()).toEqual(["previous"]);
    expect(existsSync(warehousePaths(home).next)).toBe(false);

    await writeFile(warehousePaths(home).next, "half a database");
    await rebuildWarehouse(home, fillWith("rebuilt"));
    expect(await labels()).toEqual(["rebuilt"]);
  });

  it("writes everything into the file, so no WAL is left beside the swapped-in warehouse", async () => {
    await rebuildWarehouse(home, fillWith("rebuilt"));

    expect(existsSync(`${warehousePaths(home).file}.wal`)).toBe(false);
    expect(await labels()).toEqual(["rebuilt"]);
  });
});

describe("openWarehouse(home)", () => {
  it("refuses a second writer while the first has it open, and lets one in after close", async () => {
    const first = await openWarehouse(home);
    try {
      await expect(rebuildWarehouse(home, fillWith("rebuilt"))).rejects.toThrow(CliError);
    } finally {
      await first.close();
    }
    await withWarehouse(home, fillWith("after"));
    expect(await labels()).toEqual(["after"]);
  });
});
