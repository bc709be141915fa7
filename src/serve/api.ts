/**
 * The HTTP API of `bagalau serve` (described in openapi.ts): the engines behind JSON. Each handler takes the
 * parsed request and returns a response value; errors are HttpError/WorkspaceError with findings.
 */
import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';
import { packageSchema, sessionSchema } from '../acts/envelope.js';
import { packById, PACKS } from '../acts/index.js';
import { checkDocument, type FileResult } from '../check/run.js';
import { describePack } from '../acts/describe.js';
import { defaultTemplatesDir, loadFonts, packageJobs } from '../cli/render.js';
import { schemaProblems } from '../cli/render-schema.js';
import { alignmentHtml } from '../draft/alignment-report.js';
import { checkDraft, draftInputFinding } from '../draft/check.js';
import { docxDraft, DocxError } from '../draft/docx.js';
import { importPublishedAct } from '../draft/import.js';
import type { SourceMap } from '../draft/where.js';
import { createCalendar, deadline, isValidIso, type Calendar, type DeadlineUnit } from '../law/calendar/index.js';
import { LANGS, t3, type Finding, type Lang, type Text3 } from '../law/finding.js';
import { docFromBytes } from '../package/load.js';
import type { SourceDoc } from '../package/source-doc.js';
import { MissingGlyphError, MarkdownError, renderMarkdown, TemplateError } from '../render/index.js';
import { UsageError } from '../cli/usage-error.js';
import { actNumbers } from './act-numbers.js';
import { auditReport, type AuditReport } from './audit.js';
import { HttpError, inputFinding } from './http.js';
import { packageText } from './page-engine.js';
import { skeletonData, skeletonYaml, type JsonSchema, type Sources } from './skeleton.js';
import type { CodePage } from './code-page.js';
import { categoryAsTheActPrints, EVERY_ROW_FIELDS, mapHeaders, packageFileName, parsePeriod, readServants, readStaffTable, StaffFileError, STAFF_FIELDS } from './staff.js';
import { Workspace, WorkspaceError } from './workspace.js';

export interface ApiContext {
  workspace: Workspace;
  calendar: Calendar;
  today: () => string;
}

export const createContext = (dir: string, today: () => string): ApiContext => ({ workspace: new Workspace(dir), calendar: createCalendar(), today });

const bad = (en: string, kk: string, ru: string, findings?: Finding[]): HttpError => new HttpError(400, t3(kk, ru, en), findings);

export const langOf = (v: string | null): Lang => (LANGS.includes(v as Lang) ? (v as Lang) : 'kk');

/** A package from a request body (JSON or YAML, as the content type or the text says). */
export function bodyDoc(bytes: Uint8Array, contentType: string | undefined, name?: string): SourceDoc {
  const file = name ?? (/json/i.test(contentType ?? '') ? 'request.json' : /yaml|yml/i.test(contentType ?? '') ? 'request.yaml' : 'request');
  return docFromBytes(file, bytes);
}

/** A body that is not a package at all is a 400 with the findings that say why. */
function requirePackage(doc: SourceDoc): Record<string, unknown> {
  const errs = doc.findings.filter((f) => f.severity === 'error');
  if (doc.data === undefined || errs.length) {
    throw new HttpError(400, errs[0]?.message ?? t3('Дене бос', 'Тело пустое', 'The body is empty'), errs.length ? errs : undefined);
  }
  if (!doc.data || typeof doc.data !== 'object' || Array.isArray(doc.data)) {
    throw bad('The body is not a package (a mapping with methodology, servant, period, forms)', 'Дене бағалау пакеті емес (methodology, servant, period, forms өрістері бар кесте)', 'Тело не пакет оценки (таблица с полями methodology, servant, period, forms)');
  }
  return doc.data as Record<string, unknown>;
}

/** `POST /api/check`: the result object `check --format json` holds for the file. */
export function apiCheck(ctx: ApiContext, doc: SourceDoc, opts: { file?: string | null; today?: string | null }): FileResult {
  requirePackage(doc);
  const today = opts.today && isValidIso(opts.today) ? opts.today : ctx.today();
  const file = opts.file ? ctx.workspace.rel(ctx.workspace.resolve(opts.file)) : doc.file;
  return checkDocument({ ...doc, file }, { today, calendar: ctx.calendar, loadSession: ctx.workspace.sessionLoader() });
}

const MIME = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', zip: 'application/zip' } as const;

/** `POST /api/render`: one form (`form=`) as DOCX or PDF, or every document of the package as a ZIP. */
export async function apiRender(ctx: ApiContext, doc: SourceDoc, q: { format: string | null; form: string | null; file: string | null }): Promise<{ bytes: Uint8Array; type: string; name: string }> {
  const data = requirePackage(doc);
  const format = q.format ?? 'pdf';
  if (format !== 'pdf' && format !== 'docx' && format !== 'zip') throw bad(`format must be pdf, docx or zip, not «${format}»`, `format — pdf, docx немесе zip («${format}» емес)`, `format — pdf, docx или zip, а не «${format}»`);
  const problems = schemaProblems(data, data['methodology'], doc.placeOf);
  if (problems.length) {
    const result = apiCheck(ctx, doc, { file: q.file });
    throw new HttpError(400, t3('Пакет сызбаға сай емес, құжат жасалмайды', 'Пакет не соответствует схеме, документ не создаётся', 'The package does not match its schema; no document is made'), result.findings.filter((f) => f.severity === 'error'));
  }
  const packageFile = q.file ? ctx.workspace.rel(ctx.workspace.resolve(q.file)) : 'package.yaml';
  const loadSession = ctx.workspace.sessionLoader();
  let jobs;
  try {
    jobs = packageJobs(packageFile, data, defaultTemplatesDir(), (ref) => {
      const s = loadSession(ref, packageFile);
      if (s.data === undefined) {
        const why = s.findings[0]?.message;
        throw new UsageError(t3(`${s.file} отырыс файлы: ${why?.kk ?? 'оқылмады'}`, `файл заседания ${s.file}: ${why?.ru ?? 'не прочитан'}`, `session file ${s.file}: ${why?.en ?? 'not read'}`));
      }
      return s.data;
    });
  } catch (e) {
    if (e instanceof TemplateError) throw bad(e.text.en, e.text.kk, e.text.ru);
    if (e instanceof UsageError) throw e.text ? bad(e.text.en, e.text.kk, e.text.ru) : bad(e.message, e.message, e.message);
    throw e;
  }
  if (q.form) jobs = jobs.filter((j) => j.name.endsWith(`.${q.form}`));
  if (jobs.length === 0) throw bad('Nothing to render: no filled form with a template', 'Жасайтын құжат жоқ: үлгісі бар толтырылған нысан жоқ', 'Нечего формировать: нет заполненной формы с шаблоном');
  const render = async (md: string, title: string, date: string, f: 'pdf' | 'docx') => {
    try {
      return await renderMarkdown(md, { format: f, meta: { title, date, language: 'kk-KZ' }, ...(f === 'pdf' ? { fonts: loadFonts() } : {}) });
    } catch (e) {
      if (e instanceof MarkdownError || e instanceof MissingGlyphError) throw bad(e.text.en, e.text.kk, e.text.ru);
      if (e instanceof TemplateError) throw bad(e.text.en, e.text.kk, e.text.ru);
      throw e;
    }
  };
  if (format === 'zip') {
    const files: Record<string, Uint8Array> = {};
    for (const j of jobs) for (const f of ['docx', 'pdf'] as const) files[`${j.name}.${f}`] = await render(j.markdown, j.title, j.date, f);
    return { bytes: zipSync(files, { level: 6 }), type: MIME.zip, name: `${jobs[0]?.name.split('.')[0] ?? 'package'}.zip` };
  }
  const job = jobs[0]!;
  return { bytes: await render(job.markdown, job.title, job.date, format), type: MIME[format], name: `${job.name}.${format}` };
}

/** A file for the Word reader, as `bagalau draft check` takes it: a .docx, or a .doc, .rtf, .odt it names with what to do. */
const WORD_FILE = /\.(?:docx|docm|dotx|doc|rtf|odt)$/i;

/** An uploaded draft read as `bagalau draft check` reads a file of that name: Word, .txt published, else Markdown. */
function draftFromBytes(name: string, bytes: Uint8Array): { markdown: string; source?: SourceMap } | { error: string | Text3 } {
  if (WORD_FILE.test(name)) {
    try {
      return docxDraft(bytes);
    } catch (err) {
      return { error: err instanceof DocxError ? err.text : `cannot read the Word file: ${(err as Error).message}` };
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: t3('мәтін UTF-8 кодтауында емес', 'текст не в кодировке UTF-8', 'not valid UTF-8 text') };
  }
  if (!/\.txt$/i.test(name)) return { markdown: text };
  try {
    const imported = importPublishedAct(text);
    return { markdown: imported.markdown, source: { unit: 'lines', of: imported.lineMap } };
  } catch (err) {
    return { error: `the published text could not be imported: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}` };
  }
}

/**
 * `POST /api/draft/check`: a draft → findings and the model alignment (as data and as HTML), as
 * `bagalau draft check` gives them: `name` says what the bytes are (.md Markdown, .docx Word, .txt an act
 * as published, imported on the fly); places are the file's lines or Word paragraphs.
 */
export function apiDraftCheck(bytes: Uint8Array, q: { date: string | null; lang: Lang; name?: string | null }): unknown {
  const name = (q.name ?? '').split(/[/\\]/).pop()!.slice(0, 200) || 'draft.md';
  if (bytes.byteLength === 0 || (!WORD_FILE.test(name) && new TextDecoder().decode(bytes).trim() === '')) throw bad('The draft is empty', 'Жоба бос', 'Проект пуст');
  const date = q.date && isValidIso(q.date) ? q.date : undefined;
  if (q.date && !date) throw bad(`date «${q.date}» is not YYYY-MM-DD`, `date «${q.date}» ЖЖЖЖ-АА-КК емес`, `date «${q.date}» не ГГГГ-ММ-ДД`);
  const d = date ?? new Date().toISOString().slice(0, 10);
  const read = draftFromBytes(name, bytes);
  if ('error' in read) {
    const f = draftInputFinding(read.error);
    throw new HttpError(400, f.message, [f]);
  }
  const r = checkDraft(read.markdown, { date: d, ...(read.source ? { source: read.source } : {}) });
  return {
    file: name,
    date: d,
    findings: r.findings,
    alignment: r.comparison ? { html: alignmentHtml(r.comparison, name, d, q.lang, read.source) } : null,
  };
}

export const apiMethodologies = (): unknown => ({
  version: 1,
  // the session file's own schema (a pack with a commission or calibration session): the page draws the session form from it
  // actNumbers: the competency lists the act numbers itself (./act-numbers.ts), from which the page fills a row's empty «№»
  methodologies: PACKS.map((p) => ({ ...describePack(p), schema: packageSchema(p), ...(sessionSchema(p) ? { sessionSchema: sessionSchema(p) } : {}), appendixTitles: p.appendices, actNumbers: actNumbers(p) })),
});

export function apiCalendar(ctx: ApiContext, year: string): unknown {
  if (!/^\d{4}$/.test(year)) throw bad(`«${year}» is not a year`, `«${year}» жыл емес`, `«${year}» не год`);
  return ctx.calendar.year(Number(year));
}

export function apiDeadline(ctx: ApiContext, q: { from: string | null; count: string | null; unit: string | null; direction: string | null }): unknown {
  if (!q.from || !isValidIso(q.from)) throw bad('from must be a date YYYY-MM-DD', 'from ЖЖЖЖ-АА-КК күні болуы керек', 'from должен быть датой ГГГГ-ММ-ДД');
  if (!q.count || !/^\d{1,5}$/.test(q.count)) throw bad('count must be a whole number', 'count бүтін сан болуы керек', 'count должен быть целым числом');
  const unit = (q.unit ?? 'working-days') as DeadlineUnit;
  if (!['working-days', 'calendar-days', 'months', 'years'].includes(unit)) throw bad('unit: working-days | calendar-days | months | years', 'unit: working-days | calendar-days | months | years', 'unit: working-days | calendar-days | months | years');
  return deadline(ctx.calendar, { from: q.from, count: Number(q.count), unit, direction: q.direction === 'before' ? 'before' : 'after' });
}

// ---- the workspace

export const apiFiles = (ctx: ApiContext): unknown => ctx.workspace.list();

/** `GET /api/session-users`: the packages that refer to the session file `path`, each with its methodology. */
export function apiSessionUsers(ctx: ApiContext, path: string): unknown {
  ctx.workspace.read(path);
  return { path, users: ctx.workspace.sessionUsers(path) };
}

/** `POST /api/copy`: the file `from` copied as it is to `to`, never over a file there (409). */
export function apiCopyFile(ctx: ApiContext, from: string, to: string): unknown {
  ctx.workspace.copy(from, to);
  return { path: to, from, saved: true };
}

/**
 * `DELETE /api/file?path=&copy=`: a session file removed at the officer's word once no package uses it — a copy
 * (`copy`, which must be there when given) took its place, or it is left over (Workspace.removeSession says what
 * refuses it: a package referring to it, a file that is no session).
 */
export function apiRemoveSession(ctx: ApiContext, path: string, copy: string): unknown {
  if (copy) ctx.workspace.read(copy);
  ctx.workspace.removeSession(path);
  return { path, removed: true, ...(copy ? { copy } : {}) };
}

/** `GET /api/unused-sessions`: the session files of the `sessions/` folders no package uses (the page offers to remove them). */
export const apiUnusedSessions = (ctx: ApiContext): unknown => ({ unused: ctx.workspace.unusedSessions() });

export function apiReadFile(ctx: ApiContext, path: string): unknown {
  const { text, doc } = ctx.workspace.read(path);
  return { path, text, version: versionOf(text), data: doc.data ?? null, findings: doc.findings };
}

/** A file's text as a short digest: the page sends back the version it read, so a save over a file changed since is refused. */
const versionOf = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 32);

/** Said when the file changed on disk after the page read it: a save would undo what was changed there. */
const changedSince = (path: string): Text3 =>
  t3(
    `«${path}» ашылғаннан кейін дискіде өзгертілді (басқа бағдарлама немесе әріптес): сақтау ондағы өзгерістерді өшірер еді. Файлды қайта ашыңыз немесе оның үстінен сақтаңыз`,
    `«${path}» изменён на диске после того, как был открыт (другой программой или коллегой): сохранение стёрло бы сделанные там изменения. Откройте файл заново или сохраните поверх`,
    `«${path}» was changed on disk after it was opened (by another program or a colleague): saving would undo those changes. Open the file again, or save over it`,
  );

/**
 * Saves a package or a session file (JSON data in the body) as YAML (or JSON for a .json path), atomically. A YAML
 * file already there is edited in place, so its comments and key order stay (`packageText`). `overwrite: false` (a
 * file the page has just made): a file of that name already there is left as it is (409). `version` (the one
 * `GET /api/file` or the last save returned): a file whose text is no longer that version is left as it is (409), so a
 * change made on disk meanwhile is not undone unseen. The text written is returned: the page checks it as the file now is.
 */
export function apiWriteFile(ctx: ApiContext, path: string, doc: SourceDoc, { overwrite = true, version }: { overwrite?: boolean; version?: string } = {}): unknown {
  const data = requirePackage(doc);
  const there = overwrite ? ctx.workspace.textIfThere(path) : undefined;
  // the version the page read: a file changed (or removed) since is not written over without the officer's word (409)
  if (version !== undefined && (there === undefined || versionOf(there) !== version)) throw new HttpError(409, changedSince(path));
  const text = packageText(path, data, there);
  ctx.workspace.write(path, text, { overwrite });
  return { path, saved: true, bytes: Buffer.byteLength(text), text, version: versionOf(text) };
}

function schemaOf(methodology: string): JsonSchema {
  const pack = packById(methodology);
  if (!pack) throw bad(`Unknown methodology «${methodology}»; known: ${PACKS.map((p) => p.id).join(', ')}`, `Белгісіз әдістеме «${methodology}»`, `Неизвестная методика «${methodology}»`);
  return packageSchema(pack) as unknown as JsonSchema;
}

/**
 * The skeleton a new package starts from (data for the page, annotated YAML for `init`). With `allForms`
 * (`bagalau init <methodology>`), every form of the methodology is in it with its required fields (lists with
 * one row), each field annotated with its appendix and clause, so the user only writes values.
 */
export function newPackage(methodology: string, known: Parameters<typeof skeletonData>[1] = {}, { allForms = false } = {}): { data: Record<string, unknown>; yaml: string } {
  const schema = schemaOf(methodology);
  const pack = packById(methodology)!;
  const formKeys = Object.keys(schema.properties?.['forms']?.properties ?? {});
  const data = skeletonData(schema, allForms ? { ...known, forms: formKeys, rows: 1 } : known);
  const appendixOf = (key: string) => pack.appendices.find((a) => a.formKey === key);
  const sources: Sources = {};
  for (const key of formKeys) {
    const a = appendixOf(key);
    if (a) sources[`forms.${key}`] = { here: `${methodology}, App. ${a.no}, ${a.clause}`, below: `App. ${a.no}` };
  }
  const forms = pack.appendices.filter((a) => a.formKey && a.present).map((a) => `  forms.${a.formKey}: App. ${a.no} — ${a.title} (${a.clause})`);
  const header = [`bagalau init ${methodology}: fill every empty field, then «bagalau check» this file`, 'the appendix forms (docs/format/' + methodology + '.md):', ...forms];
  if (allForms) header.push('every form is here: delete those that do not apply to this servant (bagalau check says which), add rows to lists as needed');
  return { data, yaml: skeletonYaml(schema, data, header, sources) };
}

export interface ImportResult {
  /** The row of the staff list that holds the headers (rows above it — a title, a date — are not data). */
  headerRow: number;
  /** The workbook's sheet the list was read from (none for a CSV). */
  sheet?: string;
  /** The workbook's sheets that hold a list (a header row): the officer may choose another than the first. */
  sheets?: string[];
  /** The code page a CSV that is not UTF-8 was read in (windows-1251 or KZ-1048, told by its bytes), said to the officer. */
  codePage?: CodePage;
  /** When the CSV's words do not all speak for that code page: which was read, words both ways, what to do. */
  codePageNote?: Record<Lang, string>;
  /** Rows that name a department on their own: the unit of the servants under them. */
  units: { rowNo: number; name: string }[];
  /** The texts of the rows above the header (a title, the body's name): offered for the value every row is given. */
  above: string[];
  /** Total rows («Барлығы: 12», «Итого»): named with their text, neither a servant nor a row refused. */
  totals: { rowNo: number; name: string }[];
  mapping: { field: string; column: string | null; label: Record<Lang, string> }[];
  unmatched: string[];
  /** `notes`: what the import wrote otherwise than the list spells it (a category code as the act prints it). */
  written: { rowNo: number; path: string; notes?: Record<Lang, string>[] }[];
  rejected: { rowNo: number; problems: Record<Lang, string>[] }[];
  /**
   * A preview (dry) of a list without a column for a required field: what is missing, with the mapping and the
   * headers, so the page can let the officer say which column it is (a real import is refused with the same words).
   */
  missing?: Record<Lang, string>;
  /** The same, as data: each field without a column, and whether one value for every row may fill it (`values=`). */
  missingFields?: MissingField[];
}

/** A required field the staff list has no column for: `everyRow` — a text one value for every row may fill (EVERY_ROW_FIELDS), not a date or a yes/no. */
export interface MissingField {
  field: string;
  label: Record<Lang, string>;
  everyRow: boolean;
}

/**
 * An import refused because the list has no column for a required field, with what each door needs to say how to
 * fix it in its own words (the command's options, the page's controls) without reading the message: the fields, and
 * the list's columns no field took (one may be the column meant). The response's finding carries them as facts,
 * `code: 'missing-column'`.
 */
export class MissingColumnError extends HttpError {
  readonly code = 'missing-column';
  /** `above`: the texts of the rows above the header (the body's name is mostly there). */
  constructor(text: Text3, readonly fields: MissingField[], readonly unmatched: string[], readonly above: string[] = []) {
    super(400, text, [inputFinding(text, { code: 'missing-column', fields: fields.map((f) => f.field), unmatched })]);
  }
}

/** A staff list → one package per good row in `outDir` (workspace-relative); bad rows reported by number. */
export async function importStaff(ctx: ApiContext, name: string, bytes: Uint8Array, opts: { methodology: string; period: string; outDir: string; map?: Record<string, string>; values?: Record<string, string>; sheet?: string; write: (rel: string, text: string) => void; dry?: boolean }): Promise<ImportResult> {
  schemaOf(opts.methodology);
  const period = parsePeriod(opts.period);
  if (!period) throw bad(`period «${opts.period}»: YYYY, YYYY-Qn or FROM..TO`, `кезең «${opts.period}»: ЖЖЖЖ, ЖЖЖЖ-Qn немесе БАСЫ..СОҢЫ`, `период «${opts.period}»: ГГГГ, ГГГГ-Qn или С..ПО`);
  let table;
  try {
    table = await readStaffTable(name, bytes, opts.sheet);
  } catch (e) {
    if (e instanceof StaffFileError) throw new HttpError(400, e.text);
    throw e;
  }
  const { mapping, unknownFields, unmatched, nameParts } = mapHeaders(table.headers, opts.map);
  if (unknownFields.length) throw bad(`Mapping names unknown fields or columns: ${unknownFields.join(', ')}; fields: ${STAFF_FIELDS.map((f) => f.field).join(', ')}`, `Сәйкестендіруде белгісіз өріс не баған: ${unknownFields.join(', ')}`, `В сопоставлении неизвестные поля или столбцы: ${unknownFields.join(', ')}`);
  // a value for every row, for a field the list has no column for (the state body named once above the list)
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(opts.values ?? {})) if (v.trim() && mapping[k] === undefined && EVERY_ROW_FIELDS.some((f) => f.field === k)) values[k] = v.trim();
  const result: ImportResult = {
    headerRow: table.headerRow,
    ...(table.sheet !== undefined ? { sheet: table.sheet } : {}),
    ...(table.sheets !== undefined ? { sheets: table.sheets } : {}),
    ...(table.codePage !== undefined ? { codePage: table.codePage } : {}),
    ...(table.codePageNote !== undefined ? { codePageNote: { ...table.codePageNote } } : {}),
    above: table.above ?? [],
    units: [],
    totals: [],
    // a full name made of its parts' columns is shown as them: «Тегі + Аты + Әкесінің аты»
    mapping: STAFF_FIELDS.map((f) => ({ field: f.field, column: mapping[f.field] !== undefined ? (table.headers[mapping[f.field]!] ?? null) : f.field === 'fullName' && nameParts ? nameParts.map((i) => table.headers[i]).join(' + ') : null, label: { ...f.label } })),
    unmatched,
    written: [],
    rejected: [],
  };
  const missing = STAFF_FIELDS.filter((f) => f.required && mapping[f.field] === undefined && values[f.field] === undefined && !(f.field === 'fullName' && nameParts));
  if (missing.length) {
    const names = (l: Lang) => missing.map((f) => f.label[l]).join(', ');
    const fields = missing.map((f) => ({ field: f.field, label: { ...f.label }, everyRow: EVERY_ROW_FIELDS.includes(f) }));
    if (opts.dry) return { ...result, missing: { en: `No column for: ${names('en')}`, kk: `Бағаны жоқ: ${names('kk')}`, ru: `Нет столбца: ${names('ru')}` }, missingFields: fields };
    const headers = table.headers.join(', ');
    throw new MissingColumnError(t3(`Бағаны жоқ: ${names('kk')} (тақырыптар: ${headers})`, `Нет столбца: ${names('ru')} (заголовки: ${headers})`, `No column for: ${names('en')} (headers: ${headers})`), fields, unmatched, table.above ?? []);
  }
  const read = readServants(table, mapping, values, nameParts);
  result.units = read.units;
  result.totals = read.totals;
  const pack = packById(opts.methodology)!;
  for (const r of read.rows) {
    if (!r.servant) {
      result.rejected.push({ rowNo: r.rowNo, problems: r.problems.map((p) => ({ ...p })) });
      continue;
    }
    const { servant, note } = categoryAsTheActPrints(pack, r.servant);
    const { yaml } = newPackage(opts.methodology, { servant, period });
    const rel = `${opts.outDir ? `${opts.outDir.replace(/\/+$/, '')}/` : ''}${packageFileName(r.rowNo, servant, period)}`;
    try {
      opts.write(rel, yaml);
      result.written.push({ rowNo: r.rowNo, path: rel, ...(note ? { notes: [{ ...note }] } : {}) });
    } catch (e) {
      const text = e instanceof WorkspaceError ? e.text : t3(String((e as Error).message), String((e as Error).message), String((e as Error).message));
      result.rejected.push({ rowNo: r.rowNo, problems: [{ ...text }] });
    }
  }
  return result;
}

// ---- audit

export function auditEntries(ctx: ApiContext, files: { name: string; bytes?: Uint8Array }[], today: string): FileResult[] {
  const loadSession = ctx.workspace.sessionLoader();
  return files.map(({ name, bytes }) => {
    let doc: SourceDoc;
    if (bytes) doc = docFromBytes(name, bytes);
    else {
      try {
        doc = ctx.workspace.read(name).doc;
      } catch (e) {
        doc = { file: name, findings: [inputFinding(e instanceof WorkspaceError ? e.text : t3('Оқылмады', 'Не прочитан', 'Not read'))] };
      }
    }
    return checkDocument(doc, { today, calendar: ctx.calendar, loadSession });
  });
}

/** `POST /api/audit`: a workspace folder (`dir`) or dropped files (`files: [{name, text}]`). */
export function apiAudit(ctx: ApiContext, body: unknown, todayQ: string | null, lang: Lang = 'kk'): AuditReport {
  const today = todayQ && isValidIso(todayQ) ? todayQ : ctx.today();
  const b = (body ?? {}) as { dir?: unknown; files?: unknown };
  let files: { name: string; bytes?: Uint8Array }[];
  if (Array.isArray(b.files)) {
    files = b.files.map((f: unknown, i: number) => {
      const o = (f ?? {}) as { name?: unknown; text?: unknown };
      if (typeof o.text !== 'string') throw bad(`files[${i}].text must be the file's text`, `files[${i}].text — файлдың мәтіні болуы керек`, `files[${i}].text — должен быть текст файла`);
      return { name: typeof o.name === 'string' && o.name ? o.name.slice(0, 200) : `file-${i + 1}.yaml`, bytes: new TextEncoder().encode(o.text) };
    });
  } else {
    const dir = typeof b.dir === 'string' ? b.dir.replace(/^\/+|\/+$/g, '') : '';
    const all = ctx.workspace.list().packages;
    if (dir) ctx.workspace.resolve(dir);
    files = all.filter((p) => !dir || p.startsWith(`${dir}/`)).map((name) => ({ name }));
  }
  return auditReport(auditEntries(ctx, files, today), today, lang);
}
