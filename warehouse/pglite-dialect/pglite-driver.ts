import type { PGlite } from "@electric-sql/pglite";
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type TransactionSettings,
} from "kysely";
import { PGliteConnection } from "./pglite-connection.ts";

/**
 * PGlite is one PostgreSQL backend: there is exactly one connection, and a mutex leases it to
 * one Kysely query or transaction at a time, so statements of two transactions never interleave.
 */
export class PGliteDriver implements Driver {
  readonly #pglite: PGlite;
  readonly #connection: PGliteConnection;
  readonly #mutex = new ConnectionMutex();
  readonly #beforeAcquire: () => void;

  constructor(pglite: PGlite, beforeAcquire: () => void = () => {}) {
    this.#pglite = pglite;
    this.#connection = new PGliteConnection(pglite);
    this.#beforeAcquire = beforeAcquire;
  }

  async init(): Promise<void> {
    await this.#pglite.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    this.#beforeAcquire();
    await this.#mutex.lock();
    return this.#connection;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    const modes = [
      settings.isolationLevel ? `isolation level ${settings.isolationLevel}` : "",
      settings.accessMode ?? "",
    ].filter((mode) => mode !== "");
    await connection.executeQuery(CompiledQuery.raw(["begin", ...modes].join(" ")));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const { rows } = await connection.executeQuery<{ command: string }>(
      CompiledQuery.raw("commit"),
    );
    if (rows[0]?.command === "ROLLBACK") {
      throw new Error(
        "Transaction was rolled back instead of committed (an earlier statement failed)",
      );
    }
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("rollback"));
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${quoteName(name)}`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to savepoint ${quoteName(name)}`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release savepoint ${quoteName(name)}`));
  }

  async releaseConnection(): Promise<void> {
    this.#mutex.unlock();
  }

  async destroy(): Promise<void> {
    // The PGlite instance belongs to whoever created it; closing it is their job.
  }
}

function quoteName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

class ConnectionMutex {
  #held = false;
  readonly #waiting: (() => void)[] = [];

  async lock(): Promise<void> {
    if (!this.#held) {
      this.#held = true;
      return;
    }
    await new Promise<void>((resolve) => this.#waiting.push(resolve));
  }

  unlock(): void {
    const next = this.#waiting.shift();
    // Hand the lease straight to the next waiter, so nobody can slip in between.
    if (next) next();
    else this.#held = false;
  }
}
