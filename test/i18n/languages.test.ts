/**
 * Every word in the user's language: each command's output over the samples, in kk, ru and en, line by
 * line, through the script-and-dictionary check of purity.ts (quoted act text, data values, ids and
 * paths left out). Fails on a line of one language with words of another, and on «(s)» plurals.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Lang } from '../../src/law/finding.js';
import { checkLine, type Problem } from './purity.js';

const CLI = 'dist/src/cli/main.js';
const TODAY = '2026-12-04';

const run = (args: string[]): Promise<string> =>
  new Promise((resolve) => {
    const p = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, LANG: 'C', LC_ALL: '' } });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (out += d));
    p.on('close', () => resolve(out));
  });

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
  dir('samples');
  // longest first, so that a name is removed before a part of it
  return new Set([...out].filter((s) => s.length >= 4).sort((a, b) => b.length - a.length));
}

const drafts = readdirSync('samples/drafts').filter((f) => f.endsWith('.md')).map((f) => `samples/drafts/${f}`);

const COMMANDS = (lang: Lang): string[][] => [
  ['check', 'samples', '--today', TODAY, '--lang', lang],
  ['check', 'samples', '--summary', '--today', TODAY, '--lang', lang],
  ['check', 'samples/mic-2018/valid.yaml', '--today', '2026/12/04', '--lang', lang],
  ['check', '--formt', 'json', 'samples', '--lang', lang],
  ['check', '--format', 'jsn', 'samples', '--lang', lang],
  ['chek', 'samples', '--lang', lang],
  ['methodologies', '--lang', lang],
  ['explain', 'mic-2018/familiarisation', '--lang', lang],
  ['calendar', '2026', '--lang', lang],
  ['calendar', '--day', '2026-03-21', '--lang', lang],
  ['calendar', '--add', '2026-03-19', '5', '--lang', lang],
  ['draft', 'check', ...drafts, '--date', TODAY, '--lang', lang],
];

describe('every word in the user language', () => {
  const data = dataStrings();

  it('the purity check itself tells languages apart', () => {
    expect(checkLine('Итого: 3 файла, 1 ошибка', 'ru', data)).toBeUndefined();
    expect(checkLine('Ознакомление (chair: against)', 'ru', data)?.why).toMatch(/Latin/);
    expect(checkLine('Комиссия төрағасы қол қойды', 'ru', data)?.why).toMatch(/Kazakh letters/);
    expect(checkLine('Қызметші нәтижелермен таныстырылады: срок истёк', 'kk', data)?.why).toMatch(/Russian/);
    expect(checkLine('Бағалау жүргізілді (missing)', 'kk', data)?.why).toMatch(/Latin/);
    expect(checkLine('The servant was familiarised: срок', 'en', data)?.why).toMatch(/Cyrillic/);
    expect(checkLine('2 working day(s) late', 'en', data)?.why).toMatch(/\(s\)/);
    expect(checkLine('The result «тиімді» is not among the grades', 'en', data)).toBeUndefined();
  });

  for (const lang of ['kk', 'ru', 'en'] as const) {
    it(`${lang}: every command's output over the samples`, async () => {
      const problems: Array<Problem & { cmd: string }> = [];
      const cmds = COMMANDS(lang);
      const outs = await Promise.all(cmds.map(run));
      // commander's usage errors come in the user's language too
      expect(outs[cmds.findIndex((c) => c[1] === '--formt')]).toMatch({ kk: /белгісіз параметр/, ru: /неизвестный параметр/, en: /unknown option/ }[lang]);
      cmds.forEach((cmd, i) => {
        for (const line of outs[i]!.split('\n')) {
          const p = checkLine(line, lang, data);
          if (p) problems.push({ ...p, cmd: cmd.slice(0, 2).join(' ') });
        }
      });
      const seen = new Set<string>();
      const report = problems.filter((p) => !seen.has(p.why) && seen.add(p.why)).map((p) => `${p.cmd}: ${p.why}\n    ${p.line.trim().slice(0, 200)}`);
      expect(report).toEqual([]);
    });
  }
});
