import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed against today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("deliveries")
    .addColumn("delivery_id", "uuid", (col) => col.primaryKey())
    .addColumn("file_name", "text", (col) => col.notNull())
    .addColumn("sha256", "text", (col) => col.notNull())
    .addColumn("organisatie", "text", (col) => col.notNull())
    .addColumn("soort", "text", (col) => col.notNull())
    .addColumn("periode", "text", (col) => col.notNull())
    .addColumn("peildatum", "date")
    .addColumn("format", "text", (col) => col.notNull())
    .addColumn("record_count", "integer", (col) => col.notNull())
    .addColumn("added", "integer", (col) => col.notNull())
    .addColumn("corrected", "integer", (col) => col.notNull())
    .addColumn("withdrawn", "integer", (col) => col.notNull())
    .addColumn("unchanged", "integer", (col) => col.notNull())
    .addColumn("warnings", "integer", (col) => col.notNull())
    .addColumn("received_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("deliveries").execute();
}
