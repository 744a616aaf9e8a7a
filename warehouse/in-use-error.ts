import { StoreUnavailableError } from "./store-unavailable-error.ts";

/** The embedded database is held by another process; opening it too would corrupt it. */
export class InUseError extends StoreUnavailableError {
  constructor(readonly directory: string) {
    super(
      `De database in ${directory} is in gebruik door een ander proces (database in use). ` +
        "Wacht tot dat proces klaar is, of stel DATABASE_URL in voor een PostgreSQL-server.",
    );
    this.name = "InUseError";
  }
}
