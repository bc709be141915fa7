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
import { chooseGroup, nameKey, type CompetencyCatalogue } from '../rules/competency.js';
import { CATALOGUE as MIC_CATALOGUE } from '../acts/mic-2018/catalogue.js';
import { CATALOGUE as ALMATY_CATALOGUE } from '../acts/almaty-maslikhat-2018/catalogue.js';
import { CATALOGUE as KYZYLORDA_CATALOGUE } from '../acts/kyzylorda-maslikhat-2018/catalogue.js';
import type { SourceDoc } from '../package/source-doc.js';
import { editedYaml } from './yaml-edit.js';

/**
 * The text a package (or a session file) is saved as in the workspace (`PUT /api/file`): JSON for a .json path; YAML
 * otherwise — `base`, the file as it is, edited in place to hold `data` (its comments, key order and layout kept:
 * ./yaml-edit.ts), or, for a new file or one that cannot be edited faithfully, the data written plainly.
 */
export const packageText = (path: string, data: unknown, base?: string): string =>
  /\.json$/i.test(path) ? JSON.stringify(data, null, 2) + '\n' : (base === undefined ? null : editedYaml(base, data)) ?? yamlStringify(data, { lineWidth: 0 });

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
 * its lines); once changed, the check reads the text the package will be saved as (`base`: the file it is saved over). `sessions` holds the text
 * of each session file the package may refer to, keyed by its workspace path (the page fetches it once); a
 * file it does not hold is «not found», as the server's workspace says.
 */
export function checkPackage(data: unknown, file: string, today: string, sessions: ReadonlyMap<string, string> = new Map(), text?: string, base?: string): FileResult {
  const doc = docFromBytes(file, new TextEncoder().encode(text ?? packageText(file, data, base)));
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
 * reading and the methodology's session schema, each with its `file` and line:column in the text it will be saved as
 * (or in `text`, the file as it is).
 * The package check reads a session only once the package itself is valid (the rules run after the schema), so a
 * session opened or written beside a package still being filled would show nothing of its own without this.
 */
export function checkSession(data: unknown, file: string, methodology: string, text?: string, base?: string): Finding[] {
  // `text`: the file as it is on disk (a session chosen, not being edited): its own lines; `base`: the file the edit is saved over
  const doc = docFromBytes(file, new TextEncoder().encode(text ?? packageText(file, data, base)));
  const pack = loadedPack(methodology);
  const read = doc.findings.filter((f) => f.severity === 'error').map((f) => ({ ...f, file }));
  return doc.data === undefined || !pack ? read : [...read, ...sessionFileFindings(pack, doc)];
}

/**
 * Where each methodology's competency sheet names indicators (the App. 4 catalogue's texts, which the competency
 * rule reads by their words): its rows, the field of a row that lists them, and which of a cell's columns count —
 * as the pack's competency rule is given them (b-corps-2018/procedure.ts, kyzylorda-maslikhat-2018/rules.ts).
 */
const INDICATOR_FIELDS: Readonly<Record<string, { catalogue: CompetencyCatalogue; rows: 'competencySheet'; field: string; accept: 'effective' | 'effective-or-ineffective' }>> = {
  'mic-2018': { catalogue: MIC_CATALOGUE, rows: 'competencySheet', field: 'notObserved', accept: 'effective' },
  'almaty-maslikhat-2018': { catalogue: ALMATY_CATALOGUE, rows: 'competencySheet', field: 'notObserved', accept: 'effective' },
  'kyzylorda-maslikhat-2018': { catalogue: KYZYLORDA_CATALOGUE, rows: 'competencySheet', field: 'indicators', accept: 'effective-or-ineffective' },
};

/** The indicator texts a competency sheet's rows may name: per row (by its competency), for the servant's category group. */
export interface IndicatorChoices {
  /** The form (`forms.<form>`) and the field of its rows that lists indicators. */
  form: string;
  field: string;
  /** Row i's choices (none: its competency or the servant's category not the catalogue's). */
  rows: string[][];
}

/**
 * The App. 4 texts each row of the package's competency sheet may list, as the competency rule reads them (the
 * servant's category, position and post choose the group: chooseGroup): the page offers them under the field, so
 * the officer picks the act's words instead of guessing them. Null for a methodology without such a catalogue.
 */
export function indicatorChoices(data: unknown): IndicatorChoices | null {
  const pkg = (data ?? {}) as { methodology?: unknown; servant?: Record<string, unknown>; forms?: Record<string, { rows?: unknown } | undefined> };
  const at = typeof pkg.methodology === 'string' ? INDICATOR_FIELDS[pkg.methodology] : undefined;
  if (!at) return null;
  const servant = pkg.servant ?? {};
  const managerial = typeof servant['managerial'] === 'boolean' ? servant['managerial'] : undefined;
  const { group } = chooseGroup(at.catalogue, String(servant['category'] ?? ''), String(servant['position'] ?? ''), managerial);
  const rows = pkg.forms?.[at.rows]?.rows;
  const out: string[][] = [];
  for (const row of Array.isArray(rows) ? rows : []) {
    const name = row && typeof row === 'object' ? (row as Record<string, unknown>)['competency'] : undefined;
    const comp = typeof name === 'string' ? at.catalogue.competencies.find((c) => nameKey(c.sheetName) === nameKey(name) || nameKey(c.name) === nameKey(name)) : undefined;
    const cell = group && comp ? comp.cells[group.id] : undefined;
    out.push(cell ? (at.accept === 'effective' ? [...cell.effective] : [...cell.effective, ...cell.ineffective]) : []);
  }
  return { form: at.rows, field: at.field, rows: out };
}
