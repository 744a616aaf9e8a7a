import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed against today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("events")
    .addColumn("position", "bigint", (col) => col.generatedAlwaysAsIdentity().primaryKey())
    // Content-derived, so a repeated delivery is recognised by this constraint, not by code.
    .addColumn("event_id", "uuid", (col) => col.notNull().unique())
    .addColumn("type", "text", (col) => col.notNull())
    .addColumn("organisatie", "text", (col) => col.notNull())
    .addColumn("soort", "text", (col) => col.notNull())
    .addColumn("periode", "text", (col) => col.notNull())
    .addColumn("record_id", "text", (col) => col.notNull())
    .addColumn("occurred_at", "date", (col) => col.notNull())
    .addColumn("recorded_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    // Readers compare it with the oldest running transaction, so they never skip a position.
    .addColumn("transaction_id", sql`xid8`, (col) =>
      col.notNull().defaultTo(sql`pg_current_xact_id()`),
    )
    .addColumn("delivery_id", "uuid", (col) => col.notNull())
    .addColumn("file_name", "text", (col) => col.notNull())
    .addColumn("sha256", "text", (col) => col.notNull())
    .addColumn("line", "integer")
    .addColumn("supersedes", "uuid")
    .addColumn("content_hash", "text")
    .addColumn("payload", "jsonb")
    .execute();

  await db.schema
    .createIndex("events_stream_idx")
    .on("events")
    .columns(["organisatie", "soort", "periode", "record_id", "position"])
    .execute();
  await db.schema
    .createIndex("events_recorded_at_idx")
    .on("events")
    .column("recorded_at")
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("events").execute();
}
