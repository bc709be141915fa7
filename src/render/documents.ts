/**
 * The documents of a methodology: which template renders which form, protocol or order
 * (`templates/<id>/templates.yaml`), and how one is filled. Pure: the caller reads the files.
 */
import { readYaml } from './yaml-text.js';
import { ParserNotLoaded } from './parsers.js';
import { compileTemplate, TemplateError } from './template.js';
import { t3, type Text3 } from '../law/finding.js';
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
 * What is wrong with a `templates.yaml`, in kk/ru/en: the people who keep template sets read the tool in Kazakh and
 * Russian like everyone else. Keys and file names stay as written (they are the file's own words).
 */
const M = {
  notYaml: (detail: string): Text3 => t3(`YAML ретінде оқылмады: ${detail}`, `не читается как YAML: ${detail}`, `not readable as YAML: ${detail}`),
  notMapping: (): Text3 => t3('YAML кескіні (mapping) емес', 'это не отображение YAML (mapping)', 'not a YAML mapping'),
  nonEmpty: (name: string): Text3 => t3(`${name} бос емес жол болуы керек`, `${name} должно быть непустой строкой`, `${name} must be a non-empty string`),
  fileName: (name: string, f: string): Text3 =>
    t3(`${name}: "${f}" үлгі файлының қарапайым атауы емес (*.md немесе *.md.hbs)`, `${name}: "${f}" не простое имя файла шаблона (*.md или *.md.hbs)`, `${name}: "${f}" is not a plain template file name (*.md or *.md.hbs)`),
  notKey: (name: string, keys: string, fromPack: boolean): Text3 =>
    t3(
      `${name}: мұнда мұндай кілт жоқ (${keys})${fromPack ? '; нысан қосымшасының нөмірі мен тармағын әдістеме пакетінен алады' : ''}`,
      `${name}: здесь нет такого ключа (${keys})${fromPack ? '; номер приложения и пункт форма берёт из пакета методики' : ''}`,
      `${name}: not a key here (${keys})${fromPack ? '; a form takes its appendix number and clause from the methodology pack' : ''}`,
    ),
  date: (): Text3 => t3('date ЖЖЖЖ-АА-КК (YYYY-MM-DD) түрінде болуы керек', 'date должна иметь вид ГГГГ-ММ-ДД (YYYY-MM-DD)', 'date must be YYYY-MM-DD'),
  formKey: (k: string): Text3 => t3(`"${k}" нысан кілті қарапайым идентификатор болуы керек`, `ключ формы "${k}" должен быть простым идентификатором`, `form key "${k}" must be a plain identifier`),
  documentKey: (k: string): Text3 => t3(`"${k}" құжат кілті қарапайым идентификатор болуы керек`, `ключ документа "${k}" должен быть простым идентификатором`, `document key "${k}" must be a plain identifier`),
  documentClause: (name: string): Text3 =>
    t3(
      `${name}: құжат тармағын әдістеме пакетінен алады: өз қосымшасынан («appendix: N») немесе пакет параметрлерінің ол нені тіркейтінін айтатын орнынан («place: <key>»)`,
      `${name}: пункт документ берёт из пакета методики: из своего приложения («appendix: N») или из места параметров пакета, где сказано, что он фиксирует («place: <key>»)`,
      `${name}: a document takes its clause from the methodology pack: its appendix («appendix: N») or the place of the pack's params that states what it records («place: <key>»)`,
    ),
  noAppendix: (name: string, no: string, have: string): Text3 =>
    t3(
      `${name}: пакетте ${no}-қосымша (нысан емес) жоқ (оның қосымшалары: ${have || 'белгісіз'})`,
      `${name}: в пакете нет справочного приложения ${no} (его приложения: ${have || 'неизвестны'})`,
      `${name}: the pack has no reference appendix ${no} (its appendices: ${have || 'none known'})`,
    ),
  placeWithAppendix: (name: string): Text3 =>
    t3(
      `${name}: қосымша оны енгізетін тармаққа сүйенеді; «place» — акт қосымша бермеген құжат үшін`,
      `${name}: приложение опирается на вводящий его пункт; «place» — для документа, которому акт не даёт приложения`,
      `${name}: an appendix rests on the clause that introduces it; «place» is for a document the act gives no appendix`,
    ),
  noPlace: (name: string, place: string): Text3 =>
    t3(`${name}: пакет параметрлерінде «${place}» жоқ`, `${name}: в параметрах пакета нет «${place}»`, `${name}: the pack's params have no «${place}»`),
  needs: (name: string, n: string): Text3 =>
    t3(
      `${name}: "${n}" — «session», «blank», «forms.<осы жиынның не пакеттің нысан кілті>» дегендердің бірі емес`,
      `${name}: "${n}" — ни одно из «session», «blank», «forms.<ключ формы этого набора или пакета>»`,
      `${name}: "${n}" is none of «session», «blank», «forms.<a form key of this set or pack>»`,
    ),
  orderPart: (name: string, part: string): Text3 =>
    t3(`${name}: "${part}" үлгі файлының атауы да, <methodology>:<file> да емес`, `${name}: "${part}" — не имя файла шаблона и не <methodology>:<file>`, `${name}: "${part}" is not a template file name or <methodology>:<file>`),
};

/** A `templates.yaml` that cannot be used: the file, and what is wrong in it (the message names both). */
export class ManifestError extends TemplateError {
  constructor(readonly where: string, readonly detail: Text3) {
    super(t3(`${where}: ${detail.kk}`, `${where}: ${detail.ru}`, `${where}: ${detail.en}`));
  }
}

/**
 * Parse and check a `templates.yaml`. Throws TemplateError with the place of the problem. Appendix numbers and
 * clauses are the pack's (`appendices`, given by the caller), never restated in the file: a form takes those of the
 * appendix whose form key it is, a document names the appendix it reproduces (`appendix: N`) and takes its clause,
 * or, where the act gives it no appendix, names the place of the pack's params that states what it records
 * (`place: <key>`) and, when the caller gives the pack's `params`, takes that place's clause (an unknown key is refused).
 */
export function parseTemplateSet(text: string, where: string, appendices: readonly AppendixRef[] = [], params?: Readonly<Record<string, { clause: string }>>): TemplateSet {
  const bad = (msg: Text3): never => { throw new ManifestError(where, msg); };
  let raw: Record<string, unknown> | null = null;
  try {
    raw = readYaml(text) as Record<string, unknown> | null;
  } catch (e) {
    if (e instanceof ParserNotLoaded) throw e;
    bad(M.notYaml((e as Error).message.split('\n')[0] ?? ''));
  }
  if (!raw || typeof raw !== 'object') return bad(M.notMapping());
  const str = (v: unknown, name: string): string => (typeof v === 'string' && v !== '' ? v : bad(M.nonEmpty(name)));
  const file = (v: unknown, name: string): string => {
    const f = str(v, name);
    return FILE.test(f) ? f : bad(M.fileName(name, f));
  };
  const only = (v: Record<string, unknown>, name: string, keys: string[]): void => {
    for (const k of Object.keys(v)) if (!keys.includes(k)) bad(M.notKey(`${name}.${k}`, keys.join(', '), k === 'appendix' || k === 'clause'));
  };
  const date = str(raw['date'], 'date');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) bad(M.date());
  const forms: Record<string, FormEntry> = {};
  for (const [k, v] of Object.entries((raw['forms'] ?? {}) as Record<string, Record<string, unknown>>)) {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(k)) bad(M.formKey(k));
    only(v, `forms.${k}`, ['file']);
    const a = appendices.find((x) => x.formKey === k);
    forms[k] = { file: file(v['file'], `forms.${k}.file`), ...(a ? { appendix: a.no, clause: a.clause } : {}) };
  }
  const documents: Record<string, DocumentEntry> = {};
  for (const [k, v] of Object.entries((raw['documents'] ?? {}) as Record<string, Record<string, unknown>>)) {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(k)) bad(M.documentKey(k));
    if (v['clause'] !== undefined) bad(M.documentClause(`documents.${k}.clause`));
    only(v, `documents.${k}`, ['file', 'place', 'appendix', 'reconstructed', 'needs']);
    const d: DocumentEntry = { file: file(v['file'], `documents.${k}.file`) };
    if (v['appendix'] !== undefined) {
      const no = v['appendix'];
      const a = appendices.find((x) => x.no === no && !x.formKey);
      if (!a) bad(M.noAppendix(`documents.${k}.appendix`, String(no), appendices.map((x) => x.no).join(', ')));
      if (v['place'] !== undefined) bad(M.placeWithAppendix(`documents.${k}.place`));
      d.appendix = (a as AppendixRef).no;
      d.clause = (a as AppendixRef).clause;
    } else {
      const place = str(v['place'], `documents.${k}.place`);
      d.place = place;
      if (params) {
        const p = params[place];
        if (!p) bad(M.noPlace(`documents.${k}.place`, place));
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
      else bad(M.needs(`documents.${k}.needs`, n));
    }
    documents[k] = d;
  }
  const order = Array.isArray(raw['order'])
    ? (raw['order'] as unknown[]).map((f, i) => {
      const part = str(f, `order[${i}]`);
      return ORDER_PART.test(part) ? part : bad(M.orderPart(`order[${i}]`, part));
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
