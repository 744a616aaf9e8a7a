/** A run that cannot go on. Carries its exit code; only the CLI entry turns it into one. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
    this.name = "CliError";
  }
}
