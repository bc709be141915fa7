/**
 * The check as the page of `bagalau serve` runs it, in the browser, as the officer types: the same
 * `checkDocument` as the CLI and `POST /api/check`, over the file as it is on disk or, once changed, the text
 * the package will be saved as (so a finding's line:column is the one `bagalau check` gives for the file, as it
 * is or as saved), with the bundled
 * working-day calendar and the session files the page already fetched. Pure: no file, no clock, no
 * network — scripts/build-web.ts bundles it with the packs and the ajv standalone validators the build
 * generated (dist/src/check/generated/), so a package never has to leave the page to be checked.
 */
import { stringify as yamlStringify } from 'yaml';
// every pack, loaded with the engine (the check below is synchronous; the runner itself loads none)
import '../acts/index.js';
import { loadedPack } from '../acts/registry.js';
import { checkDocument, type FileResult } from '../check/run.js';
import { sessionFileFindings } from '../check/session.js';
import type { Finding } from '../law/finding.js';
import { createCalendar, type Calendar } from '../law/calendar/index.js';
import { t3, type Text3 } from '../law/finding.js';
import { docFromBytes } from '../package/from-bytes.js';
import type { SourceDoc } from '../package/source-doc.js';

/** The text a package is saved as in the workspace: YAML, or JSON for a .json path (`PUT /api/file`). */
export const packageText = (path: string, data: unknown): string =>
  /\.json$/i.test(path) ? JSON.stringify(data, null, 2) + '\n' : yamlStringify(data, { lineWidth: 0 });

/** What the workspace says of a file that is not there (the server's and the page's one wording). */
export const notFoundText = (rel: string): Text3 => t3(`«${rel}» табылмады`, `«${rel}» не найден`, `«${rel}» not found`);

/** A path relative to a package file's folder, inside the workspace (`..` may not climb out of it): null if it does. */
export function workspacePath(packageFile: string, ref: string): string | null {
  const parts = packageFile.split('/').slice(0, -1);
  if (ref.startsWith('/')) return null;
  for (const p of ref.split('/')) {
    if (p === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}

let calendar: Calendar | undefined;

/**
 * One package's check. `text` is the file as it is on disk while the officer has not changed it (places are
 * its lines); once changed, the check reads the text the package will be saved as. `sessions` holds the text
 * of each session file the package may refer to, keyed by its workspace path (the page fetches it once); a
 * file it does not hold is «not found», as the server's workspace says.
 */
export function checkPackage(data: unknown, file: string, today: string, sessions: ReadonlyMap<string, string> = new Map(), text?: string): FileResult {
  const doc = docFromBytes(file, new TextEncoder().encode(text ?? packageText(file, data)));
  const loaded = new Map<string, SourceDoc>();
  return checkDocument(doc, {
    today,
    calendar: (calendar ??= createCalendar()),
    loadSession: (ref, packageFile) => {
      const rel = workspacePath(packageFile, ref);
      const key = rel ?? ref;
      let s = loaded.get(key);
      if (!s) {
        const text = rel === null ? undefined : sessions.get(rel);
        s = text === undefined
          ? { file: key, findings: [{ ruleId: 'input', severity: 'error', message: notFoundText(key), path: '' }] }
          : docFromBytes(key, new TextEncoder().encode(text));
        loaded.set(key, s);
      }
      return s;
    },
  });
}

/**
 * A session file's own findings as the page edits it (`data`, saved at `file` as `packageText` writes it): its
 * reading and the methodology's session schema, each with its `file` and line:column in the text it will be saved as.
 * The package check reads a session only once the package itself is valid (the rules run after the schema), so a
 * session opened or written beside a package still being filled would show nothing of its own without this.
 */
export function checkSession(data: unknown, file: string, methodology: string): Finding[] {
  const doc = docFromBytes(file, new TextEncoder().encode(packageText(file, data)));
  const pack = loadedPack(methodology);
  const read = doc.findings.filter((f) => f.severity === 'error').map((f) => ({ ...f, file }));
  return doc.data === undefined || !pack ? read : [...read, ...sessionFileFindings(pack, doc)];
}
