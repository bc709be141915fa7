/**
 * The documents of a methodology: which template renders which form, protocol or order
 * (`templates/<id>/templates.yaml`), and how one is filled. Pure: the caller reads the files.
 */
import { readYaml } from './yaml-text.js';
import { compileTemplate, TemplateError } from './template.js';
import { splitFrontMatter } from './markdown.js';

/** What the pack says of one appendix: its number as printed («N-қосымша») and the place that introduces it. */
export interface AppendixRef {
  no: number;
  clause: string;
  /** The form key of a package that fills it, when it is a form. */
  formKey?: string;
}

export interface FormEntry {
  file: string;
  /** Appendix number as printed («N-қосымша»), from the pack; absent for a form the act gives no appendix (a free-form act). */
  appendix?: number;
  /** The place that introduces the form, from the pack (absent with the appendix). */
  clause?: string;
}

/**
 * What a document needs from a package to be made from it: the package's session, one of its forms, or nothing a
 * package holds (`blank`: the document is rendered only as a blank form, e.g. a survey answered elsewhere).
 */
export type Need = { kind: 'session' } | { kind: 'form'; form: string } | { kind: 'blank' };

export interface DocumentEntry {
  file: string;
  /**
   * The key of the pack's params (a place or provision: `src/acts/<id>/params.json`) that states what the document
   * records, for a document the act gives no appendix (the order forming the commission, a calibration protocol).
   */
  place?: string;
  /**
   * The clause the document rests on, from the pack: the appendix's clause, or the clause of its `place` when the
   * pack's params are given to `parseTemplateSet` (a blank render reads the manifest without loading the pack).
   */
  clause?: string;
  /** The appendix of the act the document reproduces (a reference table), from the pack. */
  appendix?: number;
  /** Why and how the document is reconstructed, when the act gives no form. */
  reconstructed?: string;
  /** Made from a package only when the package holds this; absent: from every package. */
  needs?: Need;
}

export interface TemplateSet {
  methodology: string;
  title: string;
  /** Date of the act (YYYY-MM-DD): metadata date of blank forms and of the order. */
  date: string;
  forms: Record<string, FormEntry>;
  documents: Record<string, DocumentEntry>;
  /** Files making up the approval order, in order; `<methodology>:<file>` takes a part from another template set. */
  order: string[];
}

const FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*\.md(\.hbs)?$/;
/** An order part may come from another methodology of the same act: `asa-a-corps:review.md.hbs`. */
const ORDER_PART = /^(?:[a-z0-9][a-z0-9-]*:)?[A-Za-z0-9][A-Za-z0-9._-]*\.md(\.hbs)?$/;

/**
 * Parse and check a `templates.yaml`. Throws TemplateError with the place of the problem. Appendix numbers and
 * clauses are the pack's (`appendices`, given by the caller), never restated in the file: a form takes those of the
 * appendix whose form key it is, a document names the appendix it reproduces (`appendix: N`) and takes its clause,
 * or, where the act gives it no appendix, names the place of the pack's params that states what it records
 * (`place: <key>`) and, when the caller gives the pack's `params`, takes that place's clause (an unknown key is refused).
 */
export function parseTemplateSet(text: string, where: string, appendices: readonly AppendixRef[] = [], params?: Readonly<Record<string, { clause: string }>>): TemplateSet {
  const raw = readYaml(text) as Record<string, unknown> | null;
  const bad = (msg: string): never => { throw new TemplateError(`${where}: ${msg}`); };
  if (!raw || typeof raw !== 'object') return bad('not a YAML mapping');
  const str = (v: unknown, name: string): string => (typeof v === 'string' && v !== '' ? v : bad(`${name} must be a non-empty string`));
  const file = (v: unknown, name: string): string => {
    const f = str(v, name);
    return FILE.test(f) ? f : bad(`${name}: "${f}" is not a plain template file name (*.md or *.md.hbs)`);
  };
  const only = (v: Record<string, unknown>, name: string, keys: string[]): void => {
    for (const k of Object.keys(v)) if (!keys.includes(k)) bad(`${name}.${k}: not a key here (${keys.join(', ')})${k === 'appendix' || k === 'clause' ? '; a form takes its appendix number and clause from the methodology pack' : ''}`);
  };
  const date = str(raw['date'], 'date');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) bad('date must be YYYY-MM-DD');
  const forms: Record<string, FormEntry> = {};
  for (const [k, v] of Object.entries((raw['forms'] ?? {}) as Record<string, Record<string, unknown>>)) {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(k)) bad(`form key "${k}" must be a plain identifier`);
    only(v, `forms.${k}`, ['file']);
    const a = appendices.find((x) => x.formKey === k);
    forms[k] = { file: file(v['file'], `forms.${k}.file`), ...(a ? { appendix: a.no, clause: a.clause } : {}) };
  }
  const documents: Record<string, DocumentEntry> = {};
  for (const [k, v] of Object.entries((raw['documents'] ?? {}) as Record<string, Record<string, unknown>>)) {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(k)) bad(`document key "${k}" must be a plain identifier`);
    if (v['clause'] !== undefined) bad(`documents.${k}.clause: a document takes its clause from the methodology pack: its appendix («appendix: N») or the place of the pack's params that states what it records («place: <key>»)`);
    only(v, `documents.${k}`, ['file', 'place', 'appendix', 'reconstructed', 'needs']);
    const d: DocumentEntry = { file: file(v['file'], `documents.${k}.file`) };
    if (v['appendix'] !== undefined) {
      const no = v['appendix'];
      const a = appendices.find((x) => x.no === no && !x.formKey);
      if (!a) bad(`documents.${k}.appendix: the pack has no reference appendix ${String(no)} (its appendices: ${appendices.map((x) => x.no).join(', ') || 'none known'})`);
      if (v['place'] !== undefined) bad(`documents.${k}.place: an appendix rests on the clause that introduces it; «place» is for a document the act gives no appendix`);
      d.appendix = (a as AppendixRef).no;
      d.clause = (a as AppendixRef).clause;
    } else {
      const place = str(v['place'], `documents.${k}.place`);
      d.place = place;
      if (params) {
        const p = params[place];
        if (!p) bad(`documents.${k}.place: the pack's params have no «${place}»`);
        d.clause = (p as { clause: string }).clause;
      }
    }
    if (v['reconstructed'] !== undefined) d.reconstructed = str(v['reconstructed'], `documents.${k}.reconstructed`);
    if (v['needs'] !== undefined) {
      const n = str(v['needs'], `documents.${k}.needs`);
      const form = /^forms\.([A-Za-z][A-Za-z0-9]*)$/.exec(n)?.[1];
      if (n === 'session') d.needs = { kind: 'session' };
      else if (n === 'blank') d.needs = { kind: 'blank' };
      else if (form !== undefined && (forms[form] || appendices.some((a) => a.formKey === form))) d.needs = { kind: 'form', form };
      else bad(`documents.${k}.needs: "${n}" is none of «session», «blank», «forms.<a form key of this set or pack>»`);
    }
    documents[k] = d;
  }
  const order = Array.isArray(raw['order'])
    ? (raw['order'] as unknown[]).map((f, i) => {
      const part = str(f, `order[${i}]`);
      return ORDER_PART.test(part) ? part : bad(`order[${i}]: "${part}" is not a template file name or <methodology>:<file>`);
    })
    : [];
  return { methodology: str(raw['methodology'], 'methodology'), title: str(raw['title'], 'title'), date, forms, documents, order };
}

export interface FillContext {
  servant?: unknown;
  period?: unknown;
  form?: unknown;
  session?: unknown;
  package?: unknown;
  /** `asPublished`: the form is rendered as a part of the approval order, as the act prints it (no repairs that add text). */
  methodology: { id: string; title: string; asPublished?: boolean };
}

/**
 * A protocol names the servant: a session decision that gives the package's servant by id
 * (`servant: "00417"`) is shown with the servant's full name. Others are left as written.
 */
function namedSession(session: unknown, servant: unknown): unknown {
  if (!session || typeof session !== 'object' || !servant || typeof servant !== 'object') return session;
  const { id, fullName } = servant as { id?: unknown; fullName?: unknown };
  const decisions = (session as { decisions?: unknown }).decisions;
  if (typeof id !== 'string' || typeof fullName !== 'string' || !Array.isArray(decisions)) return session;
  return {
    ...session,
    decisions: decisions.map((d: unknown) => (d && typeof d === 'object' && (d as { servant?: unknown }).servant === id ? { ...d, servant: fullName } : d)),
  };
}

/** Fill one template (`*.md.hbs`) or pass a static Markdown file (`*.md`) through. */
export function fillDocument(name: string, source: string, context: FillContext): string {
  if (!name.endsWith('.hbs')) return source;
  const view: Record<string, unknown> = {
    servant: context.servant ?? {},
    period: context.period ?? {},
    form: context.form ?? {},
    session: namedSession(context.session, context.servant) ?? {},
    package: context.package ?? {},
    methodology: context.methodology,
  };
  return compileTemplate(source, name)(view);
}

/**
 * Join filled parts into one document: the first part's front matter sets the page, each later part
 * starts on a new page and keeps its own type sizes (its front matter becomes a `<!-- part: … -->`).
 */
export function composeParts(parts: string[]): string {
  return parts.map((p, i) => {
    if (i === 0) return p;
    const { front, body } = splitFrontMatter(p);
    const spec = (['fontSize', 'tableFontSize', 'rowHeight'] as const).filter((k) => front[k]).map((k) => `${k}=${front[k]}`).join(' ');
    return `<!-- part: ${spec || 'default'} -->\n\n${body}`;
  }).join('\n\n***\n\n');
}
