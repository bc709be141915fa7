/**
 * A package of a period before its act took effect (`outside-validity`): no wording of the act was in force for it,
 * and every report says so where it names the wording a file was checked under — the text report's file line, the
 * HTML report's line under the servant, the XLSX and CSV wording column — instead of naming the earliest wording held
 * (which read as if it had been in force). A package of a period in force keeps its wording's date.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../../src/report/audit.js';
import { formatCsv } from '../../src/report/csv.js';
import { formatHtml } from '../../src/report/html.js';
import { WORDS, wordingNotInForceText, wordingText } from '../../src/report/i18n.js';
import { COLUMNS, HEADINGS } from '../../src/report/rows.js';
import type { ResultEntry } from '../../src/report/summary.js';
import { formatTextEntry } from '../../src/report/text.js';
import { formatXlsx } from '../../src/report/xlsx.js';
import { tempDir } from '../temp.js';

const CLI = 'dist/src/cli/main.js';
const LANGS = ['kk', 'ru', 'en'] as const;
const dir = tempDir('bagalau-outside-validity-');
// the session inline: no file to refer to
const VALID = readFileSync('samples/mic-2018/valid-session-inline.yaml', 'utf8');
// mic-2018 took effect on 14.04.2018: a 2017 evaluation has no wording in force
writeFileSync(join(dir, 'early.yaml'), VALID.replace(/^period: .*$/m, 'period: { from: 2017-01-01, to: 2017-12-31 }'));
// a servant the protocol has no row of: a finding citing the wording in force
writeFileSync(join(dir, 'late.yaml'), VALID.replace(/^( {2}id: ).*$/m, '$1MIC-LATE').replace(/^( {2}fullName: ).*$/m, '$1Басқа Қызметші'));

let results: ResultEntry[];
const EARLY = join(dir, 'early.yaml');
const LATE = join(dir, 'late.yaml');
beforeAll(() => {
  const r = spawnSync(process.execPath, [CLI, 'check', dir, '--format', 'json', '--today', '2026-12-04'], { encoding: 'utf8' });
  results = JSON.parse(r.stdout).results;
  expect(results.find((x) => x.file === EARLY)!.findings.map((f) => f.ruleId)).toContain('outside-validity');
  expect(results.find((x) => x.file === LATE)!.findings.map((f) => f.ruleId)).not.toContain('outside-validity');
});

const HELD = '2018-03-26';

describe('a package of a period before its act took effect', () => {
  for (const lang of LANGS)
    it(`text and HTML: its line says no wording was in force, not the earliest held; a package in force names its wording (${lang})`, () => {
      const w = WORDS[lang];
      const early = results.find((x) => x.file === EARLY)!;
      const late = results.find((x) => x.file === LATE)!;
      const line = (r: ResultEntry) => formatTextEntry(r, lang).split('\n')[0]!;
      expect(line(early)).toContain(`mic-2018  ${w.noWording}`);
      expect(line(early)).not.toContain(wordingText(HELD, lang));
      expect(line(late)).toContain(wordingText(HELD, lang));
      const html = formatHtml(results, lang, { today: '2026-12-04' });
      const meta = (file: string) => [...html.matchAll(/<p class="meta">(.*?)<\/p>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '')).find((t) => t.includes(file))!;
      expect(meta(EARLY)).toContain(w.noWording);
      expect(meta(EARLY)).not.toContain(wordingText(HELD, lang));
      expect(meta(LATE)).toContain(wordingText(HELD, lang));
    });

  for (const lang of LANGS)
    it(`text and HTML: each finding's clause says the wording it was read from was not in force for the period; outside-validity's own names none (${lang})`, () => {
      const early = results.find((x) => x.file === EARLY)!;
      const late = results.find((x) => x.file === LATE)!;
      const notInForce = (f: ResultEntry['findings'][number]) => wordingNotInForceText(f.cite!.wording, lang);
      const cited = early.findings.filter((f) => f.cite && f.ruleId !== 'outside-validity');
      const validity = early.findings.find((f) => f.ruleId === 'outside-validity')!;
      expect(cited.length).toBeGreaterThan(0);
      // text: the clause line under each finding
      const blocks = formatTextEntry(early, lang).split(/\n(?= {2}\S)/).slice(1);
      const block = (id: string) => blocks.find((b) => b.includes(`[${id}]`))!;
      for (const f of cited) {
        expect(block(f.ruleId), f.ruleId).toContain(notInForce(f));
        expect(block(f.ruleId), f.ruleId).not.toContain(`(${wordingText(f.cite!.wording, lang)})`);
      }
      expect(block('outside-validity')).toContain(`${validity.cite!.act}, `);
      expect(block('outside-validity')).not.toContain(wordingText(validity.cite!.wording, lang).replace(/^.*(\d{4}-\d\d-\d\d|\d\d\.\d\d\.\d{4}).*$/, '$1'));
      // a package in force: its wording, as before
      for (const f of late.findings.filter((x) => x.cite)) expect(formatTextEntry(late, lang)).toContain(`(${wordingText(f.cite!.wording, lang)})`);
      expect(formatTextEntry(late, lang)).not.toContain(notInForce(late.findings.find((x) => x.cite)!));
      // HTML: the clause cell of each finding of the early file, by its row's message
      const html = formatHtml(results, lang, { today: '2026-12-04' });
      const section = (file: string) => html.split('<section class="servant">').find((s) => s.includes(`<code>${file}</code>`))!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
      const flat = (s: string) => s.replace(/\s+/g, ' ');
      for (const f of cited) expect(section(EARLY)).toContain(flat(notInForce(f)));
      expect(section(EARLY).split(flat(notInForce(cited[0]!))).length - 1).toBe(cited.length);
      expect(section(LATE)).not.toContain(flat(notInForce(late.findings.find((x) => x.cite)!)));
    });

  it('XLSX and CSV: its rows say no wording was in force in the wording column; a package in force has its wording date', async () => {
    for (const lang of LANGS) {
      const w = WORDS[lang];
      const rows = parseCsv(formatCsv(results, lang).replace(/^\uFEFF/, '')) as string[][];
      const at = (k: (typeof COLUMNS)[number]) => COLUMNS.indexOf(k);
      const cited = (file: string) => rows.filter((r) => r[at('file')] === file && r[at('act')] !== '').map((r) => r[at('wording')]);
      expect(cited(EARLY).length, lang).toBeGreaterThan(1);
      expect(new Set(cited(EARLY)), lang).toEqual(new Set([w.noWording]));
      expect(new Set(cited(LATE)), lang).toEqual(new Set([HELD]));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await formatXlsx(results, lang)) as unknown as ArrayBuffer);
      const fs = wb.getWorksheet(w.findings)!;
      const col = (k: (typeof COLUMNS)[number]) => (fs.getRow(1).values as unknown[]).indexOf(HEADINGS[lang][k]);
      const cells = (file: string) => fs.getRows(2, fs.rowCount - 1)!.filter((r) => r.getCell(col('file')).value === file && r.getCell(col('act')).value !== '').map((r) => r.getCell(col('wording')));
      expect(cells(EARLY).map((c) => c.value), lang).toEqual(cited(EARLY));
      // wrapped within its column, as the other texts are
      for (const c of cells(EARLY)) expect(c.alignment?.wrapText, lang).toBe(true);
      for (const c of cells(LATE)) expect((c.value as Date).toISOString().slice(0, 10), lang).toBe(HELD);
    }
  });
});

describe('the rules broken most often cite a package in force where there is one', () => {
  it('a rule broken in a package before the act and in one in force takes the citation of the one in force, whichever comes first', () => {
    const late = results.find((x) => x.file === LATE)!;
    const early = results.find((x) => x.file === EARLY)!;
    const f = late.findings.find((x) => x.cite?.wording)!;
    expect(f).toBeDefined();
    // the same rule in the early package, read from a wording marked apart so that the row shows whose citation it took
    const earlyToo: ResultEntry = { ...early, findings: [...early.findings, { ...f, cite: { ...f.cite!, wording: '2000-01-01' } }] };
    for (const order of [[earlyToo, late], [late, earlyToo]]) {
      const row = audit(order).rules.find((r) => r.ruleId === f.ruleId)!;
      expect(row.cite?.wording).toBe(f.cite!.wording);
      expect(row.files).toBe(2);
    }
    // only packages before the act: their citation is all there is
    expect(audit([earlyToo]).rules.find((r) => r.ruleId === f.ruleId)!.cite?.wording).toBe('2000-01-01');
  });
});
