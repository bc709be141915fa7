/**
 * The page of `bagalau serve`: fill a package (forms from the JSON Schemas, checked live by the server's
 * engine), audit a folder, import a staff list, check a draft, read the calendar. Everything it fetches
 * comes from the same local server; nothing leaves the machine.
 */
import { StrictMode, useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent, type DragEvent, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import Form, { getDefaultRegistry } from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
import { englishStringTranslator, errorId, TranslatableString, type FieldErrorProps, type FieldProps, type FieldTemplateProps, type IconButtonProps, type RJSFSchema, type TitleFieldProps, type WidgetProps } from '@rjsf/utils';
import { fieldLabel, sessionUiSchema } from './field-labels.js';
import { monthName, yearStatus } from '../src/law/calendar/messages.js';
import { articleText } from '../src/law/cite-text.js';
import { initialLang, tr, type Lang, type Text3 } from './i18n.js';
import { audit, totalLines, type Tally } from '../src/report/audit.js';
import { WORDS } from '../src/report/i18n.js';
import { fileNameProblem, freeName, proposedName, proposedSessionName, sessionFoundAlone, sessionsFolderFor, typedName, typedSessionName } from '../src/serve/file-name.js';
import { INLINE, inlineSessionOf, sessionFindings, sessionMethodologyFor, type SessionUser } from './session-edit.js';
import {
  actNumbered, citeText, inOrder, ordinalLists,
  api, ApiError, clean, deadlineNote, download, errorSchemaFor, fieldLine, fieldPath, readMessage, fieldSeverities, fillMessage, gravest, isoToKz, joinRel, kzToIso, localIso, localise, messageKey, postJson, relativeTo,
  type CheckResult, type Finding, type Schema, type Severity,
} from './lib.js';

interface Methodology { id: string; act: { title: Text3 }; schema: Schema; sessionSchema?: Schema; events?: { type: string; clause: string; label: Text3 }[]; appendixTitles: { no: number | string; title: string; titleEn: string; clause: string; formKey: string | null; present: boolean }[]; actNumbers?: { form: string; names: string[]; clause: string }[] }
/** The workspace's files; `unused`: the session files no package uses (asked only when there are session files). */
interface Files { packages: string[]; sessions: string[]; unused?: string[] }

type Page = 'fill' | 'audit' | 'import' | 'drafts' | 'calendar';
const PAGES: Page[] = ['fill', 'audit', 'import', 'drafts', 'calendar'];

const pageOf = (): Page => {
  const h = location.hash.replace(/^#\/?/, '').split('?')[0] as Page;
  return PAGES.includes(h) ? h : 'fill';
};

/**
 * A problem to show, said in whichever language the page is in when it is shown: the officer who switches the
 * language after a refusal reads it in the new one (a string kept from the moment it happened stayed in the old).
 */
interface Said { say: (lang: Lang) => string }
const said = (say: (lang: Lang) => string): Said => ({ say });
/** A failed request's reason, in the three languages the server gave it (or as the browser said it). */
const errorSaid = (e: unknown): Said => said((l) => (e instanceof ApiError && e.text ? e.text[l] : String(e)));

function App() {
  const [lang, setLang] = useState<Lang>(() => initialLang(localStorage.getItem('bagalau.lang'), navigator.languages ?? [navigator.language]));
  const [page, setPage] = useState<Page>(pageOf);
  const [methodologies, setMethodologies] = useState<Methodology[]>([]);
  const [files, setFiles] = useState<Files>({ packages: [], sessions: [] });
  // the server's check date (its --today in tests), so the page judges deadlines as /api/check does
  const [today, setToday] = useState(localIso);
  const refreshFiles = useCallback(async () => {
    const f = await api<Files>('/api/files');
    const unused = f.sessions.length ? await api<{ unused: string[] }>('/api/unused-sessions').then((r) => r.unused, () => []) : [];
    setFiles({ ...f, unused });
  }, []);
  useEffect(() => {
    const on = () => setPage(pageOf());
    addEventListener('hashchange', on);
    void api<{ methodologies: Methodology[] }>('/api/methodologies').then((m) => setMethodologies(m.methodologies));
    void refreshFiles();
    void api<{ today: string }>('/api/info').then((i) => setToday(i.today), () => undefined);
    return () => removeEventListener('hashchange', on);
  }, [refreshFiles]);
  useEffect(() => {
    localStorage.setItem('bagalau.lang', lang);
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <>
      <header>
        <strong className="brand">bagalau</strong>
        <nav>
          {PAGES.map((p) => (
            <a key={p} href={`#/${p}`} className={p === page ? 'active' : ''} data-page={p}>{tr(p, lang)}</a>
          ))}
        </nav>
        <span className="private">{tr('confidential', lang)}</span>
        <select aria-label="language" id="lang" value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
          <option value="kk">Қазақша</option>
          <option value="ru">Русский</option>
          <option value="en">English</option>
        </select>
      </header>
      <main>
        {page === 'fill' && <FillPage lang={lang} today={today} methodologies={methodologies} files={files} refreshFiles={refreshFiles} />}
        {page === 'audit' && <AuditPage lang={lang} files={files} />}
        {page === 'import' && <ImportPage lang={lang} methodologies={methodologies} refreshFiles={refreshFiles} />}
        {page === 'drafts' && <DraftsPage lang={lang} />}
        {page === 'calendar' && <CalendarPage lang={lang} />}
      </main>
    </>
  );
}

// ---------------------------------------------------------------- fill

/** What SchemaForm hands its widgets and templates (the form library's registry holds it): the page's language, each field message's severity. */
interface FormContext { lang?: Lang; severities?: Map<string, Severity>; indicators?: string[][] }
/** The page's language, as SchemaForm hands it to the widgets. */
const pageLang = (props: WidgetProps): Lang => (props.registry.formContext as FormContext | undefined)?.lang ?? 'kk';

/** Dates as the officer writes them (ДД.ММ.ГГГГ) or ISO; kept as ISO in the package. */
function KzDateWidget(props: WidgetProps) {
  const { id, value, onChange, disabled, readonly } = props;
  const lang = pageLang(props);
  const [text, setText] = useState<string>(typeof value === 'string' ? isoToKz(value) : '');
  useEffect(() => {
    if (typeof value === 'string' && kzToIso(text) !== value && text !== value) setText(isoToKz(value));
    if (value === undefined && kzToIso(text)) setText('');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  return (
    <input
      id={id}
      className="date"
      type="text"
      inputMode="numeric"
      placeholder={tr('dateHint', lang)}
      value={text}
      disabled={disabled || readonly}
      onChange={(e) => {
        setText(e.target.value);
        const iso = kzToIso(e.target.value);
        onChange(e.target.value === '' ? undefined : (iso ?? e.target.value));
      }}
    />
  );
}

/**
 * A number as the officer writes it: «3,7» (the decimal comma of Kazakh and Russian) or «3.7», whatever the
 * browser's own locale. The form library's number field is an <input type="number">, which in a browser set to
 * English silently drops the comma: «4,5» became 45 in the saved package. This is a text field instead, that
 * gives the form a number («4,5» → 4.5) or, for text that is not a number, the text as typed (the check names it;
 * nothing typed is lost). A number from the file is shown with the page's separator.
 */
function DecimalWidget(props: WidgetProps) {
  const { id, value, onChange, onBlur, onFocus, disabled, readonly, required } = props;
  const lang = pageLang(props);
  const shown = (v: unknown): string => (v === undefined || v === null ? '' : typeof v === 'number' && lang !== 'en' ? String(v).replace('.', ',') : String(v));
  // «1 000,5» → 1000.5; text that is no number stays as typed, its spaces too («бес балл», not «бесбалл»)
  const normal = (t: string): string => {
    const n = t.replace(/[\s\u00a0\u202f]+/g, '').replace(',', '.');
    return n !== '' && Number.isFinite(Number(n)) ? n : t.trim();
  };
  const typed = (t: string): number | string => {
    const n = normal(t);
    return n !== '' && Number.isFinite(Number(n)) ? Number(n) : n;
  };
  const [text, setText] = useState<string>(() => shown(value));
  const shownLang = useRef(lang);
  useEffect(() => {
    // a value from outside (a file opened, a row removed) or another language: show it, unless the text says it already
    const mine = normal(text);
    const same = value === undefined || value === null ? mine === '' : mine === String(value).replace(',', '.') || Number(mine) === Number(value);
    if (!same || (shownLang.current !== lang && typeof value === 'number')) setText(shown(value));
    shownLang.current = lang;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, lang]);
  return (
    <input
      id={id}
      name={id}
      className="form-control number"
      type="text"
      inputMode="decimal"
      required={required}
      value={text}
      disabled={disabled || readonly}
      onChange={(e) => {
        setText(e.target.value);
        onChange(e.target.value.trim() === '' ? undefined : typed(e.target.value));
      }}
      onBlur={(e) => onBlur(id, e.target.value)}
      onFocus={(e) => onFocus(id, e.target.value)}
    />
  );
}

const DefaultTextWidget = getDefaultRegistry().widgets['TextWidget']!;
/** Text fields as the form library draws them, numbers (and a number-or-text value: localise) as the officer writes them (DecimalWidget). */
function TextWidget(props: WidgetProps) {
  const numeric = props.schema.type === 'number' || props.schema.type === 'integer' || (props.schema as Schema).numberOrText === true;
  return numeric ? <DecimalWidget {...props} /> : <DefaultTextWidget {...props} />;
}

/**
 * An indicator a competency sheet's row names (not observed, App. 4): the act's texts for the row's competency and the
 * servant's category group are offered under the field (a list the browser shows as the officer clicks or types), since
 * the check reads an indicator by its words; any text may still be typed, for the check to name.
 */
function IndicatorWidget(props: WidgetProps) {
  const { id, value, onChange, onBlur, onFocus, disabled, readonly, required } = props;
  // `f-competencySheet_rows_3_notObserved_0`: row 3's choices
  const row = /_rows_(\d+)_[A-Za-z]+_\d+$/.exec(id);
  const choices = row ? ((props.registry.formContext ?? {}) as FormContext).indicators?.[Number(row[1])] ?? [] : [];
  const list = `${id}__choices`;
  return (
    <>
      <input id={id} name={id} className="form-control indicator" type="text" required={required} list={choices.length ? list : undefined} value={typeof value === 'string' ? value : ''}
        disabled={disabled || readonly} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
        onBlur={(e) => onBlur(id, e.target.value)} onFocus={(e) => onFocus(id, e.target.value)} />
      {choices.length > 0 && <datalist id={list}>{choices.map((c) => <option key={c} value={c} />)}</datalist>}
    </>
  );
}

const widgets = { DateWidget: KzDateWidget, TextWidget, IndicatorWidget };

/**
 * A number field is drawn straight by its widget (DecimalWidget), not through the form library's NumberField: in a
 * browser whose own locale writes a decimal comma (ru-RU, kk-KZ) that one turned the officer's «4,2 балла» into
 * «4.2 балла», in the field and in the file — text that is no number was not kept as typed.
 */
function NumberField(props: FieldProps) {
  const StringField = props.registry.fields['StringField']!;
  return <StringField {...props} />;
}
const fields = { NumberField };

/**
 * A field's message in a line every field, group and list keeps whether it has a message or not: a finding that
 * lands (or goes) while the officer types never moves the fields below it. One line, cut with «…» if longer; the
 * whole text is its tooltip, is read out with the field (aria-describedby names this id) and is in the findings
 * panel beside the form.
 */
function FieldErrorTemplate({ errors = [], fieldPathId, registry }: FieldErrorProps) {
  const { lang = 'kk', severities } = (registry.formContext ?? {}) as FormContext;
  // each message with its severity in a word as well as a colour: an info under a field is no error
  const list = errors.filter((e) => !!e).map(String).map((text) => ({ text, severity: severities?.get(messageKey(fieldPathId.path, text)) ?? 'error' }));
  const worst = gravest(list.map((m) => m.severity));
  return (
    <ul id={errorId(fieldPathId)} className={`error-detail field-message${worst ? ` ${worst}` : ''}`} title={list.map((m) => `${tr(m.severity, lang)}: ${m.text}`).join('; ') || undefined}>
      {list.map((m, i) => <li key={i} className={m.severity}><span className="sev">{tr(m.severity, lang)}</span> {m.text}</li>)}
    </ul>
  );
}
/** A list's «add» button says what it does («+ Добавить строку»), where the form library draws a bare «+». */
function AddButton({ id, className, onClick, disabled, registry }: IconButtonProps) {
  return (
    <p className={`add-row ${className ?? ''}`}>
      <button type="button" id={id} className="btn-add" onClick={onClick} disabled={disabled}>+ {registry.translateString(TranslatableString.AddItemButton)}</button>
    </p>
  );
}
/** «4-жол», «строка 4», «row 4»: a list's row as the findings' field line names it. */
const ROW_OF: Record<Lang, (n: number) => string> = { kk: (n) => `${n}-${tr('row', 'kk')}`, ru: (n) => `${tr('row', 'ru')} ${n}`, en: (n) => `${tr('row', 'en')} ${n}` };

/**
 * A list row's title as the findings name it («Оценки по параметрам, строка 2», «…, 2-жол»), where the form library
 * writes «Оценки по параметрам-2»; every other title as it is. `id` is the row's field id (`…_1`, or `…_1__title`
 * for the heading of a row of fields).
 */
function rowTitle(title: string, id: string, registry: FieldTemplateProps['registry']): string {
  const lang = ((registry.formContext ?? {}) as FormContext).lang ?? 'kk';
  const index = /_(\d+)(?:__title)?$/.exec(id);
  const n = index ? Number(index[1]) + 1 : undefined;
  return n !== undefined && title.endsWith(`-${n}`) ? `${title.slice(0, -`-${n}`.length)}, ${ROW_OF[lang](n)}` : title;
}

function TitleFieldTemplate({ id, title, required, optionalDataControl, registry }: TitleFieldProps) {
  const shown = rowTitle(title, id, registry);
  return (
    <legend id={id}>
      {shown}
      {required && <span className="required">*</span>}
      {optionalDataControl && <span className="pull-right">{optionalDataControl}</span>}
    </legend>
  );
}
/** A row of a list of single values (a text per row: the indicators not observed) is labelled as a row of fields is. */
const DefaultFieldTemplate = getDefaultRegistry().templates.FieldTemplate;
function FieldTemplate(props: FieldTemplateProps) {
  return <DefaultFieldTemplate {...props} label={rowTitle(props.label, props.id, props.registry)} />;
}
const templates = { FieldErrorTemplate, FieldTemplate, TitleFieldTemplate, ButtonTemplates: { AddButton } };

/** The form library's own words (buttons, yes/no), in the page's language. */
const RJSF_WORDS: Partial<Record<TranslatableString, Record<Lang, string>>> = {
  [TranslatableString.AddButton]: { kk: 'Қосу', ru: 'Добавить', en: 'Add' },
  [TranslatableString.AddItemButton]: { kk: 'Жол қосу', ru: 'Добавить строку', en: 'Add a row' },
  [TranslatableString.RemoveButton]: { kk: 'Жою', ru: 'Удалить', en: 'Remove' },
  [TranslatableString.MoveUpButton]: { kk: 'Жоғары', ru: 'Вверх', en: 'Move up' },
  [TranslatableString.MoveDownButton]: { kk: 'Төмен', ru: 'Вниз', en: 'Move down' },
  [TranslatableString.CopyButton]: { kk: 'Көшіру', ru: 'Копировать', en: 'Copy' },
  [TranslatableString.YesLabel]: { kk: 'Иә', ru: 'Да', en: 'Yes' },
  [TranslatableString.NoLabel]: { kk: 'Жоқ', ru: 'Нет', en: 'No' },
  [TranslatableString.OptionalObjectAdd]: { kk: 'Толтыру', ru: 'Заполнить', en: 'Add data' },
  [TranslatableString.OptionalObjectRemove]: { kk: 'Алып тастау', ru: 'Убрать', en: 'Remove data' },
  [TranslatableString.OptionalObjectEmptyMsg]: { kk: 'Толтырылмаған', ru: 'Не заполнено', en: 'No data' },
};
const translator = (lang: Lang) => (s: TranslatableString, params?: string[]) => RJSF_WORDS[s]?.[lang] ?? englishStringTranslator(s, params);

function Section(props: { title: string; id: string; children: ReactNode; tools?: ReactNode; className?: string }) {
  return (
    <section className={props.className ? `card ${props.className}` : 'card'} id={props.id}>
      <h2>{props.title}{props.tools && <span className="tools">{props.tools}</span>}</h2>
      {props.children}
    </section>
  );
}

function SchemaForm(props: { id: string; schema: Schema; data: unknown; lang: Lang; methodology: string; findings: Finding[]; section: string[]; onChange: (v: unknown) => void; uiSchema?: Record<string, unknown>; indicators?: string[][]; numbered?: readonly { path: readonly string[]; names: readonly string[] }[] }) {
  const { schema, lang, methodology, findings, section, indicators } = props;
  const local = useMemo(() => localise(schema, lang, methodology, `/${section.join('/')}`) as RJSFSchema, [schema, lang, methodology, section]);
  const extraErrors = useMemo(() => errorSchemaFor(findings, section, lang), [findings, section, lang]);
  const formContext = useMemo<FormContext>(() => ({ lang, severities: fieldSeverities(findings, section, lang), indicators }), [findings, section, lang, indicators]);
  // the lists whose «№ р/с» the page keeps in order (inOrder), read from the act's captions before localise translates them
  const ordinal = useMemo(() => ordinalLists(schema), [schema]);
  return (
    <Form
      idPrefix={props.id}
      schema={local}
      formData={props.data}
      validator={validator}
      widgets={widgets}
      fields={fields}
      templates={templates}
      formContext={formContext}
      translateString={translator(lang)}
      noValidate
      showErrorList={false}
      extraErrors={extraErrors as never}
      uiSchema={{ ...props.uiSchema, 'ui:submitButtonOptions': { norender: true } }}
      onChange={(e) => {
        const v = ordinal.length ? inOrder(props.data, e.formData, ordinal) : e.formData;
        // a competency picked: its «№» as the act numbers it, where none is typed (src/serve/act-numbers.ts)
        props.onChange(props.numbered?.length ? actNumbered(props.data, v, props.numbered) : v);
      }}
    />
  );
}

/** `go` (the fill page): the finding's message is a button that takes the officer to its field. */
function FindingList({ findings, lang, go, infosUnderFields = 0 }: { findings: Finding[]; lang: Lang; go?: (f: Finding) => boolean; infosUnderFields?: number }) {
  // «no findings» would contradict the count of infos above it when those infos are shown under their fields only
  if (findings.length === 0) return <p className="ok">✓ {infosUnderFields ? `${tr('onlyInfosUnderFields', lang)}: ${infosUnderFields}` : tr('noFindings', lang)}</p>;
  return (
    <ul className="findings">
      {findings.map((f, i) => {
        // the fill page: the message is the finding's button (Tab, Enter); a click anywhere on the finding (its field's line too) leads there as well
        const goes = !!go && (!!f.file || fieldPath(f).length > 0);
        return (
        <li key={i} className={goes ? `${f.severity} goes` : f.severity} data-rule={f.ruleId} data-field={`/${fieldPath(f).join('/')}`} onClick={goes ? () => go!(f) : undefined}>
          <span className="sev">{tr(f.severity, lang)}</span>{' '}
          {goes ? <button type="button" className="go" title={tr('goToField', lang)} onClick={(e) => { e.stopPropagation(); go!(f); }}>{fillMessage(f, lang)}</button> : fillMessage(f, lang)}
          {f.cite && <span className="cite"> — {citeText(f.cite, lang)}</span>}
          {deadlineNote(f, lang) && <span className="days"> [{deadlineNote(f, lang)}]</span>}
          {/* the field as the form captions it («Form» › «list», row 2 › «grade»), as the text report's «field:» line; on the fill page it leads there too */}
          {fieldLine(f, lang) && <div className="field-line"><span className="word">{tr('field', lang)}:</span> {fieldLine(f, lang)}</div>}
          {go ? (
            // the fill page: the officer reaches the field by the button and never sees the file, so the line and the
            // pointer stay in the tooltip; a finding in another file (a session file) names that file
            <span className="where" title={`${f.place ? `${f.place.line}:${f.place.column} ` : ''}${f.path || '/'}`}>{f.file ? ` ${f.file}` : ''}</span>
          ) : (
            <span className="where"> {f.file ? `${f.file} ` : ''}{f.place ? `${f.place.line}:${f.place.column} ` : ''}{f.path || '/'}</span>
          )}
          {f.note && <div className="note">{f.note[lang]}</div>}
        </li>
        );
      })}
    </ul>
  );
}

const DEBOUNCE_MS = 200;

/** The result as `bagalau check --format json` holds it for the file (without the page's note of where it ran). */
const withoutEngine = ({ engine: _, ...r }: CheckResult): CheckResult => r;

type Engine = typeof import('bagalau:engine');
let engine: Promise<Engine> | undefined;

/**
 * The check as the officer types: the engine runs in the page (its chunk and the methodology's validators are
 * fetched from this server once); only if the page cannot load it does the package go to POST /api/check.
 */
async function checkLive(pkg: Record<string, unknown>, file: string, today: string, sessions: ReadonlyMap<string, string>, text: string | undefined, base?: string): Promise<CheckResult> {
  let e: Engine | undefined;
  try {
    e = await (engine ??= import('bagalau:engine'));
    await e.loadValidators(typeof pkg['methodology'] === 'string' ? pkg['methodology'] : '');
  } catch {
    engine = undefined;
    e = undefined;
  }
  if (e) return { ...e.checkPackage(pkg, file, today, sessions, text, base), engine: 'page' };
  const r = await api<CheckResult>(`/api/check?${new URLSearchParams({ file, today })}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(pkg) });
  return { ...r, engine: 'server' };
}

/** The App. 4 indicators the package's competency sheet may name, row by row (engine in the page); null if it cannot load. */
async function indicatorsLive(pkg: Record<string, unknown>): Promise<IndicatorChoices | null> {
  try {
    return (await (engine ??= import('bagalau:engine'))).indicatorChoices(pkg);
  } catch {
    engine = undefined;
    return null;
  }
}
type IndicatorChoices = ReturnType<Engine['indicatorChoices']>;

/**
 * A session file's own findings as it will be saved (its schema) — or, with `text`, as it is on disk —, by the engine
 * in the page; none if it cannot load.
 */
async function checkSessionLive(data: unknown, file: string, methodology: string, text?: string, base?: string): Promise<Finding[]> {
  try {
    const e = await (engine ??= import('bagalau:engine'));
    await e.loadValidators(methodology);
    return e.checkSession(data, file, methodology, text, base);
  } catch {
    engine = undefined;
    return [];
  }
}

/**
 * A session file of the workspace read for the session form: its data and text (a save edits that text in place), or
 * null, what it holds instead said through `refuse`.
 */
async function readSession(file: string, refuse: (why: Said) => void): Promise<{ data: Record<string, unknown>; text: string; version?: string } | null> {
  const r = await api<{ data: Record<string, unknown> | null; text: string; version?: string; findings: Finding[] }>(`/api/file?path=${encodeURIComponent(file)}`);
  if (r.data && typeof r.data === 'object' && !Array.isArray(r.data)) return { data: r.data, text: r.text, version: r.version };
  refuse(said((l) => r.findings.map((f) => f.message[l]).join('; ') || file));
  return null;
}

/** Packages named each by a link that opens it. */
const PackageLinks = ({ files, open }: { files: string[]; open: (f: string) => void }) => (
  <>{files.map((f, i) => <span key={f}>{i ? ', ' : ''}<a href="#/fill" onClick={(e) => { e.preventDefault(); open(f); }}>{f}</a></span>)}</>
);

/**
 * After a session was copied into its package's reach and the package saved: the original is used by no package (an
 * offer to remove it: two files of one session drift apart), or by which ones (it stays; they may be copied in too).
 */
function OriginalNote({ original: o, lang, open, remove, keep }: { original: { from: string; to: string; users: string[]; copyUsers: string[]; same: boolean; removed?: boolean }; lang: Lang; open: (f: string) => void; remove: () => void; keep: () => void }) {
  if (o.removed) return <p className="ok" id="session-original" role="status">{tr('originalRemoved', lang).replace('{from}', o.from)}</p>;
  // the sentence's words around its lists of packages, each package a link
  const say = (key: 'originalUnused' | 'originalStillUsed', lists: Record<string, string[]>) =>
    tr(key, lang).replace('{from}', o.from).replace('{to}', o.to).split(/(\{users\}|\{copyUsers\})/).map((t, i) => (lists[t] ? <PackageLinks key={i} files={lists[t]} open={open} /> : t));
  if (o.users.length) return <p className="note" id="session-original">{say('originalStillUsed', { '{users}': o.users, '{copyUsers}': o.copyUsers })}</p>;
  return (
    <div className="note" id="session-original">
      <p>{say('originalUnused', { '{users}': o.copyUsers })}{o.same ? '' : ` ${tr('originalDiffers', lang)}`}</p>
      <button id="session-remove-original" onClick={remove}>{tr('removeOriginal', lang).replace('{from}', o.from)}</button>{' '}
      <button id="session-keep-original" onClick={keep}>{tr('keepOriginal', lang)}</button>
    </div>
  );
}

/**
 * A session file written or edited on the fill page: a new one (never written over a file of its name) is named from
 * its kind and date until the officer types a name (`named` once typed or saved); `alone`: opened from the list of
 * files on its own, drawn by the session form of `methodology`; `changed`: edited since opened or saved; `text`: the file as
 * opened or saved, which a save edits in place (its comments kept).
 */
interface SessionEdit {
  path: string; data: Record<string, unknown>; isNew: boolean; named: boolean; inline?: Record<string, unknown>; alone?: boolean; methodology?: string; changed?: boolean; text?: string;
  /** The version of the file read or last saved: a save over a file changed on disk since is refused (409); `over` once the officer says so. */
  version?: string; changedOnDisk?: boolean;
}

function FillPage({ lang, today, methodologies, files, refreshFiles }: { lang: Lang; today: string; methodologies: Methodology[]; files: Files; refreshFiles: () => Promise<void> }) {
  const [path, setPath] = useState<string | null>(null);
  const [pkg, setPkg] = useState<Record<string, unknown> | null>(null);
  const [result, setResult] = useState<CheckResult | null>(null);
  // the competency sheet's indicator choices (App. 4), by row, as the package now reads (IndicatorWidget)
  const [indicators, setIndicators] = useState<IndicatorChoices>(null);
  const indicatorField = indicators?.field;
  const indicatorUi = useMemo(() => (indicatorField ? { rows: { items: { [indicatorField]: { items: { 'ui:widget': 'IndicatorWidget' } } } } } : undefined), [indicatorField]);
  const [status, setStatus] = useState<string>('');
  const [dirty, setDirty] = useState(false);
  // «saved» stays shown until the next change: the check that follows a save sets and clears the status line
  const [saved, setSaved] = useState(false);
  const [newId, setNewId] = useState('asa-b-model');
  const [newName, setNewName] = useState('');
  const [problem, setProblem] = useState<Said | null>(null);
  const [sessions, setSessions] = useState<Map<string, string | null>>(() => new Map());
  // the file's text as opened: checked as it is (its own lines) until the officer changes something
  const [onDisk, setOnDisk] = useState<string | null>(null);
  // the version of the file the page read (or last saved): a save over a file changed on disk since is refused (409)
  const [diskVersion, setDiskVersion] = useState<string | null>(null);
  const [changedOnDisk, setChangedOnDisk] = useState(false);
  // a package made on this page and not saved yet: its first save never replaces a file of the same name
  const [isNew, setIsNew] = useState(false);
  // a new package's name as the officer typed it (at «create» or in the bar); until then the name follows the
  // servant's name and the period (./src/serve/file-name.ts), and the officer may change it up to the first save
  const [nameTyped, setNameTyped] = useState(false);
  const [createProblem, setCreateProblem] = useState<Said | null>(null);
  // the findings list unfolded (a narrow window can fold it to its counts)
  const [findingsOpen, setFindingsOpen] = useState(true);
  const [sessionEdit, setSessionEdit] = useState<SessionEdit | null>(null);
  // the packages of the workspace that refer to the session file open (an edit changes it for all of them): fetched on opening
  const [sessionUsers, setSessionUsers] = useState<SessionUser[] | null>(null);
  // a session file opened from the list on its own: its users' packages as on disk, and their check's findings in the session as typed
  const [userDocs, setUserDocs] = useState<{ path: string; data: Record<string, unknown>; text: string }[]>([]);
  const [userFindings, setUserFindings] = useState<Finding[]>([]);
  // the session file's own findings (its schema) as it is edited: the package's check reads it only once the package is valid
  const [sessionOwn, setSessionOwn] = useState<Finding[]>([]);
  const [sessionProblem, setSessionProblem] = useState<Said | null>(null);
  const [sessionSaved, setSessionSaved] = useState(false);
  // what a copy of an out-of-reach session into the `sessions/` folder did (copySessionIn)
  const [sessionNote, setSessionNote] = useState<Said | null>(null);
  // the session file a copy took the place of (copySessionIn): once the package is saved pointing at the copy, the page
  // says which packages use each and, if none uses the original, offers to remove it (never without the officer's yes)
  const [leftBehind, setLeftBehind] = useState<{ from: string; to: string } | null>(null);
  // what the session list's last removal came to: removed, or the server's refusal
  const [listSaid, setListSaid] = useState<(Said & { ok: boolean }) | null>(null);
  const [original, setOriginal] = useState<{ from: string; to: string; users: string[]; copyUsers: string[]; same: boolean; removed?: boolean } | null>(null);
  const seq = useRef(0);
  const methodology = methodologies.find((m) => m.id === pkg?.['methodology']);
  const methodologyId = methodology?.id ?? '';
  const schema = methodology?.schema;
  const sessionRef = (pkg?.['session'] as { ref?: string } | undefined)?.ref;
  // the methodology whose session form draws the session: the package's, or (a session file opened on its own) its users'
  const sessionMethodologyId = sessionEdit?.methodology ?? methodologyId;
  // a session ref is relative to the package; a new package not named yet sits at the workspace's top
  const at = (p: string | null) => p || 'package.yaml';
  const sessionTarget = sessionRef && pkg ? joinRel(at(path), sessionRef) : '';
  // a session written inside the package (`session:` with its fields, no `ref`): drawn and edited in place
  const inlineSession = inlineSessionOf(pkg);

  /**
   * A new package's name changed before its first save: a session it refers to (a path relative to the package)
   * stays the same file.
   */
  const rename = (next: string) => {
    setPkg((p) => {
      const ref = (p?.['session'] as { ref?: string } | undefined)?.ref;
      if (!p || !ref) return p;
      return { ...p, session: { ...(p['session'] as object), ref: relativeTo(at(next), joinRel(at(path), ref)) } };
    });
    setPath(next);
  };
  // the proposed name follows the servant's name and the period until the officer names the file
  const proposal = isNew && !nameTyped ? proposedName(methodology?.id ?? '', pkg) ?? '' : undefined;
  useEffect(() => {
    if (proposal !== undefined && proposal !== path) rename(proposal);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [proposal]);

  // the session file the package refers to, fetched once, so the check in the page can read it
  useEffect(() => {
    if (!sessionTarget || sessions.has(sessionTarget)) return;
    api<{ text: string }>(`/api/file?path=${encodeURIComponent(sessionTarget)}`)
      .then((r) => r.text, () => null)
      .then((text) => setSessions((m) => new Map(m).set(sessionTarget, text)));
  }, [sessionTarget, sessions]);

  // live check: the latest package goes to the check engine in the page a moment after the last keystroke
  useEffect(() => {
    if (!pkg) return;
    const n = ++seq.current;
    setStatus(tr('checking', lang));
    const timer = setTimeout(() => {
      const texts = new Map([...sessions].filter((e): e is [string, string] => e[1] !== null));
      checkLive(pkg, path || 'package.yaml', today, texts, dirty ? undefined : onDisk ?? undefined, onDisk ?? undefined)
        .then((r) => n === seq.current && (setResult(r), setStatus('')))
        .catch((e: unknown) => n === seq.current && (setResult(e instanceof ApiError ? { file: path ?? '', methodology: null, wording: null, findings: e.findings, engine: 'server' } : null), setStatus('')));
      void indicatorsLive(pkg).then((c) => n === seq.current && setIndicators(c));
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [pkg, path, lang, today, sessions, dirty, onDisk]);

  /**
   * Changes not saved are not dropped without a word: opening another package or making a new one asks first (in the
   * page's language), and closing or reloading the tab makes the browser ask (in its own words; a page cannot set them).
   */
  const [changed, setChanged] = useState(false); // by the officer, since the package was opened, made or saved (a new package untouched loses nothing)
  const mayLeave = () => (!changed || !dirty || window.confirm(tr('discardChanges', lang))) && mayDropSession();
  /** A session edited and not saved is not dropped without a word either (closed, another file opened). */
  const mayDropSession = () => !sessionEdit?.changed || window.confirm(tr('discardSession', lang));
  const sessionChanged = !!sessionEdit?.changed;
  useEffect(() => {
    if ((!changed || !dirty) && !sessionChanged) return;
    const ask = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener('beforeunload', ask);
    return () => removeEventListener('beforeunload', ask);
  }, [changed, dirty, sessionChanged]);

  const open = async (p: string) => {
    if (!mayLeave()) return;
    setProblem(null);
    try {
      const r = await api<{ data: Record<string, unknown> | null; text: string; version?: string; findings: Finding[] }>(`/api/file?path=${encodeURIComponent(p)}`);
      if (!r.data || typeof r.data !== 'object') {
        setProblem(said((l) => r.findings.map((f) => f.message[l]).join('; ') || p));
        return;
      }
      setPath(p);
      setIsNew(false);
      setNameTyped(false);
      setSessionEdit(null);
      setSessionNote(null);
      setLeftBehind(null);
      setOriginal(null);
      setSessionUsers(null);
      setOnDisk(r.text);
      setDiskVersion(r.version ?? null);
      setChangedOnDisk(false);
      setResult(null);
      setSessions(new Map());
      setPkg(r.data);
      setDirty(false);
      setChanged(false);
      setSaved(false);
    } catch (e) {
      setProblem(errorSaid(e));
    }
  };

  const create = async () => {
    if (!mayLeave()) return;
    setProblem(null);
    setCreateProblem(null);
    // no name given: one is proposed from the servant's name and the period as the officer fills them
    const name = newName.trim() ? typedName(newName) : '';
    const unsafe = name ? fileNameProblem(name) : undefined;
    if (unsafe) {
      setCreateProblem(said((l) => unsafe[l]));
      return;
    }
    // a name the workspace has already: the officer opens that file from the list, or chooses another name
    if (name && [...files.packages, ...files.sessions].some((f) => f.toLowerCase() === name.toLowerCase())) {
      setCreateProblem(said((l) => `${tr('fileExists', l)}: ${name}`));
      return;
    }
    try {
      const r = await api<{ data: Record<string, unknown> }>(`/api/new?methodology=${encodeURIComponent(newId)}`);
      const data = clean(r.data) as Record<string, unknown>;
      data['servant'] ??= {};
      data['period'] ??= {};
      data['forms'] ??= {};
      setPath(name);
      setSessionEdit(null);
      setIsNew(true);
      setNameTyped(!!name);
      setOnDisk(null);
      setDiskVersion(null);
      setChangedOnDisk(false);
      setPkg(data);
      setDirty(true);
      setChanged(false);
      setSaved(false);
    } catch (e) {
      setCreateProblem(errorSaid(e));
    }
  };

  /** A new package's name is taken: said in words, and a free one proposed in the name field for the next «save». */
  const nameTaken = (name: string, why?: Said) => {
    const next = freeName(name, [...files.packages, ...files.sessions, name]);
    setNameTyped(true);
    rename(next);
    setProblem(said((l) => `${why ? why.say(l) : `${tr('fileExists', l)}: ${name}`}. ${tr('nameProposed', l)}: ${next} — ${tr('saveAgain', l)}`));
    document.getElementById('path-input')?.focus();
  };

  /** `over`: the officer, told the file changed on disk since it was read, saves over it all the same. */
  const save = async (over = false) => {
    if (!pkg) return;
    let target = path ?? '';
    if (isNew) {
      // a new package is named before it is written: by the officer, or from the servant's name and the period
      target = target.trim() ? typedName(target) : '';
      if (target !== path) rename(target);
      const unsafe = target ? fileNameProblem(target) : undefined;
      if (!target || unsafe) {
        setProblem(said((l) => (unsafe ? unsafe[l] : tr('nameNeeded', l))));
        document.getElementById(target ? 'path-input' : 'servant_fullName')?.focus();
        return;
      }
      if ([...files.packages, ...files.sessions].some((f) => f.toLowerCase() === target.toLowerCase())) return nameTaken(target);
    }
    if (!target) return;
    try {
      // a new package's first save: the server refuses (409) to replace a file that has this name meanwhile
      // a file opened from the workspace: saved only if it is still the version read, unless the officer says «over»
      const guard: Record<string, string> = !isNew && diskVersion && !over ? { version: diskVersion } : {};
      const r = await api<{ text?: string; version?: string }>(`/api/file?${new URLSearchParams({ path: target, ...(isNew ? { new: '1' } : {}), ...guard })}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(pkg) });
      setIsNew(false);
      setDiskVersion(r.version ?? null);
      setChangedOnDisk(false);
      setNameTyped(false);
      setProblem(null);
      setDirty(false);
      setChanged(false);
      setOnDisk(r.text ?? null); // the file as saved (its comments kept): the text the page checks, and the next save edits
      setSaved(true);
      void refreshFiles();
      if (leftBehind && sessionTarget === leftBehind.to) void sayOriginal(leftBehind);
    } catch (e) {
      if (isNew && e instanceof ApiError && e.status === 409) {
        void refreshFiles();
        return nameTaken(target, errorSaid(e));
      }
      if (!isNew && e instanceof ApiError && e.status === 409) {
        // changed on disk since it was read: said, with the choice to open it again or save over it
        setChangedOnDisk(true);
        setProblem(errorSaid(e));
        return;
      }
      setProblem(said((l) => `${tr('failed', l)}: ${errorSaid(e).say(l)}`));
    }
  };

  // ---- the session file: written from the pack's session schema, saved under the workspace's sessions/, chosen here
  const sessionSchema = methodologies.find((m) => m.id === sessionMethodologyId)?.sessionSchema;
  /** The package refers to `file` (a workspace path), relative to the package as `bagalau check` resolves it; '' none. */
  const pointTo = (file: string) => update('session', file ? { ref: relativeTo(at(path), file) } : undefined);
  const newSession = () => {
    const kinds = ((sessionSchema?.properties as Record<string, Schema> | undefined)?.['kind']?.['enum'] ?? []) as string[];
    // the one kind the act names is written in; a pack with several leaves the choice to the officer
    setSessionEdit({ path: '', data: { ...(kinds.length === 1 ? { kind: kinds[0] } : {}), members: [], decisions: [] }, isNew: true, named: false });
    setSessionOwn([]);
    setSessionProblem(null);
    setSessionSaved(false);
  };
  /** The inline session moved out into a new session file (named as a new one is); closed unsaved, it is inline again. */
  const moveSessionOut = () => {
    if (!inlineSession) return;
    setSessionEdit({ path: proposedSessionName(inlineSession, at(path)) ?? '', data: inlineSession, isNew: true, named: false, inline: inlineSession });
    setSessionOwn([]);
    setSessionProblem(null);
    setSessionSaved(false);
  };
  const openSession = async (file: string) => {
    setSessionProblem(null);
    setSessionOwn([]);
    setSessionSaved(false);
    try {
      const read = await readSession(file, setSessionProblem);
      if (!read) return;
      setSessionEdit({ path: file, data: read.data, text: read.text, version: read.version, isNew: false, named: true });
      void usersOf(file);
    } catch (e) {
      setSessionProblem(errorSaid(e));
    }
  };
  /** The packages that refer to the session file `file` (none said if the server cannot tell). */
  const usersOf = async (file: string): Promise<SessionUser[]> => {
    setSessionUsers(null);
    const users = await api<{ users: SessionUser[] }>(`/api/session-users?path=${encodeURIComponent(file)}`).then((r) => r.users, () => []);
    setSessionUsers(users);
    return users;
  };
  /**
   * A session file opened from the list of files, on its own (README «Web page»): drawn by the session form of its
   * packages' methodology, checked on its own and through each package that uses it, saved as a package is.
   */
  const openSessionFile = async (file: string) => {
    if (!mayLeave()) return;
    setProblem(null);
    setSessionProblem(null);
    setSessionOwn([]);
    setUserFindings([]);
    setSessionSaved(false);
    try {
      const read = await readSession(file, setProblem);
      if (!read) return;
      const { data, text, version } = read;
      const users = await usersOf(file);
      const docs = await Promise.all(users.map((u) => api<{ data: Record<string, unknown> | null; text: string }>(`/api/file?path=${encodeURIComponent(u.path)}`)
        .then((d) => (d.data && typeof d.data === 'object' ? { path: u.path, data: d.data, text: d.text } : null), () => null)));
      setPath(null);
      setPkg(null);
      setResult(null);
      setIsNew(false);
      setDirty(false);
      setChanged(false);
      setSaved(false);
      setUserDocs(docs.filter((d): d is NonNullable<typeof d> => d !== null));
      setSessionEdit({ path: file, data, text, version, isNew: false, named: true, alone: true, methodology: sessionMethodologyFor(data, users, methodologies) });
    } catch (e) {
      setProblem(errorSaid(e));
    }
  };
  /**
   * The session file the package refers to is out of the reach of `bagalau check <package>`: copied as it is (byte for
   * byte, by the server) into the `sessions/` folder both checks find, and the package pointed at the copy. Nothing is
   * written over: a file of that name with the same text is used as it is, a different one keeps its name and text and
   * the copy takes a free name; the former file stays (other packages may use it).
   */
  const copySessionIn = async () => {
    if (!path || !sessionTarget) return;
    setSessionProblem(null);
    setSessionNote(null);
    let target = `${sessionsFolderFor(path)}${sessionTarget.split('/').pop()}`;
    const taken = [...files.packages, ...files.sessions];
    let other = '';
    try {
      const there = taken.find((f) => f.toLowerCase() === target.toLowerCase());
      let same = false;
      if (there) {
        // a file of that name, or a copy made before under a free name (`…-2.yaml`) for another package: used if it has the same text
        const stem = target.replace(/\.(ya?ml|json)$/i, '').toLowerCase();
        const copies = [there, ...taken.filter((f) => f !== there && f.toLowerCase().startsWith(`${stem}-`) && /^-\d+\.(ya?ml|json)$/i.test(f.slice(stem.length)))];
        const text = (f: string) => api<{ text: string }>(`/api/file?path=${encodeURIComponent(f)}`).then((r) => r.text);
        const [a, ...bs] = await Promise.all([sessionTarget, ...copies].map(text));
        const k = bs.indexOf(a!);
        if (k >= 0) (same = true), (target = copies[k]!);
        else (other = there), (target = freeName(target, taken));
      }
      if (!same) await api(`/api/copy?${new URLSearchParams({ from: sessionTarget, to: target })}`, { method: 'POST' });
      await refreshFiles();
      pointTo(target);
      const from = sessionTarget;
      setLeftBehind({ from, to: target });
      setOriginal(null);
      setSessionNote(said((l) => same ? tr('sessionSameThere', l).replace('{to}', target)
        : `${tr('sessionCopied', l).replace('{to}', target).replace('{from}', from)}${other ? ` ${tr('sessionCopyOther', l).replace('{other}', other)}` : ''}`));
    } catch (e) {
      void refreshFiles();
      setSessionProblem(said((l) => `${tr('failed', l)}: ${errorSaid(e).say(l)}`));
    }
  };
  /**
   * The package saved pointing at the copy: which packages use the original and which the copy; none the original, the
   * page offers to remove it (two files of one session drift apart), else says which packages to copy it in for too.
   */
  const sayOriginal = async ({ from, to }: { from: string; to: string }) => {
    const usersOf = (f: string) => api<{ users: SessionUser[] }>(`/api/session-users?path=${encodeURIComponent(f)}`).then((r) => r.users.map((u) => u.path));
    const text = (f: string) => api<{ text: string }>(`/api/file?path=${encodeURIComponent(f)}`).then((r) => r.text);
    try {
      const [users, copyUsers, a, b] = await Promise.all([usersOf(from), usersOf(to), text(from), text(to)]);
      setOriginal({ from, to, users, copyUsers, same: a === b });
    } catch {
      setOriginal(null); // the original is gone already, or cannot be read: nothing to offer
    }
    setLeftBehind(null);
  };
  /**
   * A session file of the list that no package uses, removed at the officer's yes (asked first); the server refuses
   * while a package refers to it (one may have been saved meanwhile), and the page says why.
   */
  const removeLeftover = async (f: string) => {
    if (!window.confirm(tr('confirmRemoveSession', lang).replace('{file}', f))) return;
    try {
      await api(`/api/file?${new URLSearchParams({ path: f })}`, { method: 'DELETE' });
      setListSaid({ ok: true, ...said((l) => tr('originalRemoved', l).replace('{from}', f)) });
      setSessions((m) => { const n = new Map(m); n.delete(f); return n; });
      if (sessionEdit?.alone && sessionEdit.path === f) setSessionEdit(null);
    } catch (e) {
      setListSaid({ ok: false, ...said((l) => `${tr('failed', l)}: ${errorSaid(e).say(l)}`) });
    }
    await refreshFiles();
  };
  /** The officer's yes: the original removed by the server, which refuses while a package uses it. */
  const removeOriginal = async () => {
    if (!original) return;
    setSessionProblem(null);
    try {
      await api(`/api/file?${new URLSearchParams({ path: original.from, copy: original.to })}`, { method: 'DELETE' });
      setOriginal({ ...original, removed: true });
      setSessions((m) => { const n = new Map(m); n.delete(original.from); return n; });
    } catch (e) {
      setSessionProblem(said((l) => `${tr('failed', l)}: ${errorSaid(e).say(l)}`));
    }
    await refreshFiles();
  };
  const editSession = (data: Record<string, unknown>) => {
    setSessionSaved(false);
    setSessionProblem(null);
    setSessionEdit((s) => s && { ...s, data, changed: true, path: s.named ? s.path : proposedSessionName(data, at(path)) ?? s.path });
  };
  const closeSession = () => {
    if (!mayDropSession()) return;
    if (sessionEdit) {
      // what was typed and not saved is no longer what the package is checked against: the file as it is (or none)
      setSessions((m) => { const n = new Map(m); n.delete(sessionEdit.path); return n; });
      // a new file not saved: the package refers to no file of it (a session moved out of the package is inline again)
      if (sessionEdit.isNew && sessionTarget === sessionEdit.path) update('session', sessionEdit.inline);
    }
    setSessionEdit(null);
    setSessionProblem(null);
    setSessionOwn([]);
    setSessionUsers(null);
    setUserFindings([]);
  };
  // the session as it is typed is what the package is checked against, live (the engine reads JSON as YAML); the
  // package refers to it while it is open here
  useEffect(() => {
    if (!sessionEdit?.path) return;
    setSessions((m) => new Map(m).set(sessionEdit.path, JSON.stringify(sessionEdit.data, null, 2)));
    if (pkg && sessionTarget !== sessionEdit.path) pointTo(sessionEdit.path);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sessionEdit]);
  // the session file's own findings, a moment after the last keystroke (as the package's); a session file chosen and
  // not open here: the file as it is, so that its errors count while the package's check does not read it yet
  const targetText = sessionTarget ? sessions.get(sessionTarget) : undefined;
  useEffect(() => {
    const file = sessionEdit?.path || (sessionEdit ? '' : sessionTarget);
    if (!file || !sessionMethodologyId || (!sessionEdit && typeof targetText !== 'string')) return setSessionOwn([]);
    let live = true;
    const timer = setTimeout(() => void (sessionEdit ? checkSessionLive(sessionEdit.data, file, sessionMethodologyId, undefined, sessionEdit.isNew ? undefined : sessionEdit.text) : checkSessionLive(null, file, sessionMethodologyId, targetText!))
      .then((fs) => live && setSessionOwn(fs)), DEBOUNCE_MS);
    return () => { live = false; clearTimeout(timer); };
  }, [sessionEdit, sessionMethodologyId, sessionTarget, targetText]);
  // a session file open on its own: each package that uses it checked against the session as typed (the membership,
  // the quorum, the votes are rules on the package's session), the findings in the session file kept, each once
  useEffect(() => {
    if (!sessionEdit?.alone || userDocs.length === 0) return setUserFindings([]);
    const { data, path: file } = sessionEdit;
    let live = true;
    const timer = setTimeout(() => {
      const typed = new Map([[file, JSON.stringify(data, null, 2)]]);
      void Promise.all(userDocs.map((u) => checkLive(u.data, u.path, today, typed, u.text).then((r) => r.findings, () => [])))
        .then((all) => live && setUserFindings(sessionFindings(all.flat(), [], file)));
    }, DEBOUNCE_MS);
    return () => { live = false; clearTimeout(timer); };
  }, [sessionEdit, userDocs, today]);
  /** A new session's name is taken: said, and a free one proposed for the next «save the session». */
  const sessionTaken = (name: string, why?: Said) => {
    const next = freeName(name, [...files.packages, ...files.sessions, name]);
    setSessionEdit((s) => s && { ...s, path: next, named: true });
    setSessionProblem(said((l) => `${why ? why.say(l) : `${tr('fileExists', l)}: ${name}`}. ${tr('nameProposed', l)}: ${next} — ${tr('saveSessionAgain', l)}`));
    document.getElementById('session-path')?.focus();
  };
  /** `over`: the officer, told the session file changed on disk since it was read, saves over it all the same. */
  const saveSession = async (over = false) => {
    if (!sessionEdit) return;
    // a file opened is saved where it is; a new one is kept in a `sessions/` folder
    const target = !sessionEdit.isNew ? sessionEdit.path : sessionEdit.path.trim() ? typedSessionName(sessionEdit.path, at(path)) : '';
    const unsafe = target ? fileNameProblem(target) : undefined;
    if (!target || unsafe) {
      setSessionProblem(said((l) => (unsafe ? unsafe[l] : tr('sessionNameNeeded', l))));
      return;
    }
    if (sessionEdit.isNew && [...files.packages, ...files.sessions].some((f) => f.toLowerCase() === target.toLowerCase())) return sessionTaken(target);
    try {
      // a new session: the server refuses (409) to replace a file that has this name meanwhile
      // a file opened: saved only if it is still the version read, unless the officer says «over»
      const guard: Record<string, string> = !sessionEdit.isNew && sessionEdit.version && !over ? { version: sessionEdit.version } : {};
      const r = await api<{ text?: string; version?: string }>(`/api/file?${new URLSearchParams({ path: target, ...(sessionEdit.isNew ? { new: '1' } : {}), ...guard })}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(sessionEdit.data) });
      setSessionEdit((s) => s && { ...s, path: target, isNew: false, named: true, inline: undefined, changed: false, text: r.text, version: r.version, changedOnDisk: false });
      setSessionProblem(null);
      setSessionSaved(true);
      await refreshFiles();
    } catch (e) {
      if (sessionEdit.isNew && e instanceof ApiError && e.status === 409) {
        void refreshFiles();
        return sessionTaken(target, errorSaid(e));
      }
      if (!sessionEdit.isNew && e instanceof ApiError && e.status === 409) {
        setSessionEdit((s) => s && { ...s, changedOnDisk: true });
        setSessionProblem(errorSaid(e));
        return;
      }
      setSessionProblem(said((l) => `${tr('failed', l)}: ${errorSaid(e).say(l)}`));
    }
  };

  const render = async (format: 'pdf' | 'docx' | 'zip', form?: string) => {
    if (!pkg) return;
    setProblem(null);
    try {
      const q = new URLSearchParams({ format, ...(form ? { form } : {}), ...(path ? { file: path } : {}) });
      const blob = await api<Blob>(`/api/render?${q}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(pkg) });
      const stem = (path ?? 'package').split('/').pop()!.replace(/\.(ya?ml|json)$/i, '');
      download(blob, format === 'zip' ? `${stem}.zip` : `${stem}.${form}.${format}`);
    } catch (e) {
      // a package the schema refuses: its findings are the check's, listed below with a way to each field
      // «correct the errors first» only where the check's findings are the reason: a refusal of the request itself
      // («nothing to render: no form filled in») comes with its own words only, as a finding of rule `input`
      const checked = e instanceof ApiError && e.findings.some((x) => x.ruleId !== 'input');
      const sentence = (t: string) => (/[.!?…]$/.test(t) ? t : `${t}.`);
      setProblem(said((l) => `${tr('failed', l)}: ${e instanceof ApiError ? [sentence(e.text?.[l] ?? e.findings[0]?.message[l] ?? ''), checked ? tr('fixErrorsFirst', l) : ''].filter(Boolean).join(' ') : String(e)}`));
    }
  };

  // a change makes a refusal of the package as it was (a document not made) out of date
  const update = (key: string, value: unknown) => {
    setPkg((p) => ({ ...(p ?? {}), [key]: value }));
    setDirty(true);
    setChanged(true);
    setProblem(null);
  };
  const updateForm = (key: string, value: unknown) => {
    setPkg((p) => {
      const forms = { ...((p?.['forms'] as Record<string, unknown>) ?? {}) };
      if (value === undefined) delete forms[key];
      else forms[key] = value;
      return { ...(p ?? {}), forms };
    });
    setDirty(true);
    setChanged(true);
    setProblem(null);
  };

  const findings = result?.findings ?? [];
  // the session file in view (being edited, or chosen): its findings through the package (or, open on its own, through
  // the packages that use it) and of its own, once each; those of its own the package's check has not given are
  // counted in the findings panel and listed there apart, so that it never says «no errors» while the session has some
  const sessionFile = sessionEdit ? sessionEdit.path : sessionTarget;
  const ofSessionFile = sessionFile ? sessionFindings(sessionEdit?.alone ? userFindings : findings, sessionOwn, sessionFile) : [];
  const sessionExtra = sessionEdit?.alone ? ofSessionFile : ofSessionFile.filter((f) => !findings.includes(f));
  const props = (schema?.properties ?? {}) as Record<string, Schema>;
  const formSchemas = (props['forms']?.properties ?? {}) as Record<string, Schema>;
  const forms = (pkg?.['forms'] as Record<string, unknown> | undefined) ?? {};
  const placed = (f: Finding) => {
    const p = fieldPath(f);
    return !f.file && (['servant', 'period', 'events'].includes(p[0] ?? '') || (p[0] === 'forms' && p.length > 1 && p[1]! in forms));
  };
  // an event's kind by the pack's words for it («бағалау парағы бағалаушыға жіберілді»), not its key («sheet-sent»)
  const eventKinds = (((props['events']?.items as Schema | undefined)?.properties?.['type'] as Schema | undefined)?.['enum'] ?? []) as string[];
  const eventsUi = { items: { type: { 'ui:enumNames': eventKinds.map((k) => methodology?.events?.find((e) => e.type === k)?.label[lang] ?? k) } } };
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of [...findings, ...sessionExtra]) counts[f.severity]++;

  /**
   * Takes the officer to a finding's field: the deepest part of its path the page shows (a row not there yet →
   * its list; a form not added → its «add» button), scrolled to the middle of the window and focused.
   */
  const go = (f: Finding): boolean => {
    const p = fieldPath(f);
    let section = '';
    let prefix = '';
    let rest: string[] = [];
    if (f.file || p[0] === 'session') {
      section = 'session';
      // a field of the session drawn on the page: the file being edited (paths from its top), or the inline session
      if (sessionEdit && f.file === sessionEdit.path) (prefix = 'sess'), (rest = p);
      else if (!f.file && inlineSession && !sessionEdit) (prefix = 'sess'), (rest = p.slice(1));
    }
    else if (p[0] === 'forms' && p[1] !== undefined) {
      section = `form-${p[1]}`;
      if (p[1] in forms) (prefix = `f-${p[1]}`), (rest = p.slice(2));
    } else if (p[0] === 'forms') section = `form-${Object.keys(formSchemas)[0] ?? ''}`;
    else if (['servant', 'period', 'events'].includes(p[0] ?? '')) (section = `sec-${p[0]!}`), (prefix = p[0]!), (rest = p.slice(1));
    let el: HTMLElement | null = null;
    for (let k = rest.length; k >= 0 && !el && prefix; k--) el = document.getElementById([prefix, ...rest.slice(0, k)].join('_'));
    el ??= section ? document.querySelector<HTMLElement>(`section#${CSS.escape(section)}`) : null;
    if (!el) return false;
    // a field, else the first field of the group (not the section's DOCX button), else a button (a form to add)
    const target = el.matches('input, select, textarea, button') ? el : el.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea') ?? el.querySelector<HTMLElement>('button');
    (target ?? el).scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
    return true;
  };

  /**
   * The session file being edited (from a package's choice, or opened on its own from the list): its name, save and
   * close, which packages use it, and its form with its findings under the fields.
   */
  const sessionEditorView = sessionSchema && sessionEdit && (
    <div className="session-editor" id="session-editor">
      <div className="bar">
        {sessionEdit.isNew ? (
          <label className="path-edit">{tr('sessionFile', lang)}{' '}
            <input id="session-path" value={sessionEdit.path} placeholder={tr('nameFromSession', lang)} spellCheck={false}
              onChange={(e) => { const v = e.target.value; setSessionProblem(null); setSessionEdit((s) => s && { ...s, path: v, named: v.trim() !== '' }); }} />
          </label>
        ) : <code id="session-path">{sessionEdit.path}</code>}
        {/* a file no package uses names no methodology: the officer says whose session form draws it */}
        {sessionEdit.alone && sessionUsers?.length === 0 && (
          <label>{tr('methodology', lang)}{' '}
            <select id="session-methodology" value={sessionMethodologyId} onChange={(e) => { const m = e.target.value; setSessionEdit((s) => s && { ...s, methodology: m }); }}>
              {methodologies.filter((m) => m.sessionSchema).map((m) => <option key={m.id} value={m.id}>{m.id}</option>)}
            </select>
          </label>
        )}
        <button id="session-save" className="primary" onClick={() => void saveSession()}>{tr('saveSession', lang)}</button>
        {sessionEdit.changedOnDisk && <button id="session-save-over" onClick={() => void saveSession(true)}>{tr('saveOver', lang)}</button>}
        <button id="session-close" onClick={closeSession}>{tr('closeSession', lang)}</button>
        {sessionSaved && <span className="ok" id="session-saved">{tr(sessionEdit.alone ? 'sessionSavedAlone' : 'sessionSaved', lang)}</span>}
      </div>
      {sessionProblem && <p className="problem" id="session-problem" role="alert">{sessionProblem.say(lang)}</p>}
      {/* one session serves many servants: an edit changes it for every package that refers to it */}
      {!sessionEdit.isNew && sessionUsers && (
        <div className="note" id="session-users">
          {sessionUsers.length === 0 ? tr('sessionUsedByNone', lang) : (
            <>{tr('sessionUsedBy', lang)}:
              <ul className="files">{sessionUsers.map((u) => <li key={u.path}><a href="#/fill" onClick={(e) => { e.preventDefault(); void open(u.path); }}>{u.path}</a></li>)}</ul>
            </>
          )}
        </div>
      )}
      {sessionEdit.alone && <p className="note" id="session-rules-note">{tr('sessionRulesThrough', lang)}</p>}
      {/* the session file's own findings under its fields: their paths are the file's, from its top */}
      <SchemaForm id="sess" schema={sessionSchema} data={sessionEdit.data} lang={lang} methodology={sessionMethodologyId} findings={ofSessionFile.map(({ file: _, ...f }) => ({ ...f, path: `/session${f.path}` }))} section={['session']} onChange={(v) => editSession(v as Record<string, unknown>)} uiSchema={sessionUiSchema(sessionSchema as Parameters<typeof sessionUiSchema>[0], lang)} />
    </div>
  );
  const countsTitle = `${tr('findings', lang)}: ${tr('errors', lang)} ${counts.error} · ${tr('warnings', lang)} ${counts.warning} · ${tr('infos', lang)} ${counts.info}`;

  return (
    <div className="fill">
      <aside>
        <h3>{tr('newPackage', lang)}</h3>
        <label>{tr('methodology', lang)}
          <select id="new-methodology" value={newId} onChange={(e) => setNewId(e.target.value)}>
            {methodologies.map((m) => <option key={m.id} value={m.id}>{m.id}</option>)}
          </select>
        </label>
        {/* the id is the toolkit's word: the act's own title says which methodology it is */}
        <ActTitle id="new-methodology-title" methodology={methodologies.find((m) => m.id === newId)} lang={lang} />
        <label>{tr('fileName', lang)}
          <input id="new-name" value={newName} placeholder={tr('nameFromServant', lang)} onChange={(e) => setNewName(e.target.value)} />
        </label>
        <button id="create" onClick={() => void create()}>{tr('create', lang)}</button>
        {createProblem && <p className="problem" id="create-problem" role="alert">{createProblem.say(lang)}</p>}
        <h3>{tr('packages', lang)} ({files.packages.length})</h3>
        <ul className="files">
          {files.packages.map((p) => (
            <li key={p}><a href="#/fill" className={p === path ? 'active' : ''} onClick={(e) => { e.preventDefault(); void open(p); }}>{p}</a></li>
          ))}
        </ul>
        {/* a session file opens on its own too: edited with the session form, checked, saved (README «Web page») */}
        <h3>{tr('sessionFiles', lang)} ({files.sessions.length})</h3>
        <ul className="files" id="session-files">
          {files.sessions.map((f) => (
            <li key={f}>
              <a href="#/fill" className={sessionEdit?.alone && f === sessionEdit.path ? 'active' : ''} onClick={(e) => { e.preventDefault(); void openSessionFile(f); }}>{f}</a>
              {/* a file no package uses (a session copied elsewhere, its packages removed): said, and removable at the officer's
                  yes — not the one the open package chooses or the one being edited (a new session saved before its package) */}
              {files.unused?.includes(f) && f !== sessionTarget && f !== sessionEdit?.path && (
                <span className="unused" data-file={f}>
                  {tr('sessionUnused', lang)}{' '}
                  <button className="remove-session" aria-label={`${tr('removeSessionFile', lang)}: ${f}`} onClick={() => void removeLeftover(f)}>{tr('removeSessionFile', lang)}</button>
                </span>
              )}
            </li>
          ))}
        </ul>
        {listSaid && <p className={listSaid.ok ? 'ok' : 'problem'} id="session-files-said" role={listSaid.ok ? 'status' : 'alert'}>{listSaid.say(lang)}</p>}
      </aside>
      <div className="editor">
        {sessionEdit?.alone && sessionSchema ? (
          // a session file opened on its own: its form, and its findings (its own, and through the packages that use it)
          <div className="workarea">
            <div className="forms">
              {lang !== 'kk' && <p className="note" id="unofficial">{tr('unofficialLabels', lang)}</p>}
              <Section title={tr('sessionFile', lang)} id="session">{sessionEditorView}</Section>
            </div>
            <Section className={findingsOpen ? 'findings-panel' : 'findings-panel collapsed'} title={countsTitle} id="findings" tools={
              <button id="findings-toggle" className="toggle" aria-expanded={findingsOpen} aria-controls="findings-list" onClick={() => setFindingsOpen((o) => !o)}>{tr(findingsOpen ? 'hideList' : 'showList', lang)}</button>
            }>
              <div id="findings-list">
                {problem && <p className="problem" role="alert">{problem.say(lang)}</p>}
                <FindingList findings={ofSessionFile} lang={lang} go={go} />
              </div>
            </Section>
          </div>
        ) : !pkg || !schema ? (
          <>
            {problem && <p className="problem" role="alert">{problem.say(lang)}</p>}
            <p className="hint">{tr('pickFile', lang)}</p>
          </>
        ) : (
          <>
            <div className="bar">
              {/* the act's title is an item of its own: a long one wraps under the file name, and a «·» between them began its line */}
              {isNew ? (
                // a new package's name, the officer's to change until the first save
                <label className="path-edit">{tr('fileName', lang)}{' '}
                  <input id="path-input" value={path ?? ''} placeholder={tr('nameFromServant', lang)} title={tr('nameUntilSaved', lang)} spellCheck={false}
                    onChange={(e) => { setNameTyped(true); rename(e.target.value); setProblem(null); }}
                    onBlur={(e) => { if (e.target.value.trim()) rename(typedName(e.target.value)); else setNameTyped(false); }} />
                </label>
              ) : <code id="path">{path}</code>}
              {methodology && <span id="act-title">{methodology.act.title[lang]}</span>}
              <button id="save" onClick={() => void save()} className={dirty ? 'primary' : ''}>{tr('save', lang)}</button>
              {changedOnDisk && path && (
                <>
                  <button id="reopen" onClick={() => void open(path)}>{tr('openAgain', lang)}</button>
                  <button id="save-over" onClick={() => void save(true)}>{tr('saveOver', lang)}</button>
                </>
              )}
              <button id="zip" onClick={() => void render('zip')}>{tr('zip', lang)}</button>
              {/* a fixed width: «checking…» coming and going never re-wraps the bar and moves the forms */}
              <span className="status" id="status">{status || (dirty ? tr('unsaved', lang) : saved ? tr('saved', lang) : '')}</span>
            </div>
            {/*
              The findings stand beside the forms (a window too narrow for that: above them, in a box of a fixed
              height): a check that lands while the officer types or aims never moves a field.
            */}
            <div className="workarea">
              <div className="forms">
                {lang !== 'kk' && <p className="note" id="unofficial">{tr('unofficialLabels', lang)}</p>}
                <Section title={tr('servant', lang)} id="sec-servant">
                  {props['servant'] && <SchemaForm id="servant" schema={props['servant']} data={pkg['servant']} lang={lang} methodology={methodologyId} findings={findings} section={['servant']} onChange={(v) => update('servant', v)} />}
                </Section>
                <Section title={tr('period', lang)} id="sec-period">
                  {props['period'] && <SchemaForm id="period" schema={props['period']} data={pkg['period']} lang={lang} methodology={methodologyId} findings={findings} section={['period']} onChange={(v) => update('period', v)} />}
                </Section>
                {Object.entries(formSchemas).map(([key, fs]) => (
                  <Section key={key} id={`form-${key}`} title={(lang === 'kk' ? undefined : fieldLabel(methodologyId, `/forms/${key}`)?.[lang]) ?? fs.title ?? key}
                    tools={key in forms ? (
                      <>
                        <button className="docx" onClick={() => void render('docx', key)}>DOCX</button>
                        <button className="pdf" onClick={() => void render('pdf', key)}>PDF</button>
                        <button className="remove" onClick={() => updateForm(key, undefined)}>{tr('removeForm', lang)}</button>
                      </>
                    ) : (
                      <button className="add-form" onClick={() => updateForm(key, {})}>{tr('addForm', lang)}</button>
                    )}>
                    {key in forms && <SchemaForm id={`f-${key}`} schema={fs} data={forms[key]} lang={lang} methodology={methodologyId} findings={findings} section={['forms', key]} onChange={(v) => updateForm(key, v)}
                      numbered={methodology?.actNumbers?.filter((n) => n.form === key).map((n) => ({ path: ['rows'], names: n.names }))}
                      {...(indicators?.form === key ? { indicators: indicators.rows, uiSchema: indicatorUi } : {})} />}
                  </Section>
                ))}
                {props['events'] && (
                  <Section title={tr('events', lang)} id="sec-events">
                    <SchemaForm id="events" schema={props['events']} data={pkg['events'] ?? []} lang={lang} methodology={methodologyId} findings={findings} section={['events']} onChange={(v) => update('events', v)} uiSchema={eventsUi} />
                  </Section>
                )}
                {props['session'] && (
                  <Section title={tr('session', lang)} id="session">
                    <div className="form-row">
                      {/* a session written inside the package is one of the choices; leaving it for a file or none asks first */}
                      <select id="session-select" value={inlineSession ? INLINE : sessionTarget} disabled={!!sessionEdit} onChange={(e) => { if (!inlineSession || window.confirm(tr('dropInlineSession', lang))) pointTo(e.target.value); }}>
                        <option value="">{tr('noSession', lang)}</option>
                        {inlineSession && <option value={INLINE}>{tr('inlineSession', lang)}</option>}
                        {files.sessions.map((s) => <option key={s} value={s}>{s}</option>)}
                        {sessionTarget && !files.sessions.includes(sessionTarget) && <option value={sessionTarget}>{sessionTarget}</option>}
                      </select>
                      {sessionSchema && !sessionEdit && !inlineSession && <button id="session-new" className="add-form" onClick={newSession}>+ {tr('newSession', lang)}</button>}
                      {sessionSchema && !sessionEdit && inlineSession && <button id="session-move-out" onClick={moveSessionOut}>{tr('moveSessionOut', lang)}</button>}
                      {sessionSchema && !sessionEdit && sessionTarget && files.sessions.includes(sessionTarget) && <button id="session-edit" onClick={() => void openSession(sessionTarget)}>{tr('editSession', lang)}</button>}
                    </div>
                    {/* a file `bagalau check <this package>` would not find (the workspace's check does): said, with where it would */}
                    {sessionTarget && path && !sessionFoundAlone(path, sessionTarget) && (
                      <p className="note" id="session-not-alone">{tr('sessionNotAlone', lang)} <code>{sessionsFolderFor(path)}</code>
                        {!sessionEdit && <>{' '}<button id="session-copy-in" onClick={() => void copySessionIn()}>{tr('copySessionIn', lang)}</button></>}
                      </p>
                    )}
                    {sessionSchema && inlineSession && !sessionEdit && (
                      // the inline session, drawn as a session file is (same labels and code words); its findings are the package's, under /session
                      <div className="session-editor" id="session-inline">
                        <p className="note">{tr('inlineSessionNote', lang)}</p>
                        <SchemaForm id="sess" schema={sessionSchema} data={inlineSession} lang={lang} methodology={methodologyId} findings={findings.filter((f) => !f.file)} section={['session']} onChange={(v) => update('session', v)} uiSchema={sessionUiSchema(sessionSchema as Parameters<typeof sessionUiSchema>[0], lang)} />
                      </div>
                    )}
                    {sessionEditorView}
                    {!sessionEdit && sessionNote && !original && <p className="ok" id="session-copied" role="status">{sessionNote.say(lang)}</p>}
                    {!sessionEdit && original && <OriginalNote original={original} lang={lang} open={(f) => void open(f)} remove={() => void removeOriginal()} keep={() => setOriginal(null)} />}
                    {!sessionEdit && sessionProblem && <p className="problem" id="session-problem" role="alert">{sessionProblem.say(lang)}</p>}
                    <FindingList findings={[...findings.filter((f) => f.file ? f.file !== sessionFile : fieldPath(f)[0] === 'session'), ...ofSessionFile]} lang={lang} go={go} />
                  </Section>
                )}
              </div>
              {/* after the forms in the page's order (Tab reaches the first field before fifty findings), beside or above them on the screen */}
              <Section className={findingsOpen ? 'findings-panel' : 'findings-panel collapsed'} title={countsTitle} id="findings" tools={result && (
                <>
                  {/* a narrow window only (app.css): the list folds away, its counts stay at the top of the window */}
                  <button id="findings-toggle" className="toggle" aria-expanded={findingsOpen} aria-controls="findings-list" onClick={() => setFindingsOpen((o) => !o)}>{tr(findingsOpen ? 'hideList' : 'showList', lang)}</button>
                  <span className="small" id="engine" data-engine={result.engine}>{tr(result.engine === 'page' ? 'checkedInPage' : 'checkedByServer', lang)}</span>
                  <button id="check-json" onClick={() => download(new Blob([JSON.stringify(withoutEngine(result), null, 2)], { type: 'application/json' }), `${(path ?? 'package').split('/').pop()!.replace(/\.(ya?ml|json)$/i, '')}.check.json`)}>JSON</button>
                </>
              )}>
                <div id="findings-list">
                  {problem && <p className="problem" role="alert">{problem.say(lang)}</p>}
                  {/* «no findings» is not said of the package while its session file has some of its own */}
                  {(findings.length > 0 || sessionExtra.length === 0) && <FindingList findings={findings.filter((f) => !placed(f) || f.severity !== 'info')} lang={lang} go={go} infosUnderFields={findings.filter((f) => placed(f) && f.severity === 'info').length} />}
                  {sessionExtra.length > 0 && (
                    <div id="findings-session">
                      <h3>{tr('sessionOwnCheck', lang)}: <code>{sessionFile}</code></h3>
                      <FindingList findings={sessionExtra} lang={lang} go={go} />
                    </div>
                  )}
                </div>
              </Section>
            </div>
          </>
        )}
      </div>
    </div>
  );
}

// ---------------------------------------------------------------- file pickers

/**
 * A file picker in the page's language. The browser's own <input type=file> says «Choose file / No file chosen» in
 * the browser's language, whatever language the page is in. The input stays (visually hidden: Tab still reaches it,
 * Space or Enter opens the chooser, and its label names it); the button and the chosen file's name beside it are the
 * page's words. The input is emptied after each choice, so the same file chosen again (a draft edited and saved
 * since) is read again.
 */
function FilePicker(props: { id: string; label: ReactNode; accept: string; multiple?: boolean; chosen: string[]; lang: Lang; onFiles: (files: File[]) => void; className?: string; onDragOver?: (e: DragEvent<HTMLLabelElement>) => void; onDrop?: (e: DragEvent<HTMLLabelElement>) => void }) {
  const { id, lang, chosen, multiple } = props;
  const shown = chosen.length === 0 ? tr('noFileChosen', lang) : chosen.length === 1 ? chosen[0] : `${tr('filesChosen', lang)}: ${chosen.length}`;
  return (
    <label className={`file-pick${props.className ? ` ${props.className}` : ''}`} onDragOver={props.onDragOver} onDrop={props.onDrop}>
      {props.label}
      <span className="file-row">
        <input id={id} className="visually-hidden" type="file" accept={props.accept} multiple={multiple}
          onChange={(e: ChangeEvent<HTMLInputElement>) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length) props.onFiles(files);
          }} />
        <span className="file-button">{tr(multiple ? 'chooseFiles' : 'chooseFile', lang)}</span>
        <span className="file-name" title={chosen.join('\n') || undefined}>{shown}</span>
      </span>
    </label>
  );
}

// ---------------------------------------------------------------- audit

interface AuditReport {
  today: string;
  rules: Record<string, { clause: string | null; quote: string | null; title: Text3 }>;
  results: (CheckResult & { servant?: { fullName?: string; body?: string; unit?: string } })[];
}

/** The totals' columns: the body tables' (as the HTML report's), with the notes counted too. */
const TOTAL_COLUMNS = ['files', 'clean', 'errors', 'warnings', 'infos', 'overdue'] as const;

function AuditPage({ lang, files }: { lang: Lang; files: Files }) {
  const dirs = useMemo(() => {
    const s = new Set<string>();
    for (const p of files.packages) {
      const parts = p.split('/');
      for (let i = 1; i < parts.length; i++) s.add(parts.slice(0, i).join('/'));
    }
    return [...s].sort();
  }, [files]);
  const [dir, setDir] = useState('');
  const [report, setReport] = useState<AuditReport | null>(null);
  const [request, setRequest] = useState<unknown>(null);
  const [severity, setSeverity] = useState('');
  const [rule, setRule] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Said | null>(null);

  const run = async (body: unknown) => {
    setBusy(true);
    setProblem(null);
    try {
      setReport(await postJson<AuditReport>('/api/audit', body));
      setRequest(body);
    } catch (e) {
      setProblem(errorSaid(e));
    } finally {
      setBusy(false);
    }
  };
  const [droppedNames, setDroppedNames] = useState<string[]>([]);
  const dropped = async (list: FileList | File[] | null) => {
    if (!list || list.length === 0) return;
    setDroppedNames([...list].map((f) => f.name));
    const fs = await Promise.all([...list].map(async (f) => ({ name: f.name, text: await f.text() })));
    await run({ files: fs });
  };
  // a refused or failed export is said on the page (before, it was an unhandled rejection and nothing was seen)
  const exportAs = async (format: 'html' | 'xlsx') => {
    setProblem(null);
    try {
      const blob = await api<Blob>(`/api/audit?format=${format}&lang=${lang}&today=${report?.today ?? ''}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request ?? {}) });
      download(blob, `audit.${format}`);
    } catch (e) {
      setProblem(said((l) => `${tr('failed', l)}: ${errorSaid(e).say(l)}`));
    }
  };
  // the report engine's own counting and words (src/report/audit.ts, i18n.ts), in the reader's alphabet: the bodies add
  // up to «evaluation packages», the files not read and the session files stand on lines of their own, as in the reports
  const a = useMemo(() => (report ? audit(report.results, lang) : null), [report, lang]);
  const lines = a ? totalLines(a) : [];
  const w = WORDS[lang];
  const shown = (f: Finding) => (!severity || f.severity === severity) && (!rule || f.ruleId === rule);
  const c = (x: Tally) => (['files', 'clean', 'errors', 'warnings', 'overdue'] as const).map((k) => <td key={k} className="num" data-k={k}>{x[k]}</td>);
  const head = <><th>{tr('files', lang)}</th><th>{tr('clean', lang)}</th><th>{tr('errors', lang)}</th><th>{tr('warnings', lang)}</th><th>{tr('overdue', lang)}</th></>;
  return (
    <div className="audit">
      <div className="bar">
        <label>{tr('folder', lang)}{' '}
          <select id="audit-dir" value={dir} onChange={(e) => setDir(e.target.value)}>
            <option value="">{tr('wholeWorkspace', lang)}</option>
            {dirs.map((d) => <option key={d} value={d}>{d}</option>)}
          </select>
        </label>
        <button id="audit-run" className="primary" disabled={busy} onClick={() => void run({ dir })}>{busy ? tr('checking', lang) : tr('run', lang)}</button>
        <FilePicker id="audit-files" className="drop" label={tr('dropFiles', lang)} accept=".yaml,.yml,.json" multiple chosen={droppedNames} lang={lang} onFiles={(fs) => void dropped(fs)}
          onDragOver={(e) => e.preventDefault()} onDrop={(e) => { e.preventDefault(); void dropped(e.dataTransfer.files); }} />
      </div>
      {problem && <p className="problem" role="alert">{problem.say(lang)}</p>}
      {report && a && (
        <>
          <div className="bar">
            <button id="export-html" onClick={() => void exportAs('html')}>{tr('exportHtml', lang)}</button>
            <button id="export-xlsx" onClick={() => void exportAs('xlsx')}>{tr('exportXlsx', lang)}</button>
          </div>
          <div className="counts-box"><table id="audit-summary" className="counts">
            <thead><tr><th>{w.counted}</th>{TOTAL_COLUMNS.map((k) => <th key={k}>{tr(k, lang)}</th>)}</tr></thead>
            <tbody>{lines.map((t) => <tr key={t.line} data-line={t.line} className={t.line === 'total' || t.line === 'all' ? 'total' : undefined}><td>{w[t.line]}</td>{TOTAL_COLUMNS.map((k) => <td key={k} className="num" data-k={k}>{t.tally[k]}</td>)}</tr>)}</tbody>
          </table></div>
          <div className="grid">
            <Section title={tr('byBody', lang)} id="by-body">
              <table><thead><tr><th>{tr('body', lang)}</th>{head}</tr></thead>
                <tbody>{a.bodies.map((b, i) => <tr key={i}><td>{b.body ?? w.noBody}</td>{c(b.total)}</tr>)}</tbody>
                <tfoot>{lines.map((t) => <tr key={t.line} data-line={t.line} className={t.line === 'total' || t.line === 'all' ? 'total' : undefined}><td>{w[t.line]}</td>{c(t.tally)}</tr>)}</tfoot></table>
            </Section>
            <Section title={tr('byUnit', lang)} id="by-unit">
              <table><thead><tr><th>{tr('unit', lang)}</th>{head}</tr></thead>
                <tbody>{a.bodies.flatMap((b) => b.units.map((u, i) => <tr key={`${b.body} ${i}`}><td>{u.unit ?? w.noUnit}<div className="small">{b.body ?? w.noBody}</div></td>{c(u)}</tr>))}</tbody></table>
            </Section>
          </div>
          <Section title={tr('byRule', lang)} id="by-rule">
            <table><thead><tr><th>{tr('rule', lang)}</th><th>{tr('severity', lang)}</th><th>{tr('count', lang)}</th><th>{tr('files', lang)}</th></tr></thead>
              <tbody>{a.rules.map((r) => (
                <tr key={r.ruleId} data-rule={r.ruleId} data-severity={r.severity}><td><a href="#/audit" onClick={(e) => { e.preventDefault(); setRule(r.ruleId); }}>{r.ruleId}</a> <span className="small">{r.cite ? citeText(r.cite, lang) : ''}</span></td><td className={r.severity}>{tr(r.severity, lang)}</td><td className="num">{r.count}</td><td className="num">{r.files}</td></tr>
              ))}</tbody></table>
          </Section>
          <Section title={tr('perServant', lang)} id="per-servant" tools={
            <>
              <select id="filter-severity" value={severity} onChange={(e) => setSeverity(e.target.value)}>
                <option value="">{tr('severity', lang)}: {tr('all', lang)}</option>
                {(['error', 'warning', 'info'] as const).map((s) => <option key={s} value={s}>{tr(s, lang)}</option>)}
              </select>
              <select id="filter-rule" value={rule} onChange={(e) => setRule(e.target.value)}>
                <option value="">{tr('rule', lang)}: {tr('all', lang)}</option>
                {[...new Set(report.results.flatMap((r) => r.findings.map((f) => f.ruleId)))].sort().map((r) => <option key={r} value={r}>{r}</option>)}
              </select>
            </>
          }>
            {report.results.filter((r) => r.findings.some(shown)).map((r) => (
              <details key={r.file} className="servant">
                <summary>{r.servant?.fullName ?? r.file} <span className="small">{r.file}</span> <span className="badge">{r.findings.filter(shown).length}</span></summary>
                <ul className="findings">
                  {r.findings.filter(shown).map((f, i) => (
                    <li key={i} className={f.severity}>
                      <span className="sev">{tr(f.severity, lang)}</span> {readMessage(f, lang)}{f.cite && <span className="cite"> — {citeText(f.cite, lang)}</span>}
                      {fieldLine(f, lang) && <div className="field-line"><span className="word">{tr('field', lang)}:</span> {fieldLine(f, lang)}</div>}
                      {report.rules[f.ruleId]?.quote && <blockquote lang="kk">«{report.rules[f.ruleId]!.quote}»</blockquote>}
                    </li>
                  ))}
                </ul>
              </details>
            ))}
          </Section>
        </>
      )}
    </div>
  );
}

// ---------------------------------------------------------------- import

/** The act a methodology id stands for, under its choice: «asa-b-model» says nothing to an HR officer, its title does. */
function ActTitle({ id, methodology, lang }: { id: string; methodology: Methodology | undefined; lang: Lang }) {
  return methodology ? <small className="act-title" id={id}>{methodology.act.title[lang]}</small> : null;
}

/** The one field the import page offers a value for every row of (a list that names its state body only above the header). */
const EVERY_ROW_INPUT = 'body';

interface ImportResult { headerRow: number; sheet?: string; sheets?: string[]; above: string[]; units: { rowNo: number; name: string }[]; totals: { rowNo: number; name: string }[]; mapping: { field: string; column: string | null; label: Text3 }[]; unmatched: string[]; written: { rowNo: number; path: string; notes?: Text3[] }[]; rejected: { rowNo: number; problems: Text3[] }[]; codePage?: string; codePageNote?: Text3; missing?: Text3; missingFields?: { field: string; label: Text3; everyRow: boolean }[] }

function ImportPage({ lang, methodologies, refreshFiles }: { lang: Lang; methodologies: Methodology[]; refreshFiles: () => Promise<void> }) {
  const [file, setFile] = useState<File | null>(null);
  const [methodology, setMethodology] = useState('asa-b-model');
  const [period, setPeriod] = useState('');
  const [dir, setDir] = useState('imported');
  const [map, setMap] = useState<Record<string, string>>({});
  // the state body typed once, for a list that names it only above its header (no column for it)
  const [body, setBody] = useState('');
  // the workbook's sheet to read, when more than one holds a list (one per department); '' = the first
  const [sheet, setSheet] = useState('');
  const [headers, setHeaders] = useState<string[]>([]);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  const [problem, setProblem] = useState<Said | null>(null);

  // once previewed, a change of the mapping, methodology, period or folder previews again (the count and the rows
  // not written follow it), and «write» waits for that preview
  const previewed = useRef(false);
  const asked = useRef(0);
  const [stale, setStale] = useState(false);
  useEffect(() => {
    if (!previewed.current || !file) return;
    setStale(true);
    const t = setTimeout(() => void send(true), 300);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, methodology, period, dir, body, sheet]);

  const send = async (dry: boolean) => {
    if (!file) return;
    const n = ++asked.current;
    setProblem(null);
    // the period is asked before the list is sent (the server's answer to none is a format, not a request)
    if (!period.trim()) {
      setProblem(said((l) => tr('periodNeeded', l)));
      return;
    }
    const q = new URLSearchParams({ name: file.name, methodology, period, dir, ...(dry ? { dry: '1' } : {}), ...(Object.keys(map).length ? { map: JSON.stringify(Object.fromEntries(Object.entries(map).filter(([, f]) => f).map(([col, f]) => [col, f]))) } : {}), ...(body.trim() ? { values: JSON.stringify({ [EVERY_ROW_INPUT]: body.trim() }) } : {}), ...(sheet ? { sheet } : {}) });
    try {
      const r = await api<ImportResult>(`/api/import?${q}`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: await file.arrayBuffer() });
      if (n !== asked.current) return; // a later request answers for the form as it is now
      if (dry) {
        previewed.current = true;
        setStale(false);
        setPreview(r);
        setHeaders([...new Set([...r.mapping.map((m) => m.column).filter((c): c is string => !!c), ...r.unmatched])]);
        setDone(null);
      } else {
        setDone(r);
        void refreshFiles();
        // the files written, shown where the officer looks next (once drawn)
        requestAnimationFrame(() => document.getElementById('import-count')?.scrollIntoView({ block: 'start', behavior: 'smooth' }));
      }
    } catch (e) {
      if (n !== asked.current) return; // the last preview stays shown, «write» stays off (stale) until one succeeds
      setProblem(errorSaid(e));
    }
  };
  const shown = done ?? preview;
  return (
    <div className="import">
      <div className="form-row">
        <FilePicker id="staff-file" label={tr('staffList', lang)} accept=".xlsx,.csv,.xls,.ods,.fods" chosen={file ? [file.name] : []} lang={lang} onFiles={(fs) => { previewed.current = false; setFile(fs[0] ?? null); setPreview(null); setDone(null); setMap({}); setBody(''); setSheet(''); }} />
        <label>{tr('methodology', lang)} <select id="import-methodology" value={methodology} onChange={(e) => setMethodology(e.target.value)}>{methodologies.map((m) => <option key={m.id}>{m.id}</option>)}</select>
          <ActTitle id="import-methodology-title" methodology={methodologies.find((m) => m.id === methodology)} lang={lang} /></label>
        <label>{tr('periodInput', lang)} <input id="import-period" value={period} onChange={(e) => setPeriod(e.target.value)} placeholder="2026-Q1" /></label>
        <label>{tr('outFolder', lang)} <input id="import-dir" value={dir} onChange={(e) => setDir(e.target.value)} /></label>
        <button id="import-preview" onClick={() => void send(true)} disabled={!file}>{tr('preview', lang)}</button>
        <button id="import-run" className="primary" onClick={() => void send(false)} disabled={!file || !preview || !!preview.missing || preview.written.length === 0 || stale || !!done}>{tr('doImport', lang)}</button>
        {/* said beside the button: the list of files written is below the mapping, out of sight on a laptop's screen */}
        {done && <span className="ok" id="import-done" role="status">{tr('written', lang)}: {done.written.length}{done.rejected.length ? ` · ${tr('rejected', lang)}: ${done.rejected.length}` : ''}</span>}
      </div>
      {problem && <p className="problem" role="alert">{problem.say(lang)}</p>}
      {shown && (
        <>
          <Section title={tr('mapping', lang)} id="mapping">
            <p id="import-header-row">{shown.sheet !== undefined && <>{tr('sheet', lang)}: «{shown.sheet}». </>}{tr('headerRow', lang)}: {shown.headerRow}</p>
            {/* a workbook with a list on each of several sheets (one per department): the officer reads each in turn */}
            {shown.sheets && shown.sheets.length > 1 && (
              <label className="sheet-choice">{tr('otherSheets', lang)}
                <select id="import-sheet" value={sheet || shown.sheet} onChange={(e) => { setMap({}); setSheet(e.target.value); }}>{shown.sheets.map((n) => <option key={n} value={n}>{n}</option>)}</select>
              </label>
            )}
            {/* a required field no header names: the officer says which column it is, here, or types the body once for every row */}
            {shown.missing && <p className="problem" id="import-missing" role="alert">{shown.missing[lang]}: {tr((shown.missingFields?.length ?? 1) > 1 ? 'pickColumns' : 'pickColumn', lang)} («{tr('column', lang)}»).
              {shown.missingFields?.filter((f) => f.everyRow && f.field === EVERY_ROW_INPUT).map((f) => <span key={f.field} className="every-row-hint"> {tr('typeForEveryRow', lang).replace('{field}', f.label[lang])}</span>)}</p>}
            <table><thead><tr><th>{tr('field', lang)}</th><th>{tr('column', lang)}</th></tr></thead>
              <tbody>{shown.mapping.map((m) => (
                <tr key={m.field}><td>{m.label[lang]}</td><td>
                  <select data-field={m.field} aria-label={m.label[lang]} value={Object.entries(map).find(([, f]) => f === m.field)?.[0] ?? m.column ?? ''} onChange={(e) => setMap((old) => {
                    const next = Object.fromEntries(Object.entries(old).filter(([, f]) => f !== m.field));
                    if (e.target.value) next[e.target.value] = m.field;
                    return next;
                  })}>
                    <option value="">—</option>
                    {headers.map((h) => <option key={h} value={h}>{h}</option>)}
                  </select>
                  {/* no column for the state body: one value for every row, typed here (the list names it once, above) */}
                  {m.field === EVERY_ROW_INPUT && !m.column && !Object.values(map).includes(EVERY_ROW_INPUT) && <label className="every-row">{tr('orForEveryRow', lang)} <input id="import-body" list="import-body-above" value={body} onChange={(e) => setBody(e.target.value)} />
                    {/* the rows above the list's header (the body's name is mostly there): offered, never filled in unasked */}
                    <datalist id="import-body-above">{shown.above.map((t) => <option key={t} value={t} />)}</datalist></label>}
                </td></tr>
              ))}</tbody></table>
            {shown.units.length > 0 && <p id="import-units">{tr('unitRows', lang)}: {shown.units.map((u) => `${u.rowNo} «${u.name}»`).join('; ')}</p>}
            {/* «Барлығы: 12» under the list: named, so that no row of the list goes unaccounted for */}
            {shown.totals.length > 0 && <p id="import-totals">{tr('totalRows', lang)}: {shown.totals.map((u) => `${u.rowNo} «${u.name}»`).join('; ')}</p>}
            {/* a CSV that is not UTF-8: the code page its bytes were read in (README «Imports») */}
            {shown.codePage && <p id="import-code-page">CSV: {shown.codePage === 'kz-1048' ? 'KZ-1048' : 'windows-1251'}{shown.codePageNote && <> — {shown.codePageNote[lang]}</>}</p>}
            {/* what will be written otherwise than the list spells it (a category code as the act prints it), by row */}
            {shown.written.some((w) => w.notes) && <ul id="import-notes">{shown.written.flatMap((w) => (w.notes ?? []).map((n, i) => <li key={`${w.rowNo}-${i}`}>{tr('row', lang)} {w.rowNo}: {n[lang]}</li>))}</ul>}
          </Section>
          <p id="import-count">{done ? tr('written', lang) : tr('willWrite', lang)}: <strong>{shown.written.length}</strong></p>
          {done && <ul className="files" id="written">{done.written.map((w) => <li key={w.path}>{w.rowNo}: {w.path}</li>)}</ul>}
          {shown.rejected.length > 0 && (
            <Section title={tr('rejected', lang)} id="rejected">
              <ul className="findings">{shown.rejected.map((r) => <li key={r.rowNo} className="error">{tr('row', lang)} {r.rowNo}: {r.problems.map((p) => p[lang]).join('; ')}</li>)}</ul>
            </Section>
          )}
        </>
      )}
    </div>
  );
}

// ---------------------------------------------------------------- drafts

function DraftsPage({ lang }: { lang: Lang }) {
  // the date as the officer writes dates (ДД.ММ.ГГГГ), today's to begin with
  const [date, setDate] = useState(() => isoToKz(localIso()));
  const [result, setResult] = useState<{ findings: Finding[]; alignment: { html: string } | null } | null>(null);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<Said | null>(null);
  // the draft as chosen (its bytes read once): a change of the date checks it again, without choosing it again
  const [draft, setDraft] = useState<{ name: string; type: string; bytes: ArrayBuffer } | null>(null);
  const asked = useRef(0);
  const check = async (d: { name: string; type: string; bytes: ArrayBuffer }, on: string) => {
    const n = ++asked.current;
    setProblem(null);
    setResult(null);
    setName(d.name);
    try {
      const q = new URLSearchParams({ date: kzToIso(on) ?? on, lang, name: d.name });
      const r = await api<{ findings: Finding[]; alignment: { html: string } | null }>(`/api/draft/check?${q}`, { method: 'POST', headers: { 'content-type': d.type || 'application/octet-stream' }, body: d.bytes });
      if (n === asked.current) setResult(r);
    } catch (e) {
      if (n === asked.current) setProblem(errorSaid(e));
    }
  };
  const chosen = async (f: File | undefined) => {
    if (!f) return;
    const d = { name: f.name, type: f.type, bytes: await f.arrayBuffer() };
    setDraft(d);
    await check(d, date);
  };
  useEffect(() => {
    if (!draft || !kzToIso(date)) return;
    const t = setTimeout(() => void check(draft, date), 300);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [date]);
  return (
    <div className="drafts">
      <div className="form-row">
        <label>{tr('draftDate', lang)} <input id="draft-date" value={date} placeholder={tr('dateHint', lang)} onChange={(e) => setDate(e.target.value)} /></label>
        <FilePicker id="draft-file" label={tr('draftFile', lang)} accept=".md,.markdown,.txt,.docx" chosen={name ? [name] : []} lang={lang} onFiles={(fs) => void chosen(fs[0])} />
      </div>
      {problem && <p className="problem" role="alert">{problem.say(lang)}</p>}
      {result && (
        <Section title={`${name}: ${tr('findings', lang)}`} id="draft-findings" tools={result.alignment && <button id="alignment" onClick={() => download(new Blob([result.alignment!.html], { type: 'text/html' }), `${name}.alignment.html`)}>{tr('alignment', lang)}</button>}>
          <FindingList findings={result.findings} lang={lang} />
        </Section>
      )}
    </div>
  );
}

// ---------------------------------------------------------------- calendar

interface YearSummary {
  year: number;
  status: 'confirmed' | 'provisional' | 'no-data';
  workingDays: number;
  restDays: number;
  months: { month: number; calendarDays: number; workingDays: number; restDays: number }[];
  daysOff: { date: string; kind: string; reason: Text3; source: { title: Text3; number?: string; date?: string; clause?: string } }[];
}
interface Deadline { deadline: string; explanation: Text3 }

/**
 * A day off's source as `bagalau calendar` names it: its title (which carries its number and date) and its article
 * in the reader's language («2, 3-баптар», «ст. 2, 3»; the data keeps it as «art. 2, 3»). Month names are the
 * calendar's own (src/law/calendar/messages.ts): a browser's Intl may not know Kazakh months («M01»).
 */
const sourceText = (s: YearSummary['daysOff'][number]['source'], lang: Lang): string => `${s.title[lang]}${s.clause ? `, ${articleText(s.clause, lang)}` : ''}`;

function CalendarPage({ lang }: { lang: Lang }) {
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [data, setData] = useState<YearSummary | null>(null);
  const [from, setFrom] = useState('');
  const [count, setCount] = useState('5');
  const [unit, setUnit] = useState('working-days');
  const [direction, setDirection] = useState('after');
  const [result, setResult] = useState<Deadline | null>(null);
  const [problem, setProblem] = useState<Said | null>(null);
  useEffect(() => {
    if (!/^\d{4}$/.test(year)) return;
    api<YearSummary>(`/api/calendar/${year}`).then(setData, () => setData(null));
  }, [year]);
  const compute = async () => {
    setProblem(null);
    try {
      setResult(await api<Deadline>(`/api/deadline?${new URLSearchParams({ from: kzToIso(from) ?? from, count, unit, direction })}`));
    } catch (e) {
      setResult(null);
      setProblem(errorSaid(e));
    }
  };
  return (
    <div className="calendar">
      <Section title={tr('deadlineCalc', lang)} id="deadline">
        <div className="form-row">
          <label>{tr('from', lang)} <input id="dl-from" value={from} onChange={(e) => setFrom(e.target.value)} placeholder={tr('dateHint', lang)} /></label>
          <label>{tr('countUnits', lang)} <input id="dl-count" value={count} onChange={(e) => setCount(e.target.value)} size={5} /></label>
          <select id="dl-unit" value={unit} onChange={(e) => setUnit(e.target.value)}>{(['working-days', 'calendar-days', 'months', 'years'] as const).map((u) => <option key={u} value={u}>{tr(u, lang)}</option>)}</select>
          <select id="dl-direction" value={direction} onChange={(e) => setDirection(e.target.value)}><option value="after">{tr('after', lang)}</option><option value="before">{tr('before', lang)}</option></select>
          <button id="dl-compute" className="primary" onClick={() => void compute()}>{tr('compute', lang)}</button>
        </div>
        {problem && <p className="problem" role="alert">{problem.say(lang)}</p>}
        {result && <p id="dl-result"><strong>{isoToKz(result.deadline)}</strong> — {result.explanation[lang]}</p>}
      </Section>
      <div className="bar"><label>{tr('year', lang)} <input id="cal-year" value={year} onChange={(e) => setYear(e.target.value)} size={5} /></label>
        {data && <span> {tr('workingDays', lang)}: <strong id="cal-working">{data.workingDays}</strong> · {tr('restDays', lang)}: {data.restDays} · {yearStatus.label[lang]}: <span id="cal-status">{yearStatus[data.status][lang]}</span></span>}</div>
      {data && (
        <div className="grid">
          <Section title={tr('month', lang)} id="months">
            <table><thead><tr><th>{tr('month', lang)}</th><th>{tr('workingDays', lang)}</th><th>{tr('restDays', lang)}</th></tr></thead>
              <tbody>{data.months.map((m) => <tr key={m.month}><td>{monthName(m.month)[lang]}</td><td className="num">{m.workingDays}</td><td className="num">{m.restDays}</td></tr>)}</tbody></table>
          </Section>
          <Section title={tr('daysOff', lang)} id="days-off">
            <table><thead><tr><th>{tr('date', lang)}</th><th>{tr('reason', lang)}</th><th>{tr('source', lang)}</th></tr></thead>
              <tbody>{data.daysOff.map((d) => <tr key={d.date}><td>{isoToKz(d.date)}</td><td>{d.reason[lang]}</td><td className="small">{sourceText(d.source, lang)}</td></tr>)}</tbody></table>
          </Section>
        </div>
      )}
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
