import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { inOneTransaction } from "../../../pipeline/build/in-one-transaction.ts";

async function connect() {
  const connection = await (await DuckDBInstance.create(":memory:")).connect();
  await connection.run("CREATE TABLE a AS SELECT 1 AS build");
  await connection.run("CREATE TABLE b AS SELECT 1 AS build");
  return connection;
}

async function builds(connection: Awaited<ReturnType<typeof connect>>): Promise<unknown[]> {
  const reader = await connection.runAndReadAll(
    "SELECT (SELECT build FROM a), (SELECT build FROM b)",
  );
  return reader.getRows()[0] ?? [];
}

describe("inOneTransaction", () => {
  it("keeps every table of the last build when a later model fails", async () => {
    const connection = await connect();
    await expect(
      inOneTransaction(connection, async () => {
        await connection.run("CREATE OR REPLACE TABLE a AS SELECT 2 AS build");
        await connection.run("CREATE OR REPLACE TABLE b AS SELECT CAST('x' AS INTEGER) AS build");
      }),
    ).rejects.toThrow(/Could not convert/);
    expect(await builds(connection)).toEqual([1, 1]);
  });

  it("replaces them all, and returns fn's result, when every model succeeds", async () => {
    const connection = await connect();
    const result = await inOneTransaction(connection, async () => {
      await connection.run("CREATE OR REPLACE TABLE a AS SELECT 2 AS build");
      await connection.run("CREATE OR REPLACE TABLE b AS SELECT 2 AS build");
      return "done";
    });
    expect(result).toBe("done");
    expect(await builds(connection)).toEqual([2, 2]);
  });
});
