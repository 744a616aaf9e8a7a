import { type Kysely, sql } from "kysely";

// Frozen copies of today's names: a migration must not change when the code around it does.
const APPEND = "normmonitor_append";
const READ = "normmonitor_read";
const STORE_TABLES = ["events", "deliveries"] as const;
/** Kysely's own bookkeeping: reading it lets a role see that the schema is current. */
const MIGRATION_TABLES = ["kysely_migration", "kysely_migration_lock"] as const;

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed against today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  for (const role of [APPEND, READ]) await createRoleIfMissing(db, role);

  // Grants are per database (roles are not), so every database of the server gets its own.
  // CONNECT and USAGE are PUBLIC's by default; granting them by name keeps the roles working where
  // a DBA revoked them from PUBLIC. (A migrating role that does not own the database or schema
  // gets a warning here, not an error: then the owner of those grants them.)
  await onCurrentDatabase(
    db,
    "GRANT CONNECT ON DATABASE %I TO normmonitor_append, normmonitor_read",
  );
  // The append's fallback stages rows in a TEMP table. TEMPORARY is PUBLIC's by default, so the
  // reader has it too; a temp table is private to its session and cannot touch the store.
  await onCurrentDatabase(db, "GRANT TEMPORARY ON DATABASE %I TO normmonitor_append");
  await onCurrentSchema(db, "GRANT USAGE ON SCHEMA %I TO normmonitor_append, normmonitor_read");
  // PostgreSQL 15 and later no longer let PUBLIC create in the public schema; up to 14 they do,
  // and the reader would then be able to create tables. Only whoever owns the schema can revoke:
  // for anyone else it is a no-op with a warning, so no one who may create now loses it.
  await onCurrentSchema(db, "REVOKE CREATE ON SCHEMA %I FROM PUBLIC");

  for (const table of STORE_TABLES) {
    // INSERT is all the append needs, plus SELECT to diff a re-delivery against the known state.
    // No sequence grant: `position` is an identity column, whose sequence INSERT may use by itself.
    await sql`GRANT SELECT, INSERT ON ${sql.table(table)} TO ${sql.id(APPEND)}`.execute(db);
    await sql`GRANT SELECT ON ${sql.table(table)} TO ${sql.id(READ)}`.execute(db);
  }
  for (const table of MIGRATION_TABLES) {
    await sql`GRANT SELECT ON ${sql.table(table)} TO ${sql.id(APPEND)}, ${sql.id(READ)}`.execute(
      db,
    );
  }
  // A later migration that adds a table grants on it itself: no default privileges, so nothing
  // becomes readable or writable without a line that says so.
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [...STORE_TABLES, ...MIGRATION_TABLES]) {
    await sql`REVOKE ALL ON ${sql.table(table)} FROM ${sql.id(APPEND)}, ${sql.id(READ)}`.execute(
      db,
    );
  }
  await onCurrentSchema(db, "REVOKE USAGE ON SCHEMA %I FROM normmonitor_append, normmonitor_read");
  await onCurrentDatabase(
    db,
    "REVOKE ALL ON DATABASE %I FROM normmonitor_append, normmonitor_read",
  );
  // The roles stay: other databases on the server may use them. CREATE on the schema is not given
  // back to PUBLIC: undoing a hardening is a DBA's decision, not a migration's.
}

/**
 * Creates a LOGIN role (no other attribute: superuser, createdb, createrole and the like all
 * default to off) unless it exists. Without password: the DBA sets one (README). Exported for the
 * test of two databases migrating at once.
 */
// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function createRoleIfMissing(db: Kysely<any>, role: string): Promise<void> {
  // The name goes into PL/pgSQL as written: only plain lowercase identifiers.
  if (!/^[a-z_][a-z0-9_]*$/.test(role)) throw new Error(`not a plain role name: ${role}`);
  // Roles are shared by all databases of a server, and two databases may migrate at once: both
  // find the role missing, and the later CREATE then fails as a duplicate, meaning it exists now.
  // A migrating role without CREATEROLE gets a message that says what the DBA can do instead.
  await sql
    .raw(`
    DO $$
    BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${role}') THEN
        BEGIN
          CREATE ROLE ${role} LOGIN;
        EXCEPTION
          WHEN duplicate_object OR unique_violation THEN NULL;
          WHEN insufficient_privilege THEN
            RAISE EXCEPTION 'De rol ${role} bestaat niet en % mag geen rollen maken (cannot create role): laat een beheerder eenmalig CREATE ROLE ${role} LOGIN uitvoeren en migreer opnieuw.', current_user
              USING ERRCODE = 'object_not_in_prerequisite_state';
        END;
      END IF;
    END
    $$`)
    .execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
async function onCurrentDatabase(db: Kysely<any>, statement: string): Promise<void> {
  await sql`DO $$ BEGIN EXECUTE format(${sql.lit(statement)}, current_database()); END $$`.execute(
    db,
  );
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
async function onCurrentSchema(db: Kysely<any>, statement: string): Promise<void> {
  // The schema the tables were created in: the first of the owner's search_path that exists.
  await sql`DO $$ BEGIN EXECUTE format(${sql.lit(statement)}, current_schema()); END $$`.execute(
    db,
  );
}
