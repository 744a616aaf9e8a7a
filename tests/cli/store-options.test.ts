import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { storeOptionsFor } from "../../pipeline/cli/store-options.ts";

const owner = "postgres://eigenaar@db/nm";
const append = "postgres://normmonitor_append@db/nm";
const read = "postgres://normmonitor_read@db/nm";

describe("storeOptionsFor(step, env)", () => {
  it("gives each step DATABASE_URL when no step has a URL of its own", () => {
    const env = { DATABASE_URL: owner, NORMMONITOR_HOME: "/srv/nm" };
    expect(storeOptionsFor("ingest", env)).toEqual({
      databaseUrl: owner,
      home: resolve("/srv/nm"),
      access: "append",
    });
    expect(storeOptionsFor("read", env)).toMatchObject({ databaseUrl: owner, access: "read" });
  });

  it("lets a step's own URL override DATABASE_URL, for that step only", () => {
    const env = {
      DATABASE_URL: owner,
      NORMMONITOR_INGEST_DATABASE_URL: append,
      NORMMONITOR_READ_DATABASE_URL: ` ${read} `,
    };
    expect(storeOptionsFor("ingest", env).databaseUrl).toBe(append);
    expect(storeOptionsFor("read", env).databaseUrl).toBe(read);
    expect(
      storeOptionsFor("read", { DATABASE_URL: owner, NORMMONITOR_INGEST_DATABASE_URL: append }),
    ).toMatchObject({ databaseUrl: owner });
  });

  it("keeps the embedded database when nothing is set, as a newcomer has it", () => {
    expect(storeOptionsFor("ingest", { NORMMONITOR_READ_DATABASE_URL: "" })).toEqual({
      databaseUrl: undefined,
      home: resolve(".normmonitor"),
      access: "append",
    });
  });
});
