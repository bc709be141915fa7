/**
 * The audit of a large batch as a legal department prints it for the head of the body — eight bodies of five units,
 * a warning in every unit, findings in session files of long names — made by the report functions themselves (no
 * CLI, one browser for the file): the HTML printed on A4 (what each page says, what stands out of its cell or the
 * page) and the XLSX's page setup and headings read back with exceljs.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding, Lang } from '../../src/law/finding.js';
import { packById } from '../../src/acts/index.js';
import { actText } from '../../src/law/cite-text.js';
import { formatHtml } from '../../src/report/html.js';
import { WORDS } from '../../src/report/i18n.js';
import { HEADINGS } from '../../src/report/rows.js';
import type { ResultEntry } from '../../src/report/summary.js';
import { formatXlsx } from '../../src/report/xlsx.js';
import { hasChromium } from '../browser.js';
import { browserSession } from '../browser-session.js';
import { requireTools } from '../render/tools.js';
import { tempDir } from '../temp.js';

const LANGS = ['kk', 'ru', 'en'] as const;
const TODAY = '2026-12-04';
const dir = tempDir('bagalau-audit-print-');
/** A4 less the report's 12 mm side margins (@page), in CSS pixels: the width a printed page lays out in. */
const PRINT_WIDTH = Math.floor(((210 - 24) / 25.4) * 96);
const squeeze = (s: string) => s.replace(/\s+/g, '');

const BODIES = ['Ақмола облысы әкімінің аппараты', 'Алматы қаласы мәслихатының аппараты', 'Астана қаласы Есіл ауданы әкімінің аппараты', 'Қарағанды облысының білім басқармасы', 'Қызылорда облыстық мәслихатының аппараты', 'Шымкент қаласының денсаулық сақтау басқармасы', 'Қазақстан Республикасы Қаржы министрлігі', 'Қазақстан Республикасы Жоғары Сот Кеңесінің аппараты'];
const UNITS = ['Жер қатынастары бөлімі', 'Қаржы бөлімі', 'Құқықтық қамтамасыз ету бөлімі', 'Мемлекеттік тіл және ақпарат кеңістігін дамыту департаменті', 'Ұйымдастыру-бақылау бөлімі'];

const late: Finding = {
  ruleId: 'mic-2018/plan-deadline',
  severity: 'error',
  message: {
    kk: 'ЖМК жеке жұмыс жоспарында кезең басынан бастап 10 жұмыс күні ішінде айқындалады: мерзімі 15.01.2025, іс жүзінде 30.01.2025 — 11 жұмыс күні кешікті',
    ru: 'ЦИ определяются в индивидуальном плане в течение 10 рабочих дней с начала периода: срок 15.01.2025, фактически 30.01.2025 — опоздание 11 раб. дн.',
    en: 'KPIs are set in the individual plan within 10 working days of the period start: deadline 2025-01-15, happened 2025-01-30 — 11 working days late',
  },
  path: '/forms/workPlan/supervisorSignature/date',
  place: { line: 27, column: 92 },
  cite: { act: 'mic-2018', clause: 'cl. 9', wording: '2018-03-26' },
  facts: { deadline: '2025-01-15', happened: '2025-01-30', workingDaysLate: 11 },
};
const warning: Finding = {
  ruleId: 'sjc-apparatus/kpi-grade-band',
  severity: 'warning',
  message: { kk: 'ЖМК бағасы 3-қосымшада рұқсат етілген аралықта емес', ru: 'Оценка ЦИ вне диапазона, допустимого прил. 3 для процента исполнения', en: 'The KPI grade is outside the band App. 3 allows for the percentage done' },
  path: '/forms/kpiSheet/kpis/1/grade',
  place: { line: 40, column: 7 },
  cite: { act: 'sjc-apparatus', clause: 'cl. 27 pt. 3', wording: '2023-03-14' },
};
/** A finding in a session file whose name has no hyphen or space to break it at. */
const inSession = (unit: number): Finding => ({
  ruleId: 'almaty-maslikhat-2018/commission-size',
  severity: 'error',
  message: { kk: 'Комиссия мүшелері кемінде 5: 4 мүше', ru: 'Членов комиссии не менее 5: 4 члена', en: 'At least 5 commission members: 4' },
  path: '/date',
  file: `/home/kadr/аудит/${BODIES[0]}/sessions/комиссияотырысыныңхаттамасы2022жылғықаңтар${unit}.yaml`,
  place: { line: 3, column: 7 },
  cite: { act: 'almaty-maslikhat-2018', clause: 'cl. 5', wording: '2018-04-17' },
});

/** Two packages a unit: one late and warned, one with a finding in its session file; one of them saved twice; a file not read. */
const PACKAGES: ResultEntry[] = BODIES.flatMap((body, b) =>
  UNITS.flatMap((unit, u) =>
    [0, 1].map((k) => ({
      file: `/home/kadr/аудит/${body}/${unit}/Бағалау ${b}-${u}-${k}.yaml`,
      methodology: 'mic-2018',
      wording: '2018-03-26',
      servant: { id: `S-${b}${u}${k}`, fullName: `Қызметші ${b}-${u}-${k}`, position: 'бас маман', category: 'С-4', unit, body },
      period: { from: '2025-01-01', to: '2025-12-31' },
      findings: k === 0 ? [late, warning] : [inSession(u)],
    })),
  ),
);
const EMPTY: ResultEntry = { file: '/home/kadr/аудит/бос.yaml', findings: [{ ruleId: 'input', severity: 'error', message: { kk: 'Файл бос', ru: 'Файл пуст', en: 'The file is empty' }, path: '' }] };
const RESULTS: ResultEntry[] = [...PACKAGES, { ...PACKAGES[0]!, file: PACKAGES[0]!.file.replace('.yaml', ' (2).yaml') }, EMPTY];

const html = (lang: Lang) => join(dir, `audit-${lang}.html`);

/** The acts the findings cite, by id, and the act each id names as its text gives it. */
const CITED = [...new Set(RESULTS.flatMap((r) => r.findings.flatMap((f) => (f.cite ? [f.cite.act] : []))))].sort();
const named = (id: string, lang: Lang) => {
  const act = packById(id)!.act;
  return [act.title[lang], actText(act, lang), act.registration!.number];
};

describe.skipIf(!hasChromium())('the HTML audit of forty units, printed on A4', () => {
  const web = browserSession(() => 'file:', { strict: true });
  beforeAll(() => {
    for (const lang of LANGS) writeFileSync(html(lang), formatHtml(RESULTS, lang, { today: TODAY, inputs: ['/home/kadr/аудит'] }));
  });

  it('a chart taller than a page starts under its caption and breaks between bars, each bar whole on one page', async () => {
    requireTools(['pdftotext']);
    const { p, ctx } = await web.open({ width: 1200, height: 900 });
    await p.goto(pathToFileURL(html('ru')).href);
    const caption = await p.$eval('#chart-units figcaption', (c) => c.textContent!);
    // each bar's label as printed, line by line
    const labels = await p.$$eval('#chart-units svg text:first-of-type', (ts) => ts.map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent!)));
    expect(labels.length).toBe(BODIES.length * UNITS.length);
    const pdf = join(dir, 'audit-ru.pdf');
    writeFileSync(pdf, await p.pdf({ format: 'A4', preferCSSPageSize: true }));
    await ctx.close();
    const pages = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).stdout.split('\f').map(squeeze);
    const onPage = (lines: string[]) => pages.findIndex((t) => lines.every((l) => t.includes(squeeze(l))));
    const at = labels.map(onPage);
    // every bar's lines on one page (a bar cut at a page's foot has its lines on two)
    expect(at.filter((i) => i < 0)).toEqual([]);
    expect(new Set(at).size).toBeGreaterThan(1);
    // the caption on the page of the first bar, not alone on a page of its own
    expect(pages.findIndex((t) => t.includes(squeeze(caption)))).toBe(at[0]);
  });

  for (const lang of LANGS)
    it(`printed, nothing stands out of its cell or past the page's right edge (${lang})`, async () => {
      const { p, ctx } = await web.open({ width: PRINT_WIDTH, height: 1000 });
      await p.emulateMedia({ media: 'print' });
      await p.goto(pathToFileURL(html(lang)).href);
      // a severity wider than its column («предупреждение» over the message), a path with nowhere to break
      const over = await p.$$eval('td, th', (cs) => cs.filter((c) => c.scrollWidth > c.clientWidth).map((c) => `${c.className} «${c.textContent}» ${c.scrollWidth}/${c.clientWidth}px`));
      expect([...new Set(over)]).toEqual([]);
      expect(await p.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth)).toBeLessThanOrEqual(PRINT_WIDTH);
      expect(await p.$$eval('td.sev-warning', (ts) => ts.length)).toBeGreaterThan(0);
      await ctx.close();
    });

  for (const lang of LANGS)
    it(`each act cited, by id, with its title, kind, number, day and registration, and the wordings cited (${lang})`, async () => {
      const { p, ctx } = await web.open();
      await p.goto(pathToFileURL(html(lang)).href);
      expect(await p.$eval('#acts', (h) => h.textContent)).toBe(WORDS[lang].actsCited);
      const rows = await p.$$eval('#acts-cited tbody tr', (trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent!)));
      expect(rows.map((r) => r[0])).toEqual(CITED);
      for (const [id, act, wordings] of rows) {
        for (const part of named(id!, lang)) expect(act, id).toContain(part);
        const days = new Set(RESULTS.flatMap((r) => r.findings.flatMap((f) => (f.cite && f.cite.act === id ? [f.cite.wording] : []))));
        expect(wordings!.split(', ').length, id).toBe(days.size);
      }
      // in the reader's language only
      if (lang === 'en') expect(rows.flat().join(' ')).not.toMatch(/[а-яё]/i);
      // after the rules broken most often, before the servants' findings
      const order = await p.$$eval('h2', (hs) => hs.map((h) => h.id));
      expect(order.indexOf('acts')).toBe(order.length - 2);
      await ctx.close();
    });
});

describe('the XLSX audit, printed', () => {
  const books = new Map<Lang, ExcelJS.Workbook>();
  beforeAll(async () => {
    for (const lang of LANGS) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await formatXlsx(RESULTS, lang, { today: TODAY })) as unknown as ArrayBuffer);
      books.set(lang, wb);
    }
  });

  for (const lang of LANGS)
    it(`every sheet prints on A4 across, one page wide, its heading row atop every page: the Findings' eighteen columns too (${lang})`, () => {
      const wb = books.get(lang)!;
      const w = WORDS[lang];
      expect(wb.worksheets.map((ws) => ws.name)).toEqual([w.summary, w.unread, w.topRules, w.actsSheet, w.findings, w.repeatsSheet]);
      const fs = wb.getWorksheet(w.findings)!;
      expect(fs.getRow(1).cellCount).toBe(18);
      expect(fs.getRow(1).getCell(1).value).toBe(HEADINGS[lang].body);
      for (const ws of wb.worksheets) {
        const setup = ws.pageSetup;
        expect([ws.name, setup.paperSize, setup.orientation, setup.fitToPage, setup.fitToWidth, setup.fitToHeight, setup.printTitlesRow]).toEqual([ws.name, 9, 'landscape', true, 1, 0, '1:1']);
        // and still filtered
        expect(ws.autoFilter, ws.name).toBeTruthy();
      }
    });

  for (const lang of LANGS)
    it(`the Findings rows are in the Summary's order: by body, unit and servant, the files not read last (${lang})`, () => {
      const w = WORDS[lang];
      const fs = books.get(lang)!.getWorksheet(w.findings)!;
      const rows = fs.getRows(2, fs.rowCount - 1)!.map((r) => [String(r.getCell(1).value), String(r.getCell(2).value), String(r.getCell(3).value)] as const);
      const packages = rows.filter(([body]) => body !== w.unread);
      expect(rows.slice(packages.length).every(([body]) => body === w.unread)).toBe(true);
      const keys = packages.map((r) => r.join('\u0000'));
      const sorted = [...packages].sort((a, b) => a[0].localeCompare(b[0], lang) || a[1].localeCompare(b[1], lang) || a[2].localeCompare(b[2], lang)).map((r) => r.join('\u0000'));
      expect(keys).toEqual(sorted);
    });

  for (const lang of LANGS)
    it(`the acts cited are on a sheet of their own, by id, with their title, kind, number, day and registration (${lang})`, () => {
      const ws = books.get(lang)!.getWorksheet(WORDS[lang].actsSheet)!;
      const rows = Array.from(ws.getSheetValues(), (r) => (Array.isArray(r) ? r.slice(1).map((v) => (v === undefined || v === null ? '' : String(v))) : []));
      expect(rows[1]).toEqual([WORDS[lang].methodology, WORDS[lang].act, WORDS[lang].wordings]);
      const acts = rows.slice(2, 2 + CITED.length);
      expect(acts.map((r) => r[0])).toEqual(CITED);
      for (const r of acts) for (const part of named(r[0]!, lang)) expect(r[1], r[0]).toContain(part);
      // then the note saying what the wordings are
      expect(rows[2 + CITED.length]![0]).toBe(WORDS[lang].actsNote);
    });

  for (const lang of LANGS)
    it(`the Summary's blocks of bodies and of totals each head their numbers with the count columns' names, as row 1 does (${lang})`, () => {
      const w = WORDS[lang];
      const sum = books.get(lang)!.worksheets[0]!;
      const heads = [w.files, w.clean, w.errors, w.warnings, w.overdue];
      expect([3, 4, 5, 6, 7].map((c) => sum.getRow(1).getCell(c).value)).toEqual(heads);
      for (const label of [w.byBody, w.counted]) {
        const row = sum.getRows(1, sum.rowCount)!.find((r) => r.getCell(1).value === label)!;
        expect([3, 4, 5, 6, 7].map((c) => row.getCell(c).value), label).toEqual(heads);
        // and the next row is the block's first line of numbers
        expect(typeof sum.getRow(row.number + 1).getCell(3).value, label).toBe('number');
      }
    });

  it("the Repeats sheet's paths stand a space away from the period's end, a date on the right of its cell", () => {
    const rs = books.get('ru')!.getWorksheet(WORDS.ru.repeatsSheet)!;
    const heads: unknown[] = [];
    rs.getRow(1).eachCell((cell, c) => (heads[c] = cell.value));
    const [to, file] = [WORDS.ru.periodTo, WORDS.ru.file].map((h) => heads.indexOf(h));
    expect(file).toBe(to! + 1);
    for (const row of rs.getRows(2, rs.rowCount - 1)!) {
      expect(row.getCell(to!).value).toBeInstanceOf(Date);
      expect(row.getCell(file!).alignment?.indent, String(row.getCell(file!).value)).toBeGreaterThanOrEqual(1);
    }
  });

  for (const lang of LANGS)
    it(`every word of a sheet's headings fits its column, none broken in the middle (${lang})`, () => {
      const cut: string[] = [];
      for (const ws of books.get(lang)!.worksheets)
        ws.getRow(1).eachCell((cell, c) => {
          const width = ws.getColumn(c).width ?? 9;
          // bold characters are ~1.15 of the width unit: LibreOffice broke «Категория» (10.4) in a column of 10, not
          // «Опоздание,» (11.5) in one of 12
          for (const word of String(cell.value).split(/\s+/)) if (word.length * 1.15 > width) cut.push(`${ws.name}: «${word}» in ${width}`);
        });
      expect(cut).toEqual([]);
    });
});
