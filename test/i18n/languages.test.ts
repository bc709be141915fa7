/**
 * Every word in the user's language: each command's output over the samples, in kk, ru and en, line by
 * line, through the script-and-dictionary check of purity.ts (quoted act text, data values, ids and
 * paths left out). Fails on a line of one language with words of another, and on «(s)» plurals.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Lang } from '../../src/law/finding.js';
import { checkLine, type Problem } from './purity.js';
import { samplesWithCases } from '../../src/package/cases.js';
import { tempDir } from '../temp.js';
import { explain } from '../../src/cli/explain.js';
import { PACKS } from '../../src/acts/index.js';

const CLI = 'dist/src/cli/main.js';
const TODAY = '2026-12-04';
/** The samples with the package of every case (test/cases/), as a folder. */
const SAMPLES = samplesWithCases(tempDir('bagalau-samples-'));

/** A command's stdout and stderr; `until` ends a long-running one (serve) once its output matches. */
const run = (args: string[], until?: RegExp): Promise<string> =>
  new Promise((resolve) => {
    const p = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, LANG: 'C', LC_ALL: '' } });
    let out = '';
    // decoded as a stream: a letter split between two chunks must not become two U+FFFD
    p.stdout.setEncoding('utf8');
    p.stderr.setEncoding('utf8');
    const take = (d: string) => {
      out += d;
      if (until?.test(out)) p.kill();
    };
    p.stdout.on('data', take);
    p.stderr.on('data', take);
    p.on('close', () => resolve(out));
  });

/** The words a reader sees in a report that is not plain text: tags and markup removed, one line per cell or message. */
function humanText(cmd: string[], out: string): string {
  const format = cmd[cmd.indexOf('--format') + 1];
  const untag = (s: string) => s.replace(/<style>[^]*?<\/style>/g, '').replace(/<[^>]+>/g, '\n').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  // the charts' labels are units and rule ids, cut to fit (data, not words); a servant's line joins data with «·»
  if (format === 'html') return untag(out.replace(/<svg[^]*?<\/svg>/g, '')).replace(/ · /g, '\n');
  if (format === 'junit') return untag(out);
  if (format === 'csv') return (parseCsv(out.replace(/^\uFEFF/, '')) as string[][]).flat().join('\n');
  if (format === 'sarif' || cmd.includes('--json')) {
    const texts: string[] = [];
    const walk = (v: unknown, key: string): void => {
      if (typeof v === 'string' && ['text', 'message', 'why', 'title'].includes(key)) texts.push(v);
      else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'messages' && k !== 'properties') walk(x, k);
    };
    try {
      walk(JSON.parse(out.slice(out.indexOf('{'))), '');
    } catch {
      return out;
    }
    return `${texts.join('\n')}\n${out.slice(0, out.indexOf('{'))}`;
  }
  return out;
}

let tmp = '';

/** Every string value in the sample packages and sessions: names, units, positions, KPI titles. */
function dataStrings(): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.add(v.trim());
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  const dir = (d: string): void => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) dir(p);
      else if (/\.(ya?ml|json)$/.test(e) && !/\.expect\./.test(e)) {
        try {
          walk(parse(readFileSync(p, 'utf8')));
        } catch {
          /* a fixture that is broken on purpose */
        }
      }
    }
  };
  dir(SAMPLES);
  // longest first, so that a name is removed before a part of it
  return new Set([...out].filter((s) => s.length >= 4).sort((a, b) => b.length - a.length));
}

const drafts = readdirSync('samples/drafts').filter((f) => f.endsWith('.md')).map((f) => `samples/drafts/${f}`);

/** Every command, in its usual forms and its error paths. Paths under tmp are written by the commands. */
const COMMANDS = (lang: Lang): string[][] => [
  ['check', SAMPLES, '--today', TODAY, '--lang', lang],
  ['check', SAMPLES, '--summary', '--today', TODAY, '--lang', lang],
  // the other formats over two methodologies (their words are the same for all: the text check above saw every message)
  ...['html', 'csv', 'junit', 'sarif'].map((f) => ['check', join(SAMPLES, 'mic-2018'), join(SAMPLES, 'asa-b-model'), '--quiet', '--format', f, '--today', TODAY, '--lang', lang]),
  ['check', 'samples/mic-2018/valid.yaml', '--today', '2026/12/04', '--lang', lang],
  ['check', 'samples/no-such-file.yaml', '--lang', lang],
  ['check', `${tmp}/broken.yaml`, `${tmp}/unknown-methodology.yaml`, `${tmp}/package.json`, '--today', TODAY, '--lang', lang],
  ['check', '--formt', 'json', 'samples', '--lang', lang],
  ['check', '--format', 'jsn', 'samples', '--lang', lang],
  ['check', '--lang', lang],
  ['chek', 'samples', '--lang', lang],
  ['--help', '--lang', lang],
  ['check', '--help', '--lang', lang],
  ['render', '--help', '--lang', lang],
  ['draft', 'check', '--help', '--lang', lang],
  ['methodologies', '--lang', lang],
  ['explain', 'mic-2018/familiarisation', '--lang', lang],
  ['explain', 'asa-b-model', '--lang', lang], // a pack's rule list (every pack's, in process, below)
  ['explain', 'wording-not-held', '--lang', lang],
  ['explain', 'mic-2018/familiarisaton', '--lang', lang],
  ['calendar', '2026', '--lang', lang],
  ['calendar', '--day', '2026-03-21', '--lang', lang],
  ['calendar', '--add', '2026-03-19', '5', '--lang', lang],
  ['calendar', '--day', '2026-13-01', '--lang', lang],
  ['calendar', '--add', '9999-12-01', '100', '--lang', lang],
  ['render', 'samples/mic-2018/valid.yaml', `${tmp}/invalid.yaml`, `${tmp}/broken.yaml`, '--format', 'docx', '--notes', '--out', `${tmp}/render-${lang}`, '--lang', lang],
  ['render', 'samples/asa-b-model/valid.yaml', '--format', 'docx', '--json', '--out', `${tmp}/render-json-${lang}`, '--lang', lang],
  ['render', '--blank', 'mic-2018', 'all', '--format', 'docx', '--out', `${tmp}/blank-${lang}`, '--lang', lang],
  ['render', '--blank', 'mic-2019', '--format', 'docx', '--out', `${tmp}/blank-${lang}`, '--lang', lang],
  ['render', '--format', 'docx', '--out', `${tmp}/none-${lang}`, '--lang', lang],
  ['draft', 'check', ...drafts, '--date', TODAY, '--lang', lang],
  ['draft', 'check', 'samples/drafts/no-such.md', '--date', TODAY, '--lang', lang],
  ['draft', 'import', 'samples/drafts/published/002_aa478879640c4786.txt', '-o', `${tmp}/imported-${lang}.md`, '--lang', lang],
  ['draft', 'import', 'samples/drafts/no-such.txt', '--lang', lang],
  ['draft', 'render', 'samples/drafts/ok.md', '--format', 'docx', '--out', `${tmp}/draft-${lang}`, '--lang', lang],
  ['templates', 'check', '--lang', lang],
  ['init', 'mic-2018', '--servant', 'Асанов Асан', '--period', '2026', '-o', `${tmp}/init-${lang}.yaml`, '--lang', lang],
  ['init', 'mic-2018', '-o', `${tmp}/init-${lang}.yaml`, '--lang', lang],
  ['init', 'mic-2018', '--period', '2026-Q5', '-o', `${tmp}/init-bad-${lang}.yaml`, '--lang', lang],
  ['init', '--lang', lang],
  ['init', '--from', `${tmp}/staff.csv`, '--methodology', 'mic-2018', '--period', '2026', '-o', `${tmp}/staff-${lang}`, '--lang', lang],
  ['init', '--from', `${tmp}/staff.csv`, '--lang', lang],
  ['serve', '--port', '0', '--dir', `${tmp}/ws-${lang}`, '--lang', lang],
  ['serve', '--port', 'eighty', '--lang', lang],
];

describe('every word in the user language', () => {
  const data = dataStrings();
  beforeAll(() => {
    tmp = tempDir('bagalau-lang-');
    writeFileSync(join(tmp, 'broken.yaml'), 'methodology: mic-2018\nperiod: [\n');
    writeFileSync(join(tmp, 'unknown-methodology.yaml'), 'methodology: mic-2019\nperiod: { from: 2025-01-01, to: 2025-12-31 }\n');
    writeFileSync(join(tmp, 'package.json'), '{"name": "x"}\n');
    writeFileSync(join(tmp, 'invalid.yaml'), readFileSync('samples/mic-2018/valid.yaml', 'utf8').replace('result: тиімді', 'result: тиiмдi'));
    writeFileSync(join(tmp, 'staff.csv'), 'Т.А.Ә.,Лауазымы,Санаты,Мемлекеттік орган,Тағайындалған күні\nАсанов Асан Асанұлы,бас маман,С-О-4,Ақпарат министрлігі,2024-01-10\n,сарапшы,С-О-5,Ақпарат министрлігі,жоқ\n');
  });

  it('the purity check itself tells languages apart', () => {
    expect(checkLine('Итого: 3 файла, 1 ошибка', 'ru', data)).toBeUndefined();
    expect(checkLine('Ознакомление (chair: against)', 'ru', data)?.why).toMatch(/Latin/);
    expect(checkLine('Комиссия төрағасы қол қойды', 'ru', data)?.why).toMatch(/Kazakh letters/);
    expect(checkLine('Қызметші нәтижелермен таныстырылады: срок истёк', 'kk', data)?.why).toMatch(/Russian/);
    expect(checkLine('Бағалау жүргізілді (missing)', 'kk', data)?.why).toMatch(/Latin/);
    expect(checkLine('The servant was familiarised: срок', 'en', data)?.why).toMatch(/Cyrillic/);
    expect(checkLine('2 working day(s) late', 'en', data)?.why).toMatch(/\(s\)/);
    expect(checkLine('The result «тиімді» is not among the grades', 'en', data)).toBeUndefined();
    // identifiers are not words: a command in the help's list, file names, a path with Cyrillic letters
    expect(checkLine('  check [параметрлер] <жолдар...>  пакеттерді тексеру (.docx, bagalau.config.yaml)', 'kk', data)).toBeUndefined();
    expect(checkLine('/tmp/staff/002-Асанов-Асан.yaml', 'en', data)).toBeUndefined();
    // but the same English word inside Kazakh prose is caught
    expect(checkLine('пакетті check етіңіз', 'kk', data)?.why).toMatch(/Latin/);
    // the entries explain names after a data file are its keys; the same word elsewhere is caught
    expect(checkLine('  значения и слова: src/acts/asa-b-model/params.json: average, bands', 'ru', data)).toBeUndefined();
    expect(checkLine('  значения и слова: average', 'ru', data)?.why).toMatch(/Latin/);
  });

  for (const lang of ['kk', 'ru', 'en'] as const) {
    it(`${lang}: «bagalau explain <pack>», the rule list of every pack, and «explain <rule>» of each of its rules`, () => {
      const problems: string[] = [];
      const names = PACKS.flatMap((p) => [p.id, ...p.rules.map((r) => r.id)]);
      for (const name of names)
        for (const line of explain(name, 'text', lang).split('\n')) {
          const p = checkLine(line, lang, data);
          if (p) problems.push(`${name}: ${p.why}\n    ${p.line.trim().slice(0, 200)}`);
        }
      expect(problems).toEqual([]);
      expect(names.length).toBeGreaterThan(200);
    });

    it(`${lang}: every command's output over the samples`, async () => {
      const problems: Array<Problem & { cmd: string }> = [];
      const cmds = COMMANDS(lang);
      const outs: string[] = [];
      for (let i = 0; i < cmds.length; i += 4) outs.push(...(await Promise.all(cmds.slice(i, i + 4).map((c) => run(c, c[0] === 'serve' ? /\n/ : undefined)))));
      // commander's usage errors come in the user's language too
      expect(outs[cmds.findIndex((c) => c[1] === '--formt')]).toMatch({ kk: /белгісіз параметр/, ru: /неизвестный параметр/, en: /unknown option/ }[lang]);
      cmds.forEach((cmd, i) => {
        for (const line of humanText(cmd, outs[i]!).split('\n')) {
          const p = checkLine(line, lang, data);
          if (p) problems.push({ ...p, cmd: cmd.slice(0, 3).join(' ').replace(tmp, '…') });
        }
      });
      const seen = new Set<string>();
      const report = problems.filter((p) => !seen.has(p.why) && seen.add(p.why)).map((p) => `${p.cmd}: ${p.why}\n    ${p.line.trim().slice(0, 200)}`);
      expect(report).toEqual([]);
      // each command said something: a silent command would pass the check without being checked
      // (draft import -o writes the Markdown and says nothing, as cp would)
      cmds.forEach((cmd, i) => (cmd[1] === 'import' && cmd.includes('-o')) || expect(outs[i]!.trim(), cmd.join(' ')).not.toBe(''));
    }, 600_000);
  }
});
