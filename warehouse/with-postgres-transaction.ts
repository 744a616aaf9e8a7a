import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Kysely, PostgresDialect, type PostgresPoolClient } from "kysely";
import type pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { copyOutStatement } from "./copy-out-statement.ts";
import { copyStatement } from "./copy-statement.ts";
import { copyTextChunks } from "./copy-text-chunks.ts";
import type { Database } from "./database.ts";
import type { Session } from "./store.ts";

/**
 * Runs fn in one transaction on one pooled client: Kysely queries and COPY both go through that
 * client, so a bulk load and the statements around it commit or roll back together.
 */
export async function withPostgresTransaction<T>(
  pool: pg.Pool,
  fn: (session: Session) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let discard = false;
  const leased: PostgresPoolClient = {
    query: client.query.bind(client) as PostgresPoolClient["query"],
    // Kysely asks to discard the client when a ROLLBACK failed; the real release is below.
    release: (destroy) => {
      discard ||= Boolean(destroy);
    },
  };
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: { connect: async () => leased, end: async () => {} } }),
  });
  try {
    return await db.transaction().execute((trx) =>
      fn({
        db: trx,
        copyRows: (table, columns, rows) => copyIntoPostgres(client, table, columns, rows),
        copyOut: (query) => client.query(copyTo(copyOutStatement(query, "STDOUT"))),
      }),
    );
  } finally {
    client.release(discard);
  }
}

async function copyIntoPostgres(
  client: pg.PoolClient,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly (string | null)[]>,
): Promise<void> {
  const copy = client.query(copyFrom(copyStatement(table, columns, "STDIN")));
  // pipeline waits for the stream to drain, so memory stays at a few chunks however many rows.
  await pipeline(Readable.from(asBytes(copyTextChunks(rows))), copy);
}

/**
 * Each chunk as UTF-8 bytes straight away: the chunks waiting in the stream are then one flat
 * buffer each, outside the JavaScript heap, instead of strings of thousands of pieces that
 * every young-generation collection copies (that had taken a fifth of a large ingest).
 */
function* asBytes(chunks: Iterable<string>): Generator<Buffer> {
  for (const chunk of chunks) yield Buffer.from(chunk, "utf8");
}
