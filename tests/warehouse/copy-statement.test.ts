import { describe, expect, it } from "vitest";
import { copyStatement } from "../../warehouse/copy-statement.ts";

describe("copyStatement(table, columns, source)", () => {
  it("quotes a schema-qualified table and every column", () => {
    expect(copyStatement("pg_temp.events_staging", ["ord", "event_id"], "STDIN")).toBe(
      'COPY "pg_temp"."events_staging" ("ord", "event_id") FROM STDIN (FORMAT text)',
    );
  });

  it("reads from PGlite's blob and doubles quotes inside a name", () => {
    expect(copyStatement('odd"name', ["v"], "'/dev/blob'")).toBe(
      `COPY "odd""name" ("v") FROM '/dev/blob' (FORMAT text)`,
    );
  });
});
