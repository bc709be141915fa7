/**
 * The session a package refers to: inline under `session`, or its own file (`session: {ref}`),
 * which is loaded by the caller's loader, validated against the pack's session schema and
 * reported on in its own file; and the decision about this package's servant in it.
 */
import type { Pack } from '../acts/pack.js';
import { t3, type Finding } from '../law/finding.js';
import type { PlaceOf, SourceDoc } from '../package/source-doc.js';
import { readFailureReason } from '../package/read-failed.js';
import type { PackageData, ResolvedSession, SessionData } from '../rules/rule.js';
import { schemaFindings } from './schema-findings.js';
import { validators } from './validators.js';

export type SessionLoader = (ref: string, packageFile: string) => SourceDoc;

export function resolveSession(pkg: PackageData, pack: Pack, doc: SourceDoc, loadSession: SessionLoader | undefined, findings: Finding[]): (ResolvedSession & { placeOf?: PlaceOf }) | undefined {
  const s = pkg.session;
  if (!s) return undefined;
  let data: SessionData;
  let base = '/session';
  let file: string | undefined;
  let placeOf: PlaceOf | undefined;
  if ('ref' in s) {
    const { ref } = s;
    if (!loadSession) return undefined;
    const loaded = loadSession(ref, doc.file);
    if (loaded.data === undefined) {
      findings.push({
        ruleId: 'input-session',
        severity: 'error',
        // the first reason is in the message itself (a reader sees why, not only that)
        message: ((why) => t3(`Отырыс файлы «${ref}» оқылмады${why ? `: ${why.kk}` : ''}`, `Файл заседания «${ref}» не прочитан${why ? `: ${why.ru}` : ''}`, `Session file «${ref}» could not be read${why ? `: ${why.en}` : ''}`))(((m) => (m ? readFailureReason(m) : undefined))(loaded.findings.find((f) => f.severity === 'error')?.message)),
        path: '/session/ref',
        facts: { ref, problems: loaded.findings.map((f) => f.message.en) },
      });
      return undefined;
    }
    // A package refers to a session only where its pack has one (its schema has no `session` otherwise).
    const sv = validators(pack).session;
    if (!sv) return undefined;
    if (!sv(loaded.data)) {
      findings.push(...sessionFileFindings(pack, loaded));
      return undefined;
    }
    data = loaded.data;
    base = '';
    file = loaded.file;
    placeOf = loaded.placeOf;
  } else {
    data = s;
  }
  const resolved: ResolvedSession & { placeOf?: PlaceOf } = { data, base };
  if (file !== undefined) resolved.file = file;
  if (placeOf) resolved.placeOf = placeOf;
  const index = decisionOf(data, pkg.servant.id ?? pkg.servant.fullName, pkg.servant.fullName);
  if (index >= 0) resolved.decision = { index, data: data.decisions[index]! };
  return resolved;
}

/**
 * A session file's findings against the pack's session schema, in that file (`file`) at its own line:column; none
 * when it is valid or the pack has no session. The page checks a session file it edits with this alone too, so its
 * own errors show while the package that refers to it is not valid yet (its rules, and so its session, not run).
 */
export function sessionFileFindings(pack: Pack, loaded: SourceDoc): Finding[] {
  const sv = validators(pack).session;
  if (!sv || sv(loaded.data)) return [];
  return schemaFindings(sv.errors, pack, '/session').map((f) => ({ ...f, file: loaded.file, ...(loaded.placeOf?.(f.path) ? { place: loaded.placeOf(f.path)! } : {}) }));
}

/** The index of the first decision about the servant (by id, else full name; or by full name), −1 for none: a loop, no closure per package. */
function decisionOf(data: SessionData, who: string | undefined, fullName: string | undefined): number {
  const ds = data.decisions;
  for (let i = 0; i < ds.length; i++) {
    const s = ds[i]!.servant;
    if (s === who || s === fullName) return i;
  }
  return -1;
}
