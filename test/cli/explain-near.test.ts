/** The ids near a mistyped name (src/cli/explain-near.ts) and the params a rule rests on (src/cli/explain-data.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../src/acts/index.js';
import { editDistance, nearIds } from '../../src/cli/explain-near.js';
import { ruleData } from '../../src/cli/explain-data.js';

const IDS = ['mic-2018', 'asa-b-model', 'asa-a-corps', 'mic-2018/familiarisation', 'sjc-apparatus/familiarisation', 'mic-2018/plan-deadline', 'schema'];

describe('nearIds', () => {
  it('counts a swap of two neighbours as one edit', () => {
    expect(editDistance('asa-b-modle', 'asa-b-model')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'ab')).toBe(2);
  });

  it('finds a whole id a few edits away, a letter typed on the Cyrillic layout too', () => {
    expect(nearIds('asa-b-modle', IDS)[0]).toBe('asa-b-model');
    expect(nearIds('mіc-2018/plan-deadline', IDS)).toEqual(['mic-2018/plan-deadline']);
  });

  it('finds a rule by its name after the pack, in every pack', () => {
    expect(nearIds('familiarisaton', IDS)).toEqual(['mic-2018/familiarisation', 'sjc-apparatus/familiarisation']);
  });

  it('gives ids that contain the name, after the near ones', () => {
    expect(nearIds('deadline', IDS)).toEqual(['mic-2018/plan-deadline']);
  });

  it('gives nothing for a name far from every id', () => {
    expect(nearIds('zzzz-qqqq', IDS)).toEqual([]);
    expect(nearIds('', IDS)).toEqual([]);
    expect(nearIds('asa', IDS).length).toBeLessThanOrEqual(5);
  });
});

describe('ruleData', () => {
  const mic = PACKS.find((p) => p.id === 'mic-2018')!;
  const rule = (id: string) => mic.rules.find((r) => r.id === id)!;

  it('names the family file for a shared value and the pack file for its own', () => {
    expect(ruleData(mic, rule('mic-2018/kpi-count')).params).toEqual([{ key: 'kpiCount', file: 'src/acts/b-corps-2018/params.json', clause: 'cl. 14' }]);
    expect(ruleData(mic, rule('mic-2018/familiarisation')).params.map((p) => p.file)).toEqual(['src/acts/mic-2018/params.json']);
  });

  it('of two entries with the same words keeps the one named as the rule', () => {
    expect(ruleData(mic, rule('mic-2018/plan-approved')).params.map((p) => p.key)).toEqual(['planApproved']);
  });

  it('every rule of every pack rests on at least one params entry, in a file that has it', () => {
    const files = new Map<string, object>();
    const has = (file: string, key: string) => {
      if (!files.has(file)) files.set(file, JSON.parse(readFileSync(file, 'utf8')) as object);
      return Object.hasOwn(files.get(file)!, key);
    };
    for (const p of PACKS) {
      for (const r of p.rules) {
        const { params } = ruleData(p, r);
        expect(params.length, r.id).toBeGreaterThan(0);
        for (const e of params) expect(has(e.file, e.key), `${r.id}: ${e.key} in ${e.file}`).toBe(true);
      }
    }
  });

  it('passes the pointers the kind declares', () => {
    const r = rule('mic-2018/plan-approver');
    expect(ruleData(mic, r).reads).toEqual(r.reads);
  });
});
