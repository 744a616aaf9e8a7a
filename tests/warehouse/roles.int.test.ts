import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFile } from "../../ingest/ingest-file.ts";
import { assertMayAppend } from "../../warehouse/assert-may-append.ts";
import { countEvents } from "../../warehouse/count-events.ts";
import type { Store } from "../../warehouse/open-store.ts";
import { StoreUnavailableError } from "../../warehouse/store-unavailable-error.ts";
import { APPEND, asRole, READ, sqlStateOf } from "./as-role.ts";
import { type TestStore, testEngines } from "./test-stores.ts";

const fixtures = join(import.meta.dirname, "../fixtures/deliveries/signalen");

/** One statement of each kind a role might try, on both tables; valid SQL the owner may run. */
const attempts = {
  "INSERT events": sql`
    INSERT INTO events (event_id, type, organisatie, soort, periode, record_id, occurred_at,
      delivery_id, file_name, sha256)
    VALUES (gen_random_uuid(), 'RecordDelivered', 'org-rollen', 'signalen', '2025-Q1', 'S-1',
      '2025-02-14', gen_random_uuid(), 'rollen.csv', 'abc')`,
  "INSERT deliveries": sql`
    INSERT INTO deliveries (delivery_id, file_name, sha256, organisatie, soort, periode, format,
      record_count, added, corrected, withdrawn, unchanged, warnings)
    VALUES (gen_random_uuid(), 'rollen.csv', 'abc', 'org-rollen', 'signalen', '2025-Q1', 'csv',
      0, 0, 0, 0, 0, 0)`,
  "UPDATE events": sql`UPDATE events SET file_name = 'anders.csv'`,
  "UPDATE deliveries": sql`UPDATE deliveries SET file_name = 'anders.csv'`,
  "DELETE events": sql`DELETE FROM events`,
  "DELETE deliveries": sql`DELETE FROM deliveries`,
  "TRUNCATE events": sql`TRUNCATE events`,
  "TRUNCATE deliveries": sql`TRUNCATE deliveries`,
  "CREATE TABLE": sql`CREATE TABLE rollen_probe (a integer)`,
};

/** Each attempt's SQLSTATE in order (undefined: it ran), every statement on its own. */
async function attempt(store: Store): Promise<Record<string, string | undefined>> {
  const states: Record<string, string | undefined> = {};
  for (const [name, statement] of Object.entries(attempts))
    states[name] = await sqlStateOf(statement.execute(store.db));
  return states;
}

const PERMISSION_DENIED = "42501";
// RAISE EXCEPTION without an errcode: raise_exception, the append-only trigger's refusal.
const TRIGGER_REFUSED = "P0001";

for (const engine of testEngines()) {
  describe.skipIf(engine.skip !== undefined)(`the roles on ${engine.label}`, () => {
    let fixture: TestStore;

    beforeAll(async () => {
      fixture = await engine.open();
      if (engine.engine === "pglite") {
        // PGlite bulk-loads with COPY … FROM '/dev/blob', which PostgreSQL counts as reading a
        // server file: a right no server role here gets. In one process with the data files it
        // guards nothing, so the test grants it to let ingestFile run as the appender.
        await sql`GRANT pg_read_server_files TO ${sql.id(APPEND)}`.execute(fixture.store.db);
      }
    });
    afterAll(async () => {
      await fixture?.dispose();
    });

    it("grant the appender SELECT and INSERT, the reader SELECT, on the store and Kysely's tables only", async () => {
      const { rows } = await sql<{ grantee: string; table_name: string; privilege_type: string }>`
        SELECT grantee, table_name, privilege_type FROM information_schema.table_privileges
        WHERE grantee IN (${APPEND}, ${READ})
        ORDER BY grantee, table_name, privilege_type`.execute(fixture.store.db);
      expect(rows.map((r) => `${r.grantee} ${r.table_name} ${r.privilege_type}`)).toEqual([
        "normmonitor_append deliveries INSERT",
        "normmonitor_append deliveries SELECT",
        "normmonitor_append events INSERT",
        "normmonitor_append events SELECT",
        "normmonitor_append kysely_migration SELECT",
        "normmonitor_append kysely_migration_lock SELECT",
        "normmonitor_read deliveries SELECT",
        "normmonitor_read events SELECT",
        "normmonitor_read kysely_migration SELECT",
        "normmonitor_read kysely_migration_lock SELECT",
      ]);
      // No sequence: the identity column's sequence needs no grant to be used by an INSERT. TEMP
      // for the append's staging fallback: PUBLIC has it by default, the appender also by name.
      const { rows: rights } = await sql<Record<string, boolean>>`
        SELECT
          has_sequence_privilege(${APPEND}, 'events_position_seq', 'USAGE') AS append_sequence,
          has_schema_privilege(${APPEND}, current_schema(), 'CREATE') AS append_create,
          has_schema_privilege(${READ}, current_schema(), 'CREATE') AS read_create,
          has_database_privilege(${APPEND}, current_database(), 'CONNECT') AS append_connect,
          has_database_privilege(${READ}, current_database(), 'CONNECT') AS read_connect,
          has_database_privilege(${APPEND}, current_database(), 'TEMPORARY') AS append_temp,
          (SELECT rolcanlogin AND NOT rolsuper AND NOT rolcreaterole AND NOT rolcreatedb
             FROM pg_roles WHERE rolname = ${READ}) AS read_plain_login,
          (SELECT rolcanlogin AND NOT rolsuper AND NOT rolcreaterole AND NOT rolcreatedb
             FROM pg_roles WHERE rolname = ${APPEND}) AS append_plain_login
      `.execute(fixture.store.db);
      expect(rights[0]).toEqual({
        append_sequence: false,
        append_create: false,
        read_create: false,
        append_connect: true,
        read_connect: true,
        append_temp: true,
        read_plain_login: true,
        append_plain_login: true,
      });
    });

    it("let the appender ingest a delivery and its re-delivery, diffed against what it reads", async () => {
      const receipts = await asRole(fixture, APPEND, async (store) => [
        await ingestFile(store, join(fixtures, "GM0303_signalen_2025-Q3.csv"), {
          today: "2026-11-29",
        }),
        await ingestFile(store, join(fixtures, "herlevering/GM0303_signalen_2025-Q3.csv"), {
          today: "2026-11-29",
        }),
      ]);
      // By hand from the two files: first 4 new records; then 0001 and 0004 unchanged (gm0303/j
      // are written GM0303/ja), 0002's opvolging changed, 0003 missing, 0005 new.
      expect(
        receipts.map((r) => [r.status, r.added, r.corrected, r.withdrawn, r.unchanged]),
      ).toEqual([
        ["accepted", 4, 0, 0, 0],
        ["accepted", 1, 1, 1, 2],
      ]);
      // 4 + 1 new + 1 correction + 1 withdrawal, as the owner reads them.
      expect(await countEvents(fixture.store.db)).toBe(7);
    });

    it("refuse the appender UPDATE, DELETE, TRUNCATE and CREATE by its grants (42501), before the trigger", async () => {
      const states = await asRole(fixture, APPEND, attempt);
      expect(states).toEqual({
        "INSERT events": undefined,
        "INSERT deliveries": undefined,
        "UPDATE events": PERMISSION_DENIED,
        "UPDATE deliveries": PERMISSION_DENIED,
        "DELETE events": PERMISSION_DENIED,
        "DELETE deliveries": PERMISSION_DENIED,
        "TRUNCATE events": PERMISSION_DENIED,
        "TRUNCATE deliveries": PERMISSION_DENIED,
        "CREATE TABLE": PERMISSION_DENIED,
      });
    });

    it("refuse the reader every change (42501) and let it read what the owner reads", async () => {
      const [states, events] = await asRole(fixture, READ, async (store) => [
        await attempt(store),
        await countEvents(store.db),
      ]);
      expect(Object.values(states)).toEqual(Object.values(attempts).map(() => PERMISSION_DENIED));
      expect(events).toBe(await countEvents(fixture.store.db));
    });

    it("leave the owner refused only by the append-only trigger, so the roles' refusals are their grants", async () => {
      const states = await attempt(fixture.store);
      await sql`DROP TABLE rollen_probe`.execute(fixture.store.db);
      expect(states).toEqual({
        "INSERT events": undefined,
        "INSERT deliveries": undefined,
        "UPDATE events": TRIGGER_REFUSED,
        "UPDATE deliveries": TRIGGER_REFUSED,
        "DELETE events": TRIGGER_REFUSED,
        "DELETE deliveries": TRIGGER_REFUSED,
        "TRUNCATE events": TRIGGER_REFUSED,
        "TRUNCATE deliveries": TRIGGER_REFUSED,
        "CREATE TABLE": undefined,
      });
    });
    it("let the appender and the owner past the check before an ingest, and stop the reader there with exit code 2", async () => {
      const where = "postgres://normmonitor_read@db/nm";
      await expect(assertMayAppend(fixture.store, where)).resolves.toBeUndefined();
      await expect(asRole(fixture, APPEND, (s) => assertMayAppend(s, where))).resolves.toBe(
        undefined,
      );
      const error = await asRole(fixture, READ, (s) => assertMayAppend(s, where)).then(
        () => expect.fail("the reader passed"),
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect((error as StoreUnavailableError).exitCode).toBe(2);
      expect((error as Error).message).toBe(
        "de rol normmonitor_read mag niets toevoegen aan de database postgres://normmonitor_read@db/nm " +
          "(no INSERT privilege). Lees aanleveringen in met de rol normmonitor_append of de eigenaar van de database.",
      );
    });
  });
}
