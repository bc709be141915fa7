/**
 * `bagalau explain` as a user runs it (the built CLI): a rule names the params file and entries its values are in
 * and the package fields it reads; a methodology's name lists its rules; a mistyped name gets the ids near it.
 * In Kazakh and Russian, each line in that language only (test/i18n/purity.ts).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../src/acts/index.js';
import { clauseText } from '../../src/law/cite-text.js';
import { checkLine } from '../i18n/purity.js';

const CLI = 'dist/src/cli/main.js';
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, 'explain', ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'Asia/Almaty' } });
const pack = (id: string) => PACKS.find((p) => p.id === id)!;
const inFile = (file: string, key: string) => Object.hasOwn(JSON.parse(readFileSync(file, 'utf8')) as object, key);

describe('explain <rule>: where its values are written and what it reads', () => {
  it('a mic-2018 rule of the 2018 family names b-corps-2018/params.json, one of its own names mic-2018/params.json (kk)', () => {
    const shared = run('mic-2018/kpi-count', '--lang', 'kk');
    expect(shared.status).toBe(0);
    expect(shared.stdout).toContain('мәндері мен сөздері: src/acts/b-corps-2018/params.json: kpiCount');
    expect(inFile('src/acts/b-corps-2018/params.json', 'kpiCount')).toBe(true);
    const own = run('mic-2018/familiarisation', '--lang', 'kk').stdout;
    expect(own).toContain('мәндері мен сөздері: src/acts/mic-2018/params.json: familiariseWorkingDays');
    expect(own).not.toContain('b-corps-2018');
    expect(inFile('src/acts/mic-2018/params.json', 'familiariseWorkingDays')).toBe(true);
  });

  it('two entries with the same words: the rule names the one of its own name (ru)', () => {
    const approver = run('mic-2018/plan-approver', '--lang', 'ru').stdout;
    expect(approver).toContain('значения и слова: src/acts/b-corps-2018/params.json: planApprover\n');
    const approved = run('mic-2018/plan-approved', '--lang', 'ru').stdout;
    expect(approved).toContain('значения и слова: src/acts/b-corps-2018/params.json: planApproved\n');
  });

  it('lists the package fields the rule reads, each with its place as the forms caption it (ru, kk)', () => {
    const ru = run('mic-2018/plan-approver', '--lang', 'ru').stdout;
    expect(ru).toContain('  читает из пакета:\n');
    expect(ru).toContain('    /forms/workPlan/approvedBy/name  «Индивидуальный план работы');
    expect(ru).toMatch(/\/servant\/superiorManager {2}«оцениваемый служащий» › «вышестоящий руководитель»/);
    expect(ru).not.toContain('читает из заседания');
    const kk = run('asa-b-model/calibration-majority', '--lang', 'kk').stdout;
    expect(kk).toContain('  отырыстан оқиды:\n');
    expect(kk).toMatch(/\/decisions\/\*\/votes\/\*\/vote {2}«.+» › «дауыс беру» › «дауыс»/);
    expect(kk).not.toContain('пакеттен оқиды');
  });

  it('--format json carries the params entries with their files and the pointers read', () => {
    const info = JSON.parse(run('mic-2018/plan-approver', '--format', 'json').stdout);
    expect(info.params).toEqual([{ key: 'planApprover', file: 'src/acts/b-corps-2018/params.json', clause: 'cl. 10' }]);
    expect(info.reads).toEqual(expect.arrayContaining(['/forms/workPlan/approvedBy/name', '/servant/superiorManager']));
    expect(info.sessionReads).toEqual([]);
    const asa = JSON.parse(run('asa-b-model/calibration-majority', '--format', 'json').stdout);
    expect(asa.params.map((p: { file: string }) => p.file)).toEqual(['src/acts/asa-b-model/params.json']);
    expect(asa.sessionReads).toContain('/decisions/*/decision');
  });
});

describe('explain <methodology>: its rules', () => {
  for (const lang of ['kk', 'ru'] as const) {
    it(`lists every rule of asa-b-model with its clause and title (${lang})`, () => {
      const r = run('asa-b-model', '--lang', lang);
      expect(r.status, r.stderr).toBe(0);
      const p = pack('asa-b-model');
      const lines = r.stdout.split('\n');
      for (const rule of p.rules) {
        const line = lines.find((l) => l.trimStart().startsWith(`${rule.id} `));
        expect(line, rule.id).toBeDefined();
        expect(line).toContain(clauseText(rule.clause, lang));
        expect(line!.endsWith(rule.title[lang]), line).toBe(true);
      }
      expect(r.stdout).toContain(`(${p.rules.length}):`);
      expect(r.stdout).not.toContain('mic-2018/');
      for (const l of lines) expect(checkLine(l, lang, new Set())).toBeUndefined();
    });
  }

  it('--format json lists the pack and its rule ids, titles in three languages', () => {
    const out = JSON.parse(run('asa-b-model', '--format', 'json').stdout);
    expect(out.methodology).toBe('asa-b-model');
    expect(out.rules.map((r: { ruleId: string }) => r.ruleId)).toEqual(pack('asa-b-model').rules.map((r) => r.id));
    expect(out.rules[0].title).toEqual(pack('asa-b-model').rules[0]!.title);
  });
});

describe('explain <mistyped>: the ids near it', () => {
  it('a pack name one letter off (kk, ru)', () => {
    const kk = run('asa-b-modl', '--lang', 'kk');
    expect(kk.status).toBe(2);
    expect(kk.stderr).toContain('белгісіз ереже не әдістеме «asa-b-modl»; мүмкін, «asa-b-model»?');
    expect(run('asa-b-modl', '--lang', 'ru').stderr).toContain('неизвестное правило или методика «asa-b-modl»; возможно, «asa-b-model»?');
  });

  it('a rule name without its pack, mistyped, is found in every pack that has it', () => {
    const r = run('familiarisaton', '--lang', 'ru');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('«mic-2018/familiarisation»');
    expect(r.stderr).toContain('«almaty-maslikhat-2018/familiarisation»');
  });

  it('a name near nothing gets no suggestion, and no stack trace', () => {
    const r = run('zzzz-qqqq', '--lang', 'kk');
    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain('мүмкін');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('the lines are in the language asked (kk, ru)', () => {
    for (const lang of ['kk', 'ru'] as const) {
      for (const args of [['mic-2018/plan-approver'], ['asa-b-model/calibration-majority'], ['asa-b-modl']]) {
        const r = run(...args, '--lang', lang);
        for (const l of (r.stdout + r.stderr).split('\n')) expect(checkLine(l.replace(/^bagalau: /, ''), lang, new Set()), l).toBeUndefined();
      }
    }
  });
});
