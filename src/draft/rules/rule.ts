/** A draft rule: a stable id, what it checks (kk/ru/en), and a pure check over the draft. */
import type { Finding, Severity, Text3 } from '../../law/finding.js';
import type { DraftContext } from '../context.js';

export interface DraftRule {
  id: string;
  severity: Severity;
  description: Text3;
  check(ctx: DraftContext): Finding[];
}
