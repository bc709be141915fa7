/**
 * Which documents a render makes (issue 12 item 7): the blank forms of a methodology, its approval order, and the
 * documents one package yields — each form it fills that has a template, and each document whose need (typed in
 * `templates.yaml`: the session, a form, nothing a package holds) the package meets — with their output names.
 * Pure: the caller reads the template files (`TemplateSource`) and the session files.
 */
import type { Text3 } from '../law/finding.js';
import { t3 } from '../law/finding.js';
import { composeParts, fillDocument } from './documents.js';
import type { DocumentEntry, TemplateSet } from './documents.js';
import type { PackageData } from '../rules/envelope.js';

/** One document to render: its output name (no extension), its filled Markdown, its title and date. */
export interface Job {
  name: string;
  markdown: string;
  title: string;
  date: string;
  /** The template file the document is filled from, or `order` for the approval order (made of several). */
  template: string;
}

/** A methodology's templates: its manifest and its files, read by the caller. */
export interface TemplateSource {
  set: TemplateSet;
  read(file: string): string;
  /** Another methodology's templates (an order part such as `asa-a-corps:review.md.hbs`). */
  other(methodology: string): TemplateSource;
}

/** Something the user asked that the templates cannot give; the message is in the three languages. */
export class PlanError extends Error {
  override name = 'PlanError';
  constructor(readonly text: Text3) {
    super(text.en);
  }
}

const titleOf = (md: string, fallback: string): string => /^title:\s*(.+)$/m.exec(md)?.[1]?.trim() ?? fallback;

/**
 * Blank forms and documents of a methodology: `which` is `all`, an appendix number as the pack prints it, or a
 * form or document key.
 */
export function blankJobs(ts: TemplateSource, which: string): Job[] {
  const methodology = { id: ts.set.methodology, title: ts.set.title };
  const all = which === 'all';
  const entries: [string, { file: string; appendix?: number }][] = [...Object.entries(ts.set.forms), ...Object.entries(ts.set.documents)];
  const jobs: Job[] = [];
  for (const [key, e] of entries) {
    if (!all && key !== which && (e.appendix === undefined || String(e.appendix) !== which)) continue;
    const src = ts.read(e.file);
    jobs.push({ name: `${ts.set.methodology}.${key}.blank`, markdown: fillDocument(e.file, src, { methodology }), title: titleOf(src, key), date: ts.set.date, template: e.file });
  }
  if (jobs.length === 0) {
    const have = entries.map(([k, e]) => (e.appendix === undefined ? k : `${e.appendix} (${k})`)).join(', ');
    throw new PlanError(t3(`«${ts.set.methodology}» әдістемесінде «${which}» қосымшасы не құжаты жоқ (бары: ${have})`, `в методике «${ts.set.methodology}» нет приложения или документа «${which}» (есть: ${have})`, `methodology «${ts.set.methodology}» has no appendix or document «${which}» (have: ${have})`));
  }
  return jobs;
}

/** The approval order as one document: its parts in order, each later part from a new page. */
export function orderJob(ts: TemplateSource): Job {
  if (ts.set.order.length === 0) throw new PlanError(t3(`«${ts.set.methodology}» әдістемесінің бекіту бұйрығының үлгісі жоқ`, `у методики «${ts.set.methodology}» нет шаблона приказа об утверждении`, `methodology «${ts.set.methodology}» has no approval order template`));
  const methodology = { id: ts.set.methodology, title: ts.set.title, asPublished: true };
  const parts = ts.set.order.map((entry) => {
    const [other, file] = entry.includes(':') ? (entry.split(':') as [string, string]) : [undefined, entry];
    const source = other ? ts.other(other).read(file) : ts.read(file);
    return fillDocument(file, source, { methodology });
  });
  const markdown = composeParts(parts);
  return { name: `${ts.set.methodology}.order`, markdown, title: titleOf(markdown, ts.set.title), date: ts.set.date, template: 'order' };
}

/**
 * A package as the planner receives it: the keys of the checked package type (`PackageData`, the `Static<>` of the
 * envelope schema), each value unknown. The engine is public (the API, the local page, tests) and plans before, or
 * without, a schema check, so it may claim no more than the keys: every value it reads is narrowed where read.
 */
type UncheckedPackage = { readonly [K in keyof PackageData]?: unknown };

const isRecord = (v: unknown): v is Readonly<Record<string, unknown>> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Does a package (its forms, its session once loaded) hold what a document needs? */
function meets(d: DocumentEntry, forms: Readonly<Record<string, unknown>>, session: unknown): boolean {
  const need = d.needs;
  if (!need) return true;
  switch (need.kind) {
    case 'session': return !!session;
    case 'form': return forms[need.form] !== undefined;
    case 'blank': return false;
  }
}

/**
 * The documents one package yields, named `<stem>.<key>`: each form it fills that has a template, then each
 * document whose need it meets. `sets` gives the templates of the package's methodology; `loadSession` reads a
 * session file the package refers to (`session: { ref }`). Dated the period's end, or the act's date.
 */
export function packageJobs(stem: string, data: unknown, sets: (methodology: string) => TemplateSource, loadSession: (ref: string) => unknown): Job[] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new PlanError(t3('пакет емес (methodology, servant, period, forms кілттері бар кесте болуы керек)', 'не пакет (нужна таблица с ключами methodology, servant, period, forms)', 'not a package (a mapping with methodology, servant, period, forms)'));
  const pkg: UncheckedPackage = data;
  if (typeof pkg.methodology !== 'string') throw new PlanError(t3('«methodology» кілті жоқ', 'нет ключа «methodology»', 'missing «methodology»'));
  const ts = sets(pkg.methodology);
  const methodology = { id: ts.set.methodology, title: ts.set.title };
  let session = pkg.session;
  if (isRecord(session) && typeof session['ref'] === 'string') session = loadSession(session['ref']);
  const to = isRecord(pkg.period) ? pkg.period['to'] : undefined;
  const date = typeof to === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(to) ? to : ts.set.date;
  const jobs: Job[] = [];
  const forms = isRecord(pkg.forms) ? pkg.forms : {};
  for (const [key, form] of Object.entries(forms)) {
    const entry = ts.set.forms[key];
    if (!entry) continue;
    const src = ts.read(entry.file);
    const md = fillDocument(entry.file, src, { methodology, servant: pkg.servant, period: pkg.period, form, session, package: pkg });
    jobs.push({ name: `${stem}.${key}`, markdown: md, title: titleOf(src, key), date, template: entry.file });
  }
  for (const [key, d] of Object.entries(ts.set.documents)) {
    if (!meets(d, forms, session)) continue;
    const src = ts.read(d.file);
    const md = fillDocument(d.file, src, { methodology, servant: pkg.servant, period: pkg.period, session, package: pkg });
    jobs.push({ name: `${stem}.${key}`, markdown: md, title: titleOf(src, key), date, template: d.file });
  }
  return jobs;
}

/** Names Windows reserves for devices, with or without an extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
const MAX_STEM = 80;

/**
 * The stem of a package's output names, from its file name: letters, digits, «.», «_» and «-» only (others
 * become «_»), no leading dot, at most 80 characters (the document key and the extension follow, so every
 * name of a package stays distinct and keeps its extension), a Windows device name («CON», «COM1») prefixed
 * with «_». Two files whose stems clean to the same text are told apart by `uniqueNames`.
 */
export function outputStem(stem: string): string {
  let s = stem.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^[._]+/, '');
  if ([...s].length > MAX_STEM) s = [...s].slice(0, MAX_STEM).join('');
  if (!s) s = 'package';
  return WINDOWS_RESERVED.test(s) ? `_${s}` : s;
}

/**
 * Two packages in different folders may share a file name (every methodology has a valid.yaml): all documents
 * of the later one get «-2», «-3»… after the file name, in the batch's stable order; `onRename` is told.
 */
export function uniqueNames(stem: string, jobs: Job[], used: Set<string>, onRename?: (from: string, to: string) => void): Job[] {
  const rename = (name: string, n: number): string => (n === 1 ? name : `${stem}-${n}${name.slice(stem.length)}`);
  // compared without case: Windows and macOS file systems do not tell «A» from «a»
  const taken = (name: string): boolean => used.has(name.toLowerCase());
  let n = 1;
  while (jobs.some((j) => taken(rename(j.name, n)))) n++;
  if (n > 1 && jobs[0]) onRename?.(stem, `${stem}-${n}`);
  return jobs.map((j) => {
    const name = rename(j.name, n);
    used.add(name.toLowerCase());
    return { ...j, name };
  });
}
