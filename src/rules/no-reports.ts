/**
 * What a rule kind returns when a package breaks nothing, which is the usual case: one empty list for
 * every rule and package instead of a new one each time (the runner only reads what a check returns).
 * Frozen, so a caller that tried to add to it would fail loudly rather than leak into other packages.
 */
import type { Report } from './rule.js';

export const NO_REPORTS: Report[] = Object.freeze([]) as unknown as Report[];
