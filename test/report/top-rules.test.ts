/**
 * The rules broken most often, as a legal department hands the summary on: each rule by its title, clause and how
 * widely it was broken — findings, files, servants — and no message of one servant's file (evaluation results are
 * confidential, act 002 cl. 14): the HTML report's table and the text `--summary`, in kk/ru/en.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/report/html.js';
import { citeText, count, WORDS } from '../../src/report/i18n.js';
import { ruleInfo } from '../../src/report/rule-info.js';
import type { ResultEntry } from '../../src/report/summary.js';
import { formatTextSummary } from '../../src/report/text.js';
import { tempDir } from '../temp.js';

const CLI = 'dist/src/cli/main.js';
const LANGS = ['kk', 'ru', 'en'] as const;
const dir = tempDir('bagalau-top-rules-');
const VALID = readFileSync('samples/mic-2018/valid-session-inline.yaml', 'utf8');
const servant = (id: string, name: string) => VALID.replace(/^( {2}id: ).*$/m, `$1${id}`).replace(/^( {2}fullName: ).*$/m, `$1${name}`);
// two servants the protocol has no row of, the first in two files (a copy left beside it): 3 findings, 3 files, 2 servants
const NAMES = ['Басқа Қызметші', 'Үшінші Қызметші'];
writeFileSync(join(dir, 'a.yaml'), servant('MIC-A', NAMES[0]!));
writeFileSync(join(dir, 'a-copy.yaml'), servant('MIC-A', NAMES[0]!));
writeFileSync(join(dir, 'b.yaml'), servant('MIC-B', NAMES[1]!));
const RULE = 'mic-2018/protocol-row';

let results: ResultEntry[];
beforeAll(() => {
  const r = spawnSync(process.execPath, [CLI, 'check', dir, '--format', 'json', '--today', '2026-12-04'], { encoding: 'utf8' });
  results = JSON.parse(r.stdout).results;
  // the rule's message names the servant: the summary must not carry it
  for (const lang of LANGS) expect(results.flatMap((x) => x.findings).filter((f) => f.ruleId === RULE).map((f) => f.message[lang]).join(' ')).toContain(NAMES[0]);
});

const cell = (s: string) => s.replace(/<br>/g, ' ').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/\s+/g, ' ').trim();

describe('the rules broken most often', () => {
  for (const lang of LANGS)
    it(`HTML: a rule's row gives its title, clause and counts of findings, files and servants, and names no servant (${lang})`, () => {
      const w = WORDS[lang];
      const html = formatHtml(results, lang, { today: '2026-12-04' });
      const table = html.slice(html.indexOf('<table id="rules">'), html.indexOf('</table>', html.indexOf('<table id="rules">')));
      const heads = [...table.matchAll(/<th[^>]*>(.*?)<\/th>/g)].map((m) => cell(m[1]!));
      expect(heads).toEqual([w.breaches, w.rule, w.severity, w.clause, w.files, w.servants]);
      const rows = [...table.matchAll(/<tr>(.*?)<\/tr>/g)].slice(1).map((m) => [...m[1]!.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((c) => cell(c[1]!)));
      const row = rows.find((r) => r[1]!.endsWith(RULE))!;
      const cite = results.flatMap((x) => x.findings).find((f) => f.ruleId === RULE)!.cite!;
      expect(row).toEqual(['3', `${ruleInfo(RULE)!.title[lang]} ${RULE}`, expect.any(String), citeText(cite, lang), '3', '2']);
      for (const name of NAMES) expect(table).not.toContain(name);
      // each servant's findings, below, still name them
      for (const name of NAMES) expect(html.slice(html.indexOf('</table>', html.indexOf('<table id="rules">')))).toContain(name);
    });

  for (const lang of LANGS)
    it(`text --summary: a rule's line gives its title, id and how many files and servants broke it (${lang})`, () => {
      const text = formatTextSummary(results, lang, 10, (id) => ruleInfo(id)?.title);
      const line = text.split('\n').find((l) => l.includes(`[${RULE}]`))!;
      expect(line).toMatch(/^ {2}3 {2}/);
      expect(line).toContain(`${ruleInfo(RULE)!.title[lang]}  [${RULE}]  (${count(3, 'file', lang)}, ${count(2, 'servant', lang)})`);
      for (const name of NAMES) expect(text).not.toContain(name);
    });
});
