import { type Kysely, sql } from "kysely";

const TABLES = ["events", "deliveries"] as const;

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed against today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  // A correction is a new event pointing at the old one; nothing is changed in place, so that
  // "as known on date X" stays a filter on transaction time.
  await sql`
    CREATE FUNCTION refuse_change_to_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '% zijn alleen toe te voegen (append-only): % geweigerd', TG_TABLE_NAME, TG_OP
        USING HINT = 'Een correctie of intrekking is een nieuw event dat naar het oude verwijst (supersedes).';
    END
    $$`.execute(db);
  for (const table of TABLES) {
    await sql`
      CREATE TRIGGER ${sql.id(`${table}_refuse_update_delete`)}
      BEFORE UPDATE OR DELETE ON ${sql.table(table)}
      FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only()`.execute(db);
    await sql`
      CREATE TRIGGER ${sql.id(`${table}_refuse_truncate`)}
      BEFORE TRUNCATE ON ${sql.table(table)}
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_append_only()`.execute(db);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of TABLES) {
    await sql`DROP TRIGGER ${sql.id(`${table}_refuse_truncate`)} ON ${sql.table(table)}`.execute(
      db,
    );
    await sql`DROP TRIGGER ${sql.id(`${table}_refuse_update_delete`)} ON ${sql.table(table)}`.execute(
      db,
    );
  }
  await sql`DROP FUNCTION refuse_change_to_append_only()`.execute(db);
}
