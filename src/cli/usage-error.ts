/**
 * An error the user caused (bad option, unreadable argument): printed as one line, exit code 2.
 * Given a text in the three languages, it speaks the user's (see lang.ts).
 */
import type { Text3 } from '../law/finding.js';
import { cliLang } from './lang.js';

export class UsageError extends Error {
  override name = 'UsageError';
  readonly text: Text3 | undefined;
  constructor(message: string | Text3) {
    super(typeof message === 'string' ? message : message[cliLang()]);
    this.text = typeof message === 'string' ? undefined : message;
  }
}
