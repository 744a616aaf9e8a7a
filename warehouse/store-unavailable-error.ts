/** The store cannot be opened; the run cannot go on. The message is safe to print. */
export class StoreUnavailableError extends Error {
  /** The exit code a command line should end with. */
  readonly exitCode: number = 1;

  constructor(message: string) {
    super(message);
    this.name = "StoreUnavailableError";
  }
}
