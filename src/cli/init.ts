/**
 * `bagalau init <methodology> [--servant NAME] [--period P] [-o FILE]`: one annotated package skeleton with every
 * required field; `bagalau init --from staff.xlsx|staff.csv --methodology ID --period P [--out DIR] [--map COL=FIELD…]`:
 * one package per row of a staff list. Existing files are never overwritten; bad rows are named by number and
 * the good rows are still written.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Argument, Command } from 'commander';
import { PACKS } from '../acts/index.js';
import { t3, type Lang } from '../law/finding.js';
import { langOption } from './options.js';
import { cannotMakeFolder, cannotRead, cannotWrite } from './output.js';
import { writeAtomic } from './render.js';
import { UsageError } from './usage-error.js';

interface InitOpts { servant?: string; period?: string; out?: string; from?: string; methodology?: string; map?: string[]; lang: Lang }

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
    .addOption(langOption())
    .action(async (methodology: string | undefined, opts: InitOpts) => {
      const { newPackage, importStaff } = await import('../serve/api.js');
      const { parsePeriod } = await import('../serve/staff.js');
      const { HttpError } = await import('../serve/http.js');
      const { createCalendar } = await import('../law/calendar/index.js');
      const { Workspace, WorkspaceError } = await import('../serve/workspace.js');
      const fail = (e: unknown): never => {
        if (e instanceof HttpError || e instanceof WorkspaceError) throw new UsageError(e.text[opts.lang]);
        throw e;
      };
      if (opts.from) {
        const id = opts.methodology ?? methodology;
        if (!id) throw new UsageError(t3('--from үшін --methodology ID керек', 'для --from нужен --methodology ID', '--from needs --methodology ID'));
        if (!opts.period) throw new UsageError(t3('--from үшін --period керек (ЖЖЖЖ, ЖЖЖЖ-Qn не БАСЫ..СОҢЫ)', 'для --from нужен --period (ГГГГ, ГГГГ-Qn или С..ПО)', '--from needs --period (YYYY, YYYY-Qn or FROM..TO)'));
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
        let ws: InstanceType<typeof Workspace>;
        try {
          ws = new Workspace(opts.out ?? '.');
        } catch (e) {
          throw cannotMakeFolder(opts.out ?? '.', e);
        }
        const r = await importStaff({ workspace: ws, calendar: createCalendar(), today: () => '' }, opts.from, bytes, {
          methodology: id, period: opts.period, outDir: '', map,
          // a folder that cannot be made (a file in its place, no right to write) is that row's problem, in words
          write: (rel, text) => {
            try {
              ws.write(rel, text, { overwrite: false });
            } catch (e) {
              if (e instanceof WorkspaceError) throw e;
              throw new WorkspaceError(500, cannotWrite(rel, e).text!);
            }
          },
        }).catch(fail);
        const L = opts.lang;
        if (r.headerRow !== 1) process.stderr.write(`${L === 'en' ? 'header row' : L === 'ru' ? 'строка заголовков' : 'тақырып жолы'}: ${r.headerRow}\n`);
        process.stderr.write(`${L === 'en' ? 'columns' : L === 'ru' ? 'столбцы' : 'бағандар'}:\n${r.mapping.map((m) => `  ${m.label[L]} [${m.field}] ← ${m.column === null ? '—' : `«${m.column}»`}`).join('\n')}\n`);
        if (r.unmatched.length) process.stderr.write(`${L === 'en' ? 'not used' : L === 'ru' ? 'не использованы' : 'қолданылмады'}: ${r.unmatched.map((c) => `«${c}»`).join(', ')}\n`);
        for (const w of r.written) process.stdout.write(`${resolve(ws.root, w.path)}\n`);
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
