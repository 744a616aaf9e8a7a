import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed against today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  // A reader that keeps a checkpoint reads deliveries by the same settled-transaction rule as
  // events, so a delivery and its events reach the warehouse together. Rows recorded before
  // this migration get the migrating transaction's id: settled once it commits.
  await db.schema
    .alterTable("deliveries")
    .addColumn("transaction_id", sql`xid8`, (col) =>
      col.notNull().defaultTo(sql`pg_current_xact_id()`),
    )
    .execute();
  // The sync's checkpoint is a transaction id (positions are not in commit order), so each
  // incremental read is a range of transaction ids.
  await db.schema
    .createIndex("events_transaction_id_idx")
    .on("events")
    .column("transaction_id")
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("events_transaction_id_idx").execute();
  await db.schema.alterTable("deliveries").dropColumn("transaction_id").execute();
}
