/** The store cannot be opened; the run cannot go on. The message is safe to print. */
export class StoreUnavailableError extends Error {
  constructor(
    message: string,
    /** The exit code a command line should end with: 2 when the run was set up wrongly. */
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = "StoreUnavailableError";
  }
}
