/**
 * The session part of the fill page that is not drawing: which session a package holds inline, and which findings
 * belong to the session file being edited.
 */
import type { Finding } from './lib.js';

/** The session choice's value for a session written inside the package (no file: no path can take this form). */
export const INLINE = ':inline';

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The session written inside a package (`session:` with its own fields, README «A commission or calibration
 * session…»), or undefined: none, or a reference to a file (`session: {ref}`).
 */
export function inlineSessionOf(pkg: Record<string, unknown> | null | undefined): Record<string, unknown> | undefined {
  const s = pkg?.['session'];
  return isObj(s) && !('ref' in s) ? s : undefined;
}

/**
 * The findings in the session file `file`: the package check's (the session read through the package: its schema
 * and the rules on it) and the file's own check (its schema alone, shown while the package is not valid yet and its
 * rules do not run), each once.
 */
export function sessionFindings(packageFindings: readonly Finding[], own: readonly Finding[], file: string): Finding[] {
  const out = packageFindings.filter((f) => f.file === file);
  const seen = new Set(out.map((f) => `${f.ruleId}\u0000${f.path}\u0000${f.message.en}`));
  for (const f of own) if (f.file === file && !seen.has(`${f.ruleId}\u0000${f.path}\u0000${f.message.en}`)) out.push(f);
  return out;
}

/** A package of the workspace that refers to a session file (`GET /api/session-users`). */
export interface SessionUser { path: string; methodology: string | null }

/**
 * The methodology whose session form draws a session file opened on its own (a session file does not name one): that
 * of the packages that use it; else (no package uses it yet) the first whose session schema has the file's `kind`;
 * else the first with a session schema. The page lets the officer choose another while no package uses the file.
 */
export function sessionMethodologyFor(data: Record<string, unknown>, users: readonly SessionUser[], packs: readonly { id: string; sessionSchema?: { properties?: unknown } }[]): string | undefined {
  const withSession = packs.filter((p) => p.sessionSchema);
  const used = users.map((u) => u.methodology).find((m) => withSession.some((p) => p.id === m));
  if (used) return used;
  const kinds = (p: (typeof withSession)[number]) => ((p.sessionSchema?.properties as Record<string, { enum?: unknown[] }> | undefined)?.['kind']?.enum ?? []);
  return (withSession.find((p) => kinds(p).includes(data['kind'])) ?? withSession[0])?.id;
}
