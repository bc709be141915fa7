/** An error the user caused (bad option, unreadable argument): printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
