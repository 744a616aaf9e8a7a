import { AsyncLocalStorage } from "node:async_hooks";
import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Kysely } from "kysely";
import { copyOutStatement } from "./copy-out-statement.ts";
import { copyStatement } from "./copy-statement.ts";
import { copyTextChunks } from "./copy-text-chunks.ts";
import type { Database } from "./database.ts";
import { InUseError } from "./in-use-error.ts";
import { lockDataDirectory } from "./lock-data-directory.ts";
import { migrateToLatest } from "./migrate-to-latest.ts";
import { PGliteDialect } from "./pglite-dialect/pglite-dialect.ts";
import type { Session, Store } from "./store.ts";

// As on the server (see open-postgres-store.ts): bigints as strings, dates as `YYYY-MM-DD`.
const asText = (value: string) => value;
const parsers = { 20: asText, 1082: asText };

/** One COPY per few MB of CSV: PGlite takes the data as one Blob. */
const COPY_BLOB_CHARS = 4_000_000;

/** Opens (creating when needed) the embedded store in `<home>/pgdata`, locked to this process. */
export async function openPGliteStore(home: string): Promise<Store> {
  const dataDir = resolve(home, "pgdata");
  await mkdir(dataDir, { recursive: true });
  let lost: Error | undefined;
  const unlock = await lockDataDirectory(dataDir, (error) => {
    lost = error;
    process.emitWarning(new InUseError(dataDir).message);
  });
  const inTransaction = new AsyncLocalStorage<true>();
  const assertUsable = () => {
    if (lost !== undefined) throw new InUseError(dataDir);
    if (inTransaction.getStore()) {
      throw new Error("Use session.db inside withTransaction: store.db waits for it to end");
    }
  };

  let pglite: PGlite | undefined;
  try {
    pglite = await PGlite.create(dataDir, { parsers });
    const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite, assertUsable) });
    await migrateToLatest(db);
    const engine = pglite;
    return {
      db,
      engine: "pglite",
      withTransaction: (fn) =>
        db.transaction().execute((trx) => {
          const session: Session = {
            db: trx,
            copyRows: (...args) => copyIntoPGlite(engine, ...args),
            copyOut: (query) => copyOutOfPGlite(engine, query),
          };
          return inTransaction.run(true, () => fn(session));
        }),
      close: async () => {
        // Safe to call twice (a finally after an earlier close): only the first one acts.
        if (engine.closed) return;
        await db.destroy();
        await engine.close();
        await unlock();
      },
    };
  } catch (error) {
    await pglite?.close();
    await unlock();
    throw error;
  }
}

async function copyIntoPGlite(
  pglite: PGlite,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly (string | null)[]>,
): Promise<void> {
  // The caller holds the only connection (inside withTransaction), so PGlite can be used directly.
  let parts: string[] = [];
  let size = 0;
  const flush = async () => {
    await pglite.query(copyStatement(table, columns, "'/dev/blob'"), [], { blob: new Blob(parts) });
    parts = [];
    size = 0;
  };
  for (const chunk of copyTextChunks(rows)) {
    parts.push(chunk);
    size += chunk.length;
    if (size >= COPY_BLOB_CHARS) await flush();
  }
  if (parts.length > 0) await flush();
}

async function* copyOutOfPGlite(pglite: PGlite, query: string): AsyncGenerator<Uint8Array> {
  // PGlite hands the whole COPY output over as one Blob; stream it on rather than copy it again.
  const { blob } = await pglite.query(copyOutStatement(query, "'/dev/blob'"));
  if (blob === undefined) return;
  for await (const chunk of blob.stream()) yield chunk;
}
