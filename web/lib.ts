/** The page's helpers: API calls, schema localisation, findings placed on form fields, downloads. */
import { fieldLabel } from './field-labels.js';
import { tr, type Lang, type Text3 } from './i18n.js';
import { dateFormatMessage, ISO_DATE_WRITTEN } from '../src/check/date-message.js';
import { clauseText } from '../src/law/cite-text.js';
import { SEVERITY_RANK } from '../src/law/finding.js';
import { messageText as readMessage } from '../src/report/i18n.js';

export interface Finding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: Text3;
  path: string;
  /** line:column in the file (a package's YAML/JSON, a draft's Markdown line or Word paragraph) */
  place?: { line: number; column: number };
  file?: string;
  cite?: { act: string; clause: string; wording: string };
  facts?: Record<string, unknown>;
  note?: Text3;
  /** The field `path` names, as the forms caption it (src/law/finding.ts). */
  field?: Text3;
}

export interface CheckResult {
  file: string;
  methodology: string | null;
  wording: string | null;
  findings: Finding[];
  error?: Text3;
  /** Where the page's live check ran: in the page itself, or (the engine could not load) on the server. */
  engine?: 'page' | 'server';
}

export type Schema = Record<string, unknown> & { title?: string; description?: string; properties?: Record<string, Schema>; items?: Schema; type?: string; anyOf?: Schema[]; numberOrText?: true };

export class ApiError extends Error {
  constructor(readonly status: number, readonly text: Text3 | undefined, readonly findings: Finding[]) {
    super(text?.en ?? `HTTP ${status}`);
  }
}

export async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(path, init);
  const type = res.headers.get('content-type') ?? '';
  if (!res.ok) {
    const body = type.includes('json') ? ((await res.json()) as CheckResult) : undefined;
    throw new ApiError(res.status, body?.error ?? body?.findings?.[0]?.message, body?.findings ?? []);
  }
  return (type.includes('json') ? res.json() : res.blob()) as Promise<T>;
}

export const postJson = <T>(path: string, body: unknown): Promise<T> =>
  api<T>(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** Saves a blob under a name, as a browser download. */
export function download(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  setTimeout(() => {
    URL.revokeObjectURL(a.href);
    a.remove();
  }, 1000);
}

/**
 * The schema as the form shows it, in the chosen language: the Kazakh titles are the schema's own (the act's);
 * in Russian and English each field's label comes from the working translations (./field-labels.ts, keyed by
 * the field's pointer: `methodology` and `pointer` say where this schema sits in the package), and the official
 * Kazakh title stays visible under it as the field's description.
 * A field of anyOf plain types becomes one text field: the form then needs no validator compiled in the page (the
 * page's CSP allows no eval); the check engine judges the value. One that is a number or the act's free text (a
 * KPI's planned and actual values: `Value`, src/acts/b-corps-2018/forms.ts) is marked `numberOrText`: the page saves
 * what is typed as a number when it is one («5» → 5, «2,5» → 2.5), as the schema's first branch means it, and as text
 * otherwise («100 %»); it was saved as text «5» whatever was typed.
 */
export function localise(schema: Schema, lang: Lang, methodology: string, pointer: string): Schema {
  const out: Schema = { ...schema };
  if (Array.isArray(schema.anyOf) && schema.anyOf.every((s) => typeof s.type === 'string' && s.type !== 'object' && s.type !== 'array')) {
    const types = new Set(schema.anyOf.map((s) => s.type));
    delete out.anyOf;
    out.type = 'string';
    if (types.has('number') && types.has('string') && types.size === 2) out.numberOrText = true;
  }
  delete out.description;
  const label = schema.title === undefined ? undefined : fieldLabel(methodology, pointer);
  if (lang !== 'kk' && label && schema.title) {
    out.title = label[lang];
    out.description = schema.title;
  }
  if (schema.properties) out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, localise(v, lang, methodology, `${pointer}/${k}`)]));
  if (schema.items) out.items = localise(schema.items, lang, methodology, `${pointer}/*`);
  // a row's «№ р/с» is its place in the list, which the page keeps (inOrder): shown, not typed
  const no = out.items?.properties?.['no'];
  if (no && placeNumbered(schema.items)) out.items = { ...out.items, properties: { ...out.items!.properties, no: { ...no, readOnly: true } } };
  return out;
}

/**
 * A list row's «№ р/с» (реттік саны), «№ п/п» (по порядку), «№ р/р»: the forms of the 2018 acts (mic-2018 and
 * almaty-maslikhat-2018 App. 1–3 and 5, sjc-apparatus App. 1–2) number their rows 1, 2, 3… down the table, so the
 * number is the row's place in it, as the findings («8-жол», «строка 8») and the page's row titles name a row. Our
 * choice where the forms say no more: the page numbers the rows in order, and renumbers them when one is added,
 * removed or moved (an officer who numbered them in her own order read «строка 8» of a row whose № was 6). The check
 * accepts any number from 1, as the schema does. Not «№» alone: the 360 results' «№» (sjc-apparatus App. 7–8) is
 * the competency's number, which the survey-average rule reads; nor the competency sheet (placeNumbered).
 */
const ORDINAL_CAPTIONS: ReadonlySet<string> = new Set(['№ р/с', '№ п/п', '№ р/р']);
/** The schema of a row's ordinal number (by the form's Kazakh caption: localise changes the title only after this). */
export const isOrdinalNo = (s: Schema | undefined): boolean => !!s && s.type === 'integer' && typeof s.title === 'string' && ORDINAL_CAPTIONS.has(s.title);
/**
 * A list row (its schema) numbered by its place. Not a row that names a competency: the competency sheet (mic-2018 and
 * almaty-maslikhat-2018 App. 3) prints its eleven competencies with their own numbers, 1–11, rows 6 and 7 marked «*»
 * for the servants not evaluated on them, so a sheet without those rows keeps «8 Адалдық» as the act numbers it (the
 * samples do); its «№ р/с» stays as typed, like the 360 results' «№».
 */
const placeNumbered = (item: Schema | undefined): boolean => isOrdinalNo(item?.properties?.['no']) && !item?.properties?.['competency'];

/** The lists of a form (paths of properties from its top, not inside another list) whose rows carry an ordinal `no`. */
export function ordinalLists(schema: Schema, at: string[] = []): string[][] {
  const out: string[][] = [];
  for (const [k, v] of Object.entries(schema.properties ?? {})) {
    if (placeNumbered(v.items)) out.push([...at, k]);
    else if (v.properties) out.push(...ordinalLists(v, [...at, k]));
  }
  return out;
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const positive = (n: unknown): boolean => Number.isInteger(n) && (n as number) >= 1;
/** The value at `path` (keys from the top) of form data, or undefined. */
const getAt = (v: unknown, path: readonly string[]): unknown => path.reduce<unknown>((o, k) => (isRecord(o) ? o[k] : undefined), v);
/** Form data with the value at `path` replaced (the objects on the way copied, the rest shared). */
const setAt = (o: unknown, path: readonly string[], value: unknown, i = 0): unknown =>
  i === path.length ? value : { ...(isRecord(o) ? o : {}), [path[i]!]: setAt(isRecord(o) ? o[path[i]!] : undefined, path, value, i + 1) };

/**
 * A form's data after a change (`after`; `before` as it was) with the rows of each of `lists` numbered 1…n in order
 * when a row was added, removed or moved (its length or the sequence of the rows' numbers changed: the number is not
 * typed) or a row has no number; otherwise as it came, so a file's own numbering stays until its list changes.
 */
export function inOrder(before: unknown, after: unknown, lists: readonly (readonly string[])[]): unknown {
  let out = after;
  for (const path of lists) {
    const rows = getAt(out, path);
    if (!Array.isArray(rows)) continue;
    const prev = getAt(before, path);
    const was = Array.isArray(prev) ? prev.map((r) => (isRecord(r) ? r['no'] : undefined)) : [];
    const now = rows.map((r) => (isRecord(r) ? r['no'] : undefined));
    if (now.length === was.length && now.every((n, i) => n === was[i] && positive(n))) continue;
    out = setAt(out, path, rows.map((r, i) => (isRecord(r) ? { ...r, no: i + 1 } : r)));
  }
  return out;
}

/** A competency's name as the act's list and a row may spell it: the footnote's «*» and case and spaces aside. */
const competencyKey = (name: string): string => name.replace(/\s*\*$/, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase('kk');

/**
 * A form's data after a change with the empty «№» of each row whose competency was just picked (or typed) filled from
 * the act's own numbered list of competencies (`lists`: the list's path from the form's top and the act's names,
 * src/serve/act-numbers.ts): «Адалдық» → 8 on mic-2018 App. 3. A number typed is never changed, a competency the
 * list does not have fills nothing, and a row whose competency did not change is left as it is.
 */
export function actNumbered(before: unknown, after: unknown, lists: readonly { path: readonly string[]; names: readonly string[] }[]): unknown {
  let out = after;
  for (const { path, names } of lists) {
    const rows = getAt(out, path);
    if (!Array.isArray(rows)) continue;
    const prev = getAt(before, path);
    const keys = names.map(competencyKey);
    let changed = false;
    const next = rows.map((r, i) => {
      if (!isRecord(r) || typeof r['competency'] !== 'string' || (r['no'] !== undefined && r['no'] !== null && r['no'] !== '')) return r;
      const was = Array.isArray(prev) && isRecord(prev[i]) ? prev[i]['competency'] : undefined;
      if (was === r['competency']) return r;
      const at = keys.indexOf(competencyKey(r['competency']));
      if (at < 0) return r;
      changed = true;
      return { ...r, no: at + 1 };
    });
    if (changed) out = setAt(out, path, next);
  }
  return out;
}

/** Nulls and empty strings dropped (a new package's empty fields), so the form starts empty. */
export function clean(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(clean);
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (x === null || x === '') continue;
      o[k] = clean(x);
    }
    return o;
  }
  return v;
}

const unescape = (t: string) => t.replace(/~1/g, '/').replace(/~0/g, '~');
export const tokens = (pointer: string): string[] => (pointer === '' ? [] : pointer.split('/').slice(1).map(unescape));

/**
 * The field a finding is about: a «required» finding points at the parent, the field is its missing property; a
 * rule's «missing» finding (a form not filled in: path `/forms`, expected `/forms/kpiSheet`, found nothing) is about
 * what it expected.
 */
export function fieldPath(f: Finding): string[] {
  const t = tokens(f.path);
  const params = (f.facts?.['params'] ?? {}) as { missingProperty?: string };
  if (f.ruleId === 'schema' && f.facts?.['keyword'] === 'required' && params.missingProperty) t.push(params.missingProperty);
  const expected = f.facts?.['expected'];
  if (f.ruleId !== 'schema' && f.facts?.['found'] === null && typeof expected === 'string' && expected.startsWith(`${f.path}/`)) return tokens(expected);
  return t;
}

/** A cite as the reader's language writes it («40-тармақ», «п. 40», «cl. 40»), as the CLI prints it. */
export const citeText = (c: { act: string; clause: string }, lang: Lang): string => `${c.act}, ${clauseText(c.clause, lang)}`;
/**
 * The fill page's dates are typed ДД.ММ.ГГГГ (or ISO) and kept as ISO; a date the page could not read is kept as
 * typed, and the schema's message about it, written for the file's YYYY-MM-DD, would contradict the field's hint.
 * On this page it names the form the officer types, with the file's as the other way (one message: date-message.ts).
 */
const TYPED_DATE = dateFormatMessage({
  kk: `${tr('dateHint', 'kk')} (немесе ${ISO_DATE_WRITTEN.kk})`,
  ru: `${tr('dateHint', 'ru')} (или ${ISO_DATE_WRITTEN.ru})`,
  en: `${tr('dateHint', 'en')} (or ${ISO_DATE_WRITTEN.en})`,
});
const FILE_DATE = dateFormatMessage();
const isDateFormat = (f: Finding): boolean => {
  const x = f.facts as { keyword?: unknown; params?: { format?: unknown } } | undefined;
  return f.ruleId === 'schema' && x?.keyword === 'format' && x.params?.format === 'date';
};
/** A missing required field's key (`fullName`, `year`): what the file spells, not what the officer reads on the form. */
const missingKey = (f: Finding): string | undefined => {
  const x = f.facts as { keyword?: unknown; params?: { missingProperty?: unknown } } | undefined;
  return f.ruleId === 'schema' && x?.keyword === 'required' && typeof x.params?.missingProperty === 'string' ? x.params.missingProperty : undefined;
};
/**
 * A finding's message as the fill page shows it. A missing field is named by its caption: the check names it as the
 * form captions it with its key beside it («Т.А.Ә.» (fullName)), for a reader of the file; the officer reads the
 * form, where the key is nowhere, so the page leaves it out (a field without a caption stays named by its key).
 */
export function fillMessage(f: Finding, lang: Lang): string {
  // only the words about the form change: the field's place before them and what was typed after them stay, so the
  // list names the date it means (it said «дата должна быть…» alone, with no field, as no other finding does)
  if (isDateFormat(f)) {
    const own = f.message[lang];
    return own.includes(FILE_DATE[lang]) ? own.replace(FILE_DATE[lang], TYPED_DATE[lang]) : TYPED_DATE[lang];
  }
  const key = missingKey(f);
  return readMessage(key ? { message: { ...f.message, [lang]: f.message[lang].replace(`» (${key})`, '»') } } : f, lang);
}
/**
 * A finding's message and field line as the reports say them (src/report/i18n.ts, the same functions): the act's
 * Kazakh values glossed for a Russian or English reader («тиімді» (эффективно)); the field as the forms caption it,
 * unless the message names it already.
 */
export { messageText as readMessage, fieldText as fieldLine } from '../src/report/i18n.js';
export const findingText = (f: Finding, lang: Lang): string => `${fillMessage(f, lang)}${f.cite ? ` (${citeText(f.cite, lang)})` : ''}`;
/**
 * A finding as the line under its own field shows it: a schema finding's message begins with the field's place in
 * words («Form» › «field»: …, its `field`), which the field's own label already says, so the line starts with
 * what is wrong. The findings list keeps the whole message.
 */
export function fieldText(f: Finding, lang: Lang): string {
  const text = findingText(f, lang);
  const place = f.field?.[lang];
  return place && text.startsWith(`${place}: `) ? text.slice(place.length + 2) : text;
}

type ErrorSchema = { __errors?: string[]; [k: string]: unknown };

/** The findings under a section of the package (e.g. ['forms', 'managerialSheet']), each with its field's path in that section's form. */
function sectionFindings(findings: Finding[], section: string[]): { f: Finding; rel: string[] }[] {
  const out: { f: Finding; rel: string[] }[] = [];
  for (const f of findings) {
    if (f.file) continue;
    const p = fieldPath(f);
    if (section.some((s, i) => p[i] !== s)) continue;
    out.push({ f, rel: p.slice(section.length) });
  }
  return out;
}

/** Findings under a section of the package (e.g. ['forms', 'managerialSheet']) → RJSF's error schema for its form. */
export function errorSchemaFor(findings: Finding[], section: string[], lang: Lang): ErrorSchema {
  const root: ErrorSchema = {};
  for (const { f, rel } of sectionFindings(findings, section)) {
    let node = root;
    for (const k of rel) node = (node[k] ??= {}) as ErrorSchema;
    (node.__errors ??= []).push(fieldText(f, lang));
  }
  return root;
}

export type Severity = Finding['severity'];
/** The key of a field's message in `fieldSeverities`: the field's path in its section's form and the message's text. */
export const messageKey = (rel: readonly (string | number)[], text: string): string => `${rel.join('/')}\u0000${text}`;
/**
 * The severity of each message under a field (the form library hands its template the messages as text only): an
 * info or a warning under a field is not shown as an error. The same text twice on one field: the graver one.
 */
export function fieldSeverities(findings: Finding[], section: string[], lang: Lang): Map<string, Severity> {
  const out = new Map<string, Severity>();
  for (const { f, rel } of sectionFindings(findings, section)) {
    const key = messageKey(rel, fieldText(f, lang));
    const had = out.get(key);
    if (!had || SEVERITY_RANK[f.severity] > SEVERITY_RANK[had]) out.set(key, f.severity);
  }
  return out;
}
/** The gravest of some severities (undefined for none). */
export const gravest = (list: Severity[]): Severity | undefined => list.reduce<Severity | undefined>((a, s) => (!a || SEVERITY_RANK[s] > SEVERITY_RANK[a] ? s : a), undefined);

/** A finding's deadline and its working-day count (late, left, overdue), when it is about a deadline. */
export function deadlineNote(f: Finding, lang: Lang): string | undefined {
  const x = f.facts ?? {};
  const parts: string[] = [];
  if (typeof x['deadline'] === 'string') parts.push(`${lang === 'en' ? 'due' : lang === 'ru' ? 'срок' : 'мерзімі'} ${isoToKz(x['deadline'])}`);
  const n = (k: string) => (typeof x[k] === 'number' ? (x[k] as number) : undefined);
  const late = n('workingDaysLate');
  const left = n('workingDaysLeft');
  const over = n('workingDaysSinceDeadline');
  if (late !== undefined) parts.push(lang === 'en' ? `${late} working day(s) late` : lang === 'ru' ? `опоздание ${late} раб. дн.` : `${late} жұмыс күніне кешіккен`);
  if (left !== undefined) parts.push(lang === 'en' ? `${left} working day(s) left` : lang === 'ru' ? `осталось ${left} раб. дн.` : `${left} жұмыс күні қалды`);
  if (over !== undefined) parts.push(lang === 'en' ? `overdue by ${over} working day(s)` : lang === 'ru' ? `просрочено на ${over} раб. дн.` : `мерзімі ${over} жұмыс күні бұрын өткен`);
  return parts.length ? parts.join(', ') : undefined;
}

/** «ДД.ММ.ГГГГ» or ISO → ISO if it is a real date. */
export function kzToIso(s: string): string | undefined {
  const t = s.trim();
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(t);
  const iso = m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : /^\d{4}-\d{2}-\d{2}$/.test(t) ? t : undefined;
  if (!iso) return undefined;
  const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d ? iso : undefined;
}

/** Today on this computer (its own time zone, as the server's «today» and the CLI's are), YYYY-MM-DD. */
export const localIso = (d = new Date()): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export const isoToKz = (iso: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
};

/** A path relative to another file's folder (session refs are relative to the package). */
export function relativeTo(fromFile: string, target: string): string {
  const from = fromFile.split('/').slice(0, -1);
  const to = target.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...Array(from.length - i).fill('..'), ...to.slice(i)].join('/');
}

export function joinRel(fromFile: string, ref: string): string {
  const parts = fromFile.split('/').slice(0, -1);
  for (const p of ref.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.') parts.push(p);
  }
  return parts.join('/');
}
