/** A mistake in how the command line was used; its message is printed as one line. */
export class CliError extends Error {
  override name = 'CliError';
}
