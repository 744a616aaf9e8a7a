import { describe, expect, it } from "vitest";
import { maskDatabaseUrl } from "../../warehouse/mask-database-url.ts";

describe("maskDatabaseUrl(url)", () => {
  it("replaces the password and keeps user, host, port and database", () => {
    expect(maskDatabaseUrl("postgres://ingest:g3heim!@db.example.nl:6543/normmonitor")).toBe(
      "postgres://ingest:***@db.example.nl:6543/normmonitor",
    );
  });

  it("masks a password given as a query parameter", () => {
    expect(maskDatabaseUrl("postgres://db.example.nl/nm?password=g3heim&sslmode=require")).toBe(
      "postgres://db.example.nl/nm?password=***&sslmode=require",
    );
  });

  it("leaves a URL without a password as it is", () => {
    expect(maskDatabaseUrl("postgres://postgres@127.0.0.1:5432/postgres")).toBe(
      "postgres://postgres@127.0.0.1:5432/postgres",
    );
  });

  it("masks a password in a key=value connection string", () => {
    expect(maskDatabaseUrl("host=db user=ingest password=g3heim dbname=nm")).toBe(
      "host=db user=ingest password=*** dbname=nm",
    );
  });
});
