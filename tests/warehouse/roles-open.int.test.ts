import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../warehouse/database.ts";
import { migrateToLatest } from "../../warehouse/migrate-to-latest.ts";
import { createRoleIfMissing } from "../../warehouse/migrations/2026_11_29_create_least_privilege_roles.ts";
import { openStore } from "../../warehouse/open-store.ts";
import { PGliteDialect } from "../../warehouse/pglite-dialect/pglite-dialect.ts";
import { readStream } from "../../warehouse/read-stream.ts";
import { SchemaOutOfDateError } from "../../warehouse/schema-out-of-date-error.ts";
import { StoreUnavailableError } from "../../warehouse/store-unavailable-error.ts";
import { APPEND, READ, urlAs } from "./as-role.ts";
import { newTestEvent } from "./new-test-event.ts";
import { raceSameEvent } from "./race-same-event.ts";
import { type TestStore, testEngines } from "./test-stores.ts";

const serverEngine = testEngines().find((engine) => engine.engine === "postgres");
if (!serverEngine) throw new Error("the server engine");

/** The error a promise was rejected with (fails the test when it was fulfilled). */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail("expected a rejection"),
    (error: unknown) => error,
  );
}

describe("opening the embedded store as a role", () => {
  it("refuses to migrate as the reader, leaving nothing half done, and needs no rights once the owner has", async () => {
    // In memory: nothing to clean up. The roles come first, as a DBA would make them.
    const db = new Kysely<Database>({ dialect: new PGliteDialect(await PGlite.create()) });
    try {
      await sql`CREATE ROLE normmonitor_read LOGIN`.execute(db);
      await sql`SET ROLE normmonitor_read`.execute(db);
      const error = await rejectionOf(migrateToLatest(db));
      expect(error).toBeInstanceOf(SchemaOutOfDateError);
      expect((error as SchemaOutOfDateError).exitCode).toBe(2);
      expect((error as Error).message).toBe(
        "het schema is niet bijgewerkt en de rol normmonitor_read mag het niet bijwerken (schema out of date). " +
          "Voer eerst de migraties uit met de eigenaar van de database: DATABASE_URL=<URL van de eigenaar> normmonitor migrate",
      );
      await sql`RESET ROLE`.execute(db);
      const tables = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`.execute(db);
      expect(tables.rows[0]?.n).toBe(0);

      // The owner migrates (the existing role is kept), then the reader finds nothing due.
      expect(await migrateToLatest(db)).toHaveLength(5);
      await sql`SET ROLE normmonitor_read`.execute(db);
      expect(await migrateToLatest(db)).toEqual([]);
    } finally {
      await db.destroy();
    }
  });
});

describe.skipIf(serverEngine.skip !== undefined)("the roles on a PostgreSQL server", () => {
  let fixture: TestStore;
  const baseUrl = process.env.DATABASE_URL ?? "";
  beforeAll(async () => {
    // Migrating this database also makes sure the roles exist on the server.
    fixture = await serverEngine.open();
  });
  afterAll(async () => {
    await fixture?.dispose();
  });

  async function onServer<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  }

  it("tells a role that opens a database not yet migrated to migrate as the owner, and creates nothing", async () => {
    const name = `nm_test_${randomBytes(6).toString("hex")}`;
    await onServer((client) => client.query(`CREATE DATABASE ${name}`));
    try {
      const url = new URL(baseUrl);
      url.pathname = `/${name}`;
      for (const role of [READ, APPEND]) {
        const error = await rejectionOf(openStore({ databaseUrl: urlAs(url.toString(), role) }));
        expect(error).toBeInstanceOf(StoreUnavailableError);
        expect((error as StoreUnavailableError).exitCode).toBe(2);
        expect((error as Error).message).toContain(
          `Kan de database ${urlAs(url.toString(), role)} niet openen (cannot open database): ` +
            `het schema is niet bijgewerkt en de rol ${role} mag het niet bijwerken`,
        );
      }
      const owner = await openStore({ databaseUrl: url.toString() });
      try {
        // Nothing the roles tried is left: the owner's own first open ran every migration.
        const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(
          owner.db,
        );
        expect(rows).toHaveLength(5);
      } finally {
        await owner.close();
      }
    } finally {
      await onServer((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    }
  });

  it("lets two appenders race for one event id: the later falls back to its TEMP staging table", async () => {
    const appendUrl = urlAs(fixture.databaseUrl ?? "", APPEND);
    const [first, second] = [
      await openStore({ databaseUrl: appendUrl }),
      await openStore({ databaseUrl: appendUrl }),
    ];
    if (!first || !second) throw new Error("two stores");
    try {
      const event = newTestEvent({ organisatie: `org-${randomBytes(4).toString("hex")}` });
      // As in the event-store test: the second COPY waits on the unique index, fails with 23505
      // once the first commits, and appendEvents goes on with CREATE TEMP TABLE and ON CONFLICT.
      const [one, two] = await raceSameEvent(first, second, event);
      expect(one).toEqual({ added: 1, alreadyKnown: 0 });
      expect(two).toEqual({ added: 0, alreadyKnown: 1 });
      const stream = await readStream(fixture.store.db, {
        organisatie: event.organisatie,
        soort: event.soort,
      });
      expect(stream.map((e) => e.eventId)).toEqual([event.eventId]);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it("asks for a DBA when the owner may not create roles, instead of blaming the role", async () => {
    const suffix = randomBytes(6).toString("hex");
    const [owner, missing] = [`nm_test_owner_${suffix}`, `nm_test_role_${suffix}`];
    const admin = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: baseUrl, max: 1 }) }),
    });
    await sql`CREATE ROLE ${sql.id(owner)} LOGIN`.execute(admin);
    const url = new URL(baseUrl);
    url.username = owner;
    const asOwner = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url.toString() }) }),
    });
    try {
      const error = await rejectionOf(createRoleIfMissing(asOwner, missing));
      // Not 42501, which the store would read as "this role may not migrate, use the owner".
      expect((error as { code?: string }).code).toBe("55000");
      expect((error as Error).message).toBe(
        `De rol ${missing} bestaat niet en ${owner} mag geen rollen maken (cannot create role): ` +
          `laat een beheerder eenmalig CREATE ROLE ${missing} LOGIN uitvoeren en migreer opnieuw.`,
      );
    } finally {
      await asOwner.destroy();
      await sql`DROP ROLE IF EXISTS ${sql.id(owner)}`.execute(admin);
      await admin.destroy();
    }
  });

  it("creates a role once when two databases migrate at the same moment", async () => {
    // A role of this test alone: the product's roles exist already and are used by other tests.
    const role = `nm_test_role_${randomBytes(6).toString("hex")}`;
    // One connection each, so BEGIN and what follows share a session, as in one migration.
    const session = () =>
      new Kysely<Database>({
        dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: baseUrl, max: 1 }) }),
      });
    const [a, b] = [session(), session()];
    try {
      const { rows: pids } = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(b);
      await sql`BEGIN`.execute(a);
      await createRoleIfMissing(a, role);
      await sql`BEGIN`.execute(b);
      // b finds no role (a has not committed), so its CREATE ROLE waits on a's row in pg_authid.
      const second = createRoleIfMissing(b, role);
      await until(async () => {
        const { rows } = await sql<{ wait: string | null }>`
          SELECT wait_event_type AS wait FROM pg_stat_activity WHERE pid = ${pids[0]?.pid}`.execute(
          a,
        );
        return rows[0]?.wait === "Lock";
      });
      await sql`COMMIT`.execute(a);
      // Without the handler this would be 23505 (duplicate key in pg_authid_rolname_index).
      await expect(second).resolves.toBeUndefined();
      await sql`COMMIT`.execute(b);
      const { rows } = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM pg_roles WHERE rolname = ${role}`.execute(a);
      expect(rows[0]?.n).toBe(1);
    } finally {
      await sql`ROLLBACK`.execute(b).catch(() => {});
      await sql`ROLLBACK`.execute(a).catch(() => {});
      await sql`DROP ROLE IF EXISTS ${sql.id(role)}`.execute(a);
      await a.destroy();
      await b.destroy();
    }
  });
});

async function until(condition: () => Promise<boolean>): Promise<void> {
  for (let waited = 0; !(await condition()); waited += 20) {
    if (waited > 10_000) throw new Error("waited ten seconds in vain");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
