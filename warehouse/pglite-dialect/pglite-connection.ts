import type { PGlite } from "@electric-sql/pglite";
import type { CompiledQuery, DatabaseConnection, QueryResult } from "kysely";

const COUNTED_COMMANDS = new Set(["INSERT", "UPDATE", "DELETE", "MERGE"]);

/** The single connection to an embedded PGlite database. */
export class PGliteConnection implements DatabaseConnection {
  readonly #pglite: PGlite;

  constructor(pglite: PGlite) {
    this.#pglite = pglite;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.#pglite.query<R>(compiledQuery.sql, [...compiledQuery.parameters]);
    const command = (result as { command?: string }).command;
    // As Kysely's own PostgreSQL driver does: a COMMIT answered by ROLLBACK must be visible.
    if (command === "COMMIT" || command === "ROLLBACK") return { rows: [{ command } as R] };
    return {
      rows: result.rows,
      ...(command !== undefined && COUNTED_COMMANDS.has(command)
        ? { numAffectedRows: BigInt(result.affectedRows ?? 0) }
        : {}),
    };
  }

  /** PGlite returns whole results, so streaming only splits an already complete result. */
  async *streamQuery<R>(
    compiledQuery: CompiledQuery,
    chunkSize = 1000,
  ): AsyncIterableIterator<QueryResult<R>> {
    const { rows } = await this.executeQuery<R>(compiledQuery);
    for (let start = 0; start < rows.length; start += chunkSize) {
      yield { rows: rows.slice(start, start + chunkSize) };
    }
  }
}
