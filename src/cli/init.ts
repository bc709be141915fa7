/**
 * `bagalau init <methodology> [--servant NAME] [--period P] [-o FILE]`: one annotated package skeleton with every
 * required field; `bagalau init --from staff.xlsx|staff.ods|staff.csv --methodology ID --period P [--out DIR] [--map COL=FIELD…]`:
 * one package per row of a staff list (`--sheet`: which sheet of a workbook; `--body TEXT`, `--set FIELD=VALUE…`: one
 * value for every row of a field the list has no column for — the import's `sheet=` and `values=`). Existing files are
 * never overwritten; bad rows are named by number and the good rows are still written.
 */
import { existsSync, mkdirSync, readFileSync, rmdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Argument, Command } from 'commander';
import { PACKS } from '../acts/index.js';
import { t3, type Lang, type Text3 } from '../law/finding.js';
import { langOption } from './options.js';
import { cannotMakeFolder, cannotRead, cannotWrite } from './output.js';
import { writeAtomic } from './render.js';
import { UsageError } from './usage-error.js';

interface InitOpts { servant?: string; period?: string; out?: string; from?: string; methodology?: string; map?: string[]; sheet?: string; body?: string; set?: string[]; lang: Lang }

/** The options that only mean something with `--from`: given without it, the user meant an import. */
const FROM_ONLY = ['map', 'sheet', 'body', 'set'] as const;

type EveryRowField = { field: string; label: Text3 };

/**
 * `--body TEXT` and `--set FIELD=VALUE…` → the import's `values` (one value for every row), refused in words before
 * anything is read or written: not FIELD=VALUE, a field that is not a staff list's, one that is each servant's own (a
 * date, a yes/no: not in `fields`), an empty value, two values for one field.
 */
function everyRowValues(sets: string[], body: string | undefined, all: readonly EveryRowField[], fields: readonly EveryRowField[]): Record<string, string> {
  const names = (l: Lang) => fields.map((f) => `${f.field} (${f.label[l]})`).join(', ');
  const given: { option: string; field: string; value: string }[] = [];
  if (body !== undefined) given.push({ option: `--body «${body}»`, field: 'body', value: body });
  for (const s of sets) {
    const i = s.indexOf('=');
    const option = `--set «${s}»`;
    if (i <= 0) throw new UsageError(t3(`${option}: ӨРІС=МӘН деп жазыңыз (өрістер: ${names('kk')})`, `${option}: пишите ПОЛЕ=ЗНАЧЕНИЕ (поля: ${names('ru')})`, `${option}: write FIELD=VALUE (fields: ${names('en')})`));
    given.push({ option, field: s.slice(0, i).trim(), value: s.slice(i + 1) });
  }
  const values: Record<string, string> = {};
  for (const g of given) {
    const known = all.find((f) => f.field === g.field);
    if (!known) throw new UsageError(t3(`${g.option}: «${g.field}» өрісі жоқ; барлық жолға бір мән мына өрістерге беріледі: ${names('kk')}`, `${g.option}: нет поля «${g.field}»; одно значение для всех строк задаётся полям: ${names('ru')}`, `${g.option}: there is no field «${g.field}»; one value for every row can be given to: ${names('en')}`));
    if (!fields.includes(known)) throw new UsageError(t3(`${g.option}: «${known.label.kk}» әр қызметшінің өзінікі (күн не иә/жоқ), барлық жолға бір мән берілмейді; беріледі: ${names('kk')}`, `${g.option}: «${known.label.ru}» у каждого служащего своё (дата или да/нет), одно значение для всех строк не задаётся; задаётся: ${names('ru')}`, `${g.option}: «${known.label.en}» is each servant's own (a date or a yes/no), not one value for every row; these are: ${names('en')}`));
    const value = g.value.trim();
    if (!value) throw new UsageError(t3(`${g.option}: «${known.label.kk}» мәні бос`, `${g.option}: значение «${known.label.ru}» пусто`, `${g.option}: the value of «${known.label.en}» is empty`));
    const before = values[known.field];
    if (before !== undefined && before !== value) throw new UsageError(t3(`${g.option}: «${known.label.kk}» екі рет берілді («${before}» және «${value}»)`, `${g.option}: «${known.label.ru}» задано дважды («${before}» и «${value}»)`, `${g.option}: «${known.label.en}» is given twice («${before}» and «${value}»)`));
    values[known.field] = value;
  }
  return values;
}

/** An argument as a shell reads it back whole: in double quotes, with what a shell would expand there escaped. */
const shellQuoted = (s: string): string => `"${s.replace(/["\\$`]/g, '\\$&')}"`;

/**
 * How to get past an import refused for a list with no column for a required field, one line a field: name the column
 * that holds it (`--map`, with a column of the list no field took as the example, if there is one), or, for a text
 * field, give every row one value (`--set`, and `--body` for the state body); a date or a yes/no is each servant's own.
 */
export function missingColumnHint(fields: readonly { field: string; label: Text3; everyRow: boolean }[], unmatched: readonly string[], L: Lang, above: readonly string[] = []): string {
  const column = unmatched.map((c) => c.trim()).find((c) => c !== '');
  const value = { kk: 'МӘН', ru: 'ЗНАЧЕНИЕ', en: 'VALUE' }[L];
  return fields
    .map((f) => {
      const map = `--map ${shellQuoted(`${column ?? { kk: 'БАҒАН', ru: 'СТОЛБЕЦ', en: 'COLUMN' }[L]}=${f.field}`)}`;
      const named = column !== undefined
        ? { kk: `оны қамтитын бағанды атаңыз, мысалы ${map}`, ru: `назовите столбец, где оно есть, например ${map}`, en: `name the column that holds it, e.g. ${map}` }[L]
        : { kk: `оны қамтитын бағанды атаңыз: ${map}`, ru: `назовите столбец, где оно есть: ${map}`, en: `name the column that holds it: ${map}` }[L];
      const set = [...(f.field === 'body' ? [`--body ${shellQuoted(value)}`] : []), `--set ${shellQuoted(`${f.field}=${value}`)}`].join({ kk: ' не ', ru: ' или ', en: ' or ' }[L]);
      const every = f.everyRow ? { kk: `, не барлық жолға бір мән беріңіз: ${set}`, ru: `, или задайте одно значение для всех строк: ${set}`, en: `, or give every row one value: ${set}` }[L] : '';
      // the state body is mostly named above the header: those rows shown, for the officer to take the value from
      const seen = f.field === 'body' && above.length ? `\n    ${{ kk: 'тақырып жолының үстінде', ru: 'над строкой заголовков', en: 'above the header row' }[L]}: ${above.map((t) => `«${t}»`).join(', ')}` : '';
      return `  ${f.label[L]} [${f.field}]: ${named}${every}${seen}`;
    })
    .join('\n');
}

/** The folders `mkdirSync(dir, { recursive: true })` made, from `dir` up to the first it made, removed while empty (a refused import leaves nothing). */
function unmake(dir: string, first: string | undefined): void {
  if (first === undefined) return;
  for (let d = resolve(dir); ; d = dirname(d)) {
    try {
      rmdirSync(d);
    } catch {
      return;
    }
    if (d === resolve(first) || dirname(d) === d) return;
  }
}

export function register(program: Command): void {
  program
    .command('init')
    .addArgument(new Argument('[methodology]').choices(PACKS.map((p) => p.id)))
    .option('--servant <name>')
    .option('--period <period>')
    .option('-o, --out <path>')
    .option('--from <staffList>')
    .option('--methodology <id>')
    .option('--map <column=field...>')
    .option('--sheet <sheet>')
    .option('--body <text>')
    .option('--set <field=value...>')
    .addOption(langOption())
    .action(async (methodology: string | undefined, opts: InitOpts) => {
      const { newPackage, importStaff, MissingColumnError } = await import('../serve/api.js');
      const { parsePeriod, EVERY_ROW_FIELDS, STAFF_FIELDS } = await import('../serve/staff.js');
      const { HttpError } = await import('../serve/http.js');
      const { createCalendar } = await import('../law/calendar/index.js');
      const { Workspace, WorkspaceError } = await import('../serve/workspace.js');
      const fail = (e: unknown): never => {
        if (e instanceof MissingColumnError) throw new UsageError(`${e.text[opts.lang]}\n${missingColumnHint(e.fields, e.unmatched, opts.lang, e.above)}`);
        if (e instanceof HttpError || e instanceof WorkspaceError) throw new UsageError(e.text[opts.lang]);
        throw e;
      };
      if (!opts.from) {
        const alone = FROM_ONLY.find((o) => opts[o] !== undefined);
        if (alone) throw new UsageError(t3(`--${alone} тек --from штат кестесімен беріледі`, `--${alone} задаётся только с --from штатное расписание`, `--${alone} goes with --from a staff list only`));
      }
      if (opts.from) {
        const id = opts.methodology ?? methodology;
        if (!id) throw new UsageError(t3('--from үшін --methodology ID керек', 'для --from нужен --methodology ID', '--from needs --methodology ID'));
        if (!opts.period) throw new UsageError(t3('--from үшін --period керек (ЖЖЖЖ, ЖЖЖЖ-Qn не БАСЫ..СОҢЫ)', 'для --from нужен --period (ГГГГ, ГГГГ-Qn или С..ПО)', '--from needs --period (YYYY, YYYY-Qn or FROM..TO)'));
        if (opts.sheet !== undefined && !opts.sheet.trim()) throw new UsageError(t3('--sheet: парақтың атауын не нөмірін жазыңыз', '--sheet: укажите название или номер листа', '--sheet: write the name or the number of a sheet'));
        const values = everyRowValues(opts.set ?? [], opts.body, STAFF_FIELDS, EVERY_ROW_FIELDS);
        let bytes: Uint8Array;
        try {
          bytes = readFileSync(opts.from);
        } catch (e) {
          throw cannotRead(opts.from, e);
        }
        const map: Record<string, string> = {};
        for (const m of opts.map ?? []) {
          const i = m.lastIndexOf('=');
          if (i <= 0) throw new UsageError(t3(`--map «${m}»: БАҒАН=ӨРІС деп жазыңыз`, `--map «${m}»: пишите СТОЛБЕЦ=ПОЛЕ`, `--map «${m}»: write COLUMN=FIELD`));
          map[m.slice(0, i)] = m.slice(i + 1);
        }
        const outDir = opts.out ?? '.';
        let ws: InstanceType<typeof Workspace>;
        let made: string | undefined;
        try {
          made = mkdirSync(outDir, { recursive: true });
          ws = new Workspace(outDir);
        } catch (e) {
          throw cannotMakeFolder(outDir, e);
        }
        const r = await importStaff({ workspace: ws, calendar: createCalendar(), today: () => '' }, opts.from, bytes, {
          methodology: id, period: opts.period, outDir: '', map, values,
          ...(opts.sheet !== undefined ? { sheet: opts.sheet.trim() } : {}),
          // a folder that cannot be made (a file in its place, no right to write) is that row's problem, in words
          write: (rel, text) => {
            try {
              ws.write(rel, text, { overwrite: false });
            } catch (e) {
              if (e instanceof WorkspaceError) throw e;
              throw new WorkspaceError(500, cannotWrite(rel, e).text!);
            }
          },
        }).catch((e: unknown) => {
          // refused before a row was written (no sheet of that name, no column for a field): the folder made goes too
          unmake(outDir, made);
          return fail(e);
        });
        const L = opts.lang;
        if (r.sheet !== undefined) process.stderr.write(`${L === 'en' ? 'sheet' : L === 'ru' ? 'лист' : 'парақ'}: «${r.sheet}»${r.sheets && r.sheets.length > 1 ? ` (${L === 'en' ? 'sheets holding a list' : L === 'ru' ? 'листы со списком' : 'тізімі бар парақтар'}: ${r.sheets.map((n) => `«${n}»`).join(', ')})` : ''}\n`);
        // a list on each department's sheet: the sheets not read are said, with the option that reads each
        for (const other of (r.sheets ?? []).filter((n) => n !== r.sheet))
          process.stderr.write(`${L === 'en' ? `sheet «${other}» not read: import it with --sheet ${shellQuoted(other)}` : L === 'ru' ? `лист «${other}» не прочитан: импортируйте его с --sheet ${shellQuoted(other)}` : `«${other}» парағы оқылмады: оны --sheet ${shellQuoted(other)} арқылы жазыңыз`}\n`);
        if (r.codePage) process.stderr.write(`${L === 'en' ? 'CSV code page' : L === 'ru' ? 'кодировка CSV' : 'CSV кодталуы'}: ${r.codePage === 'kz-1048' ? 'KZ-1048' : 'windows-1251'}\n`);
        if (r.codePageNote) process.stderr.write(`${opts.from}: ${r.codePageNote[L]}\n`);
        if (r.headerRow !== 1) process.stderr.write(`${L === 'en' ? 'header row' : L === 'ru' ? 'строка заголовков' : 'тақырып жолы'}: ${r.headerRow}\n`);
        const everyRow = L === 'en' ? 'for every row' : L === 'ru' ? 'для каждой строки' : 'әр жолға';
        // a value given for every row where the list has a column: the column's values are the servants' own, as in the import
        const source = (m: (typeof r.mapping)[number]) => (m.column !== null ? `← «${m.column}»` : values[m.field] !== undefined ? `= «${values[m.field]}» (${everyRow})` : '← —');
        process.stderr.write(`${L === 'en' ? 'columns' : L === 'ru' ? 'столбцы' : 'бағандар'}:\n${r.mapping.map((m) => `  ${m.label[L]} [${m.field}] ${source(m)}`).join('\n')}\n`);
        for (const m of r.mapping.filter((x) => x.column !== null && values[x.field] !== undefined))
          process.stderr.write(`${L === 'en' ? `«${values[m.field]}» not used: the list has a column «${m.column}» for ${m.field}` : L === 'ru' ? `«${values[m.field]}» не использовано: для ${m.field} в списке есть столбец «${m.column}»` : `«${values[m.field]}» қолданылмады: тізімде ${m.field} үшін «${m.column}» бағаны бар`}\n`);
        if (r.unmatched.length) process.stderr.write(`${L === 'en' ? 'not used' : L === 'ru' ? 'не использованы' : 'қолданылмады'}: ${r.unmatched.map((c) => `«${c}»`).join(', ')}\n`);
        for (const t of r.totals) process.stderr.write(`${opts.from}: ${L === 'en' ? 'row' : L === 'ru' ? 'строка' : 'жол'} ${t.rowNo}: «${t.name}» — ${L === 'en' ? 'a total row, not a servant' : L === 'ru' ? 'строка итога, не служащий' : 'жиын жолы, қызметші емес'}\n`);
        for (const w of r.written) process.stdout.write(`${resolve(ws.root, w.path)}\n`);
        // written otherwise than the list spells it (a category code as the act prints it): said, by row
        for (const w of r.written) for (const n of w.notes ?? []) process.stderr.write(`${opts.from}: ${L === 'en' ? 'row' : L === 'ru' ? 'строка' : 'жол'} ${w.rowNo}: ${n[L]}\n`);
        for (const b of r.rejected) process.stderr.write(`${opts.from}: ${L === 'en' ? 'row' : L === 'ru' ? 'строка' : 'жол'} ${b.rowNo}: ${b.problems.map((p) => p[L]).join('; ')}\n`);
        if (r.rejected.length) process.exitCode = 1;
        return;
      }
      if (!methodology) throw new UsageError(t3('әдістемені атаңыз (тізімі: bagalau methodologies) не --from staff.xlsx беріңіз', 'укажите методику (список: bagalau methodologies) или --from staff.xlsx', 'name a methodology (bagalau methodologies lists them), or use --from staff.xlsx'));
      let period;
      if (opts.period) {
        period = parsePeriod(opts.period);
        if (!period) throw new UsageError(t3(`--period «${opts.period}»: ЖЖЖЖ, ЖЖЖЖ-Qn не БАСЫ..СОҢЫ`, `--period «${opts.period}»: ГГГГ, ГГГГ-Qn или С..ПО`, `--period «${opts.period}»: YYYY, YYYY-Qn or FROM..TO`));
      }
      let made;
      try {
        made = newPackage(methodology, { ...(opts.servant ? { servant: { fullName: opts.servant } } : {}), ...(period ? { period } : {}) }, { allForms: true });
      } catch (e) {
        fail(e);
        return;
      }
      const out = resolve(opts.out ?? `${methodology}.yaml`);
      if (existsSync(out)) throw new UsageError(t3(`${out} бар: қайта жазылмады (басқа --out таңдаңыз)`, `${out} уже есть: не перезаписан (выберите другой --out)`, `${out} exists: not overwritten (choose another --out)`));
      try {
        mkdirSync(dirname(out), { recursive: true });
      } catch (e) {
        throw cannotMakeFolder(dirname(out), e);
      }
      try {
        writeAtomic(out, new TextEncoder().encode(made.yaml));
      } catch (e) {
        throw cannotWrite(out, e);
      }
      process.stdout.write(`${out}\n`);
    });
}
