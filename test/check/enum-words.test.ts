/**
 * A wrong value of an enum whose values are codes (a session member's role, the ballot, a vote; an event's type) is
 * answered with the allowed values as the user reads them, in the output language, the code the file holds beside
 * each: «председатель» (chair). The words are the one table's (src/rules/session-words.ts; the pack's event types),
 * read here from there, not retyped. An enum of the act's own Kazakh words keeps its values as they are (glossed in
 * ru and en by the reports). Seen by `bagalau check` (text and JSON) and by the page's engine.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import '../../src/acts/index.js'; // every pack, loaded
import { loadedPack } from '../../src/acts/registry.js';
import { SESSION_WORDS } from '../../src/rules/session-words.js';
import { check } from '../../src/index.js';
import { enumWords } from '../../src/check/enum-words.js';
import type { Finding, Lang } from '../../src/law/finding.js';
import { messageText } from '../../src/report/i18n.js';
import { checkPackage, checkSession } from '../../src/serve/page-engine.js';
import { tempDir } from '../temp.js';

const CLI = 'dist/src/cli/main.js';
const VALID = readFileSync('samples/mic-2018/valid.yaml', 'utf8');
const SESSION = readFileSync('samples/mic-2018/sessions/commission-2026-01.yaml', 'utf8');
const BOSS = SESSION.replace('role: secretary', 'role: boss');
const ROLE_PATH = '/members/6/role';

/** The allowed roles as the message must say them in `lang`: the table's words, the code beside where it differs. */
const rolesSaid = (lang: Lang): string =>
  Object.entries(SESSION_WORDS.role)
    .map(([code, w]) => (w[lang] === code ? `«${code}»` : `«${w[lang]}» (${code})`))
    .join(', ');
const EXPECTED: Record<Lang, string> = {
  kk: `мәні мыналардың бірі болуы тиіс: ${rolesSaid('kk')} — файлға жақшадағы код жазылады; берілгені: «boss»`,
  ru: `значение должно быть одним из: ${rolesSaid('ru')} — в файл пишется код в скобках; указано: «boss»`,
  en: `value must be one of: ${rolesSaid('en')} — the file holds the code in brackets; found: «boss»`,
};

describe('the words of a code enum', () => {
  it('the expectation is written out once, so that a change of the table cannot pass unseen', () => {
    expect(EXPECTED.ru).toContain('«председатель» (chair), «заместитель председателя» (deputy-chair), «член» (member), «секретарь» (secretary)');
    expect(EXPECTED.kk).toContain('«төраға» (chair), «төрағаның орынбасары» (deputy-chair), «мүше» (member), «хатшы» (secretary)');
    expect(EXPECTED.en).toContain('«chair», «deputy chair» (deputy-chair), «member», «secretary»');
  });

  it("an enum is matched to a table by all its values: the session tables, the pack's events; none for Kazakh words or a partial match", () => {
    const pack = loadedPack('mic-2018')!;
    expect(enumWords(['open', 'secret'])?.('secret')).toEqual(SESSION_WORDS.voting.secret);
    expect(enumWords(['for', 'against', 'abstain'])?.('abstain')?.ru).toBe('воздержался');
    expect(enumWords(['chair', 'boss'])).toBeUndefined();
    expect(enumWords(['тиімді', 'өте жақсы'], pack)).toBeUndefined();
    expect(enumWords(['notice', 'familiarised'], pack)?.('notice')).toEqual(pack.events.find((e) => e.type === 'notice')!.label);
    expect(enumWords(['notice', 'familiarised'])).toBeUndefined();
    expect(enumWords([])).toBeUndefined();
  });
});

describe('bagalau check: a session file with role «boss»', () => {
  const dir = tempDir('bagalau-enumwords-');
  mkdirSync(join(dir, 'sessions'));
  writeFileSync(join(dir, 'p.yaml'), VALID);
  writeFileSync(join(dir, 'sessions', 'commission-2026-01.yaml'), BOSS);
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [CLI, 'check', join(dir, 'p.yaml'), ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' } });

  for (const lang of ['kk', 'ru', 'en'] as const) {
    it(`text in ${lang}: the roles by their words, the code beside`, () => {
      const r = run('--lang', lang);
      expect(r.stderr).toBe('');
      const line = r.stdout.split('\n').find((l) => l.includes('«boss»'));
      expect(line, r.stdout).toBeDefined();
      expect(line).toContain(`sessions/commission-2026-01.yaml:14:`);
      expect(line).toContain(EXPECTED[lang]);
      expect(line).not.toContain('«chair», «deputy-chair»');
    });
  }

  it("JSON: the finding's message in the three languages", () => {
    const out = JSON.parse(run('--format', 'json').stdout) as { results: Array<{ findings: Finding[] }> };
    const f = out.results.flatMap((r) => r.findings).find((x) => x.path === ROLE_PATH && x.ruleId === 'schema');
    expect(f).toBeDefined();
    for (const lang of ['kk', 'ru', 'en'] as const) expect(f!.message[lang]).toMatch(new RegExp(`: ${EXPECTED[lang].replace(/[()]/g, '\\$&')}$`));
  });
});

describe("the page's engine: the same finding", () => {
  it('the package checked with its session file', () => {
    const r = checkPackage(undefined, 'ws/p.yaml', '2026-11-22', new Map([['ws/sessions/commission-2026-01.yaml', BOSS]]), VALID);
    const f = r.findings.find((x) => x.path === ROLE_PATH);
    expect(f?.file).toBe('ws/sessions/commission-2026-01.yaml');
    for (const lang of ['kk', 'ru', 'en'] as const) expect(messageText(f!, lang).endsWith(EXPECTED[lang])).toBe(true);
  });

  it("the session form's own findings", () => {
    const f = checkSession(parse(BOSS), 'ws/sessions/commission-2026-01.yaml', 'mic-2018').find((x) => x.path === ROLE_PATH);
    for (const lang of ['kk', 'ru', 'en'] as const) expect(f?.message[lang].endsWith(EXPECTED[lang])).toBe(true);
  });
});

describe('other enums keep their message', () => {
  it("the act's own Kazakh values stay as the file holds them, glossed in ru", () => {
    const f = check(VALID.replace('result: тиімді', 'result: жақсы'), { today: '2026-11-22', file: 'samples/mic-2018/p.yaml' }).findings.find((x) => x.path === '/forms/kpiSheet/result')!;
    expect(messageText(f, 'ru')).toMatch(/: значение должно быть одним из значений акта: «қанағаттанарлықсыз» \(неудовлетворительно\), «қанағаттанарлық» \(удовлетворительно\), «тиімді» \(эффективно\), «өте жақсы» \(отлично\); указано: «жақсы»$/);
  });

  it("an event's type by the pack's words for it", () => {
    const f = check(VALID.replace('type: notice,', 'type: notise,'), { today: '2026-11-22', file: 'samples/mic-2018/p.yaml' }).findings.find((x) => x.path === '/events/0/type')!;
    expect(f.message.ru).toContain('«уведомление о проведении оценки» (notice), ');
    expect(f.message.kk).toContain('«бағалау жүргізу туралы хабарлама» (notice), ');
    expect(f.message.ru).toMatch(/— в файл пишется код в скобках; указано: «notise»$/);
  });
});
