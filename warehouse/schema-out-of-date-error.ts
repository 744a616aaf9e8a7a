import { StoreUnavailableError } from "./store-unavailable-error.ts";

/**
 * Migrations are due and the connected role may not run them (it may only read or append).
 * Exit code 2: the run was started with the wrong role for this database, retrying cannot help.
 */
export class SchemaOutOfDateError extends StoreUnavailableError {
  constructor(readonly role: string) {
    super(
      `het schema is niet bijgewerkt en de rol ${role} mag het niet bijwerken (schema out of date). ` +
        "Voer eerst de migraties uit met de eigenaar van de database: " +
        "DATABASE_URL=<URL van de eigenaar> normmonitor migrate",
      2,
    );
    this.name = "SchemaOutOfDateError";
  }
}
