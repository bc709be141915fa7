/**
 * almaty-maslikhat-2018 App. 4 (act 001: the behavioural-indicator catalogue, marked «Нысан»): the template is
 * generated from the pack's catalogue; this test keeps the two equal and checks the words against the act.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/acts/almaty-maslikhat-2018/catalogue.js';
import { loadTemplateSet } from '../../src/cli/render.js';
import { actText, squeeze, TEMPLATES } from './templates-forms.helpers.js';

const ID = 'almaty-maslikhat-2018';
const ACT = squeeze(actText('001_ff9ff2505105f243.txt'));

function templateRows(source: string): string[][] {
  return source.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| :') && !l.startsWith('| Құзыреттер атауы'))
    .map((l) => l.slice(2, -2).split(/(?<!\\) \| /).map((c) => c.replace(/\\(.)/g, '$1')));
}

describe('almaty-maslikhat-2018: App. 4 template and the pack\'s catalogue', () => {
  const source = loadTemplateSet(TEMPLATES, ID).read('behaviouralIndicators.md.hbs');

  it('caption, «Нысан», title and column headers are the act\'s', () => {
    for (const p of ['әдістемесіне 4-қосымша', 'Нысан Құзыреттердің мінез-құлық индикаторлары', 'Мемлекеттік әкімшілік лауазымдар санаты', 'Тиімді мінез-құлық индикаторлары', 'Тиімсіз мінез-құлық индикаторлары']) {
      expect(ACT, p).toContain(squeeze(p));
    }
    expect(source).toContain('| Құзыреттер атауы | Мемлекеттік әкімшілік лауазымдар санаты | Тиімді мінез-құлық индикаторлары | Тиімсіз мінез-құлық индикаторлары |');
  });

  it('every competency × group row holds exactly the catalogue\'s indicators, in order (the catalogue\'s own tests hold it to the act)', () => {
    const rows = templateRows(source);
    expect(rows.length).toBe(CATALOGUE.competencies.length * CATALOGUE.groups.length);
    let i = 0;
    for (const c of CATALOGUE.competencies) {
      for (const [gi, g] of CATALOGUE.groups.entries()) {
        const [name, cats, eff, ineff] = rows[i++] ?? [];
        expect(name).toBe(gi === 0 ? c.name : '');
        expect(cats).toBe(g.printed);
        expect(eff?.split('<br>')).toEqual(c.cells[g.id]?.effective);
        expect(ineff?.split('<br>')).toEqual(c.cells[g.id]?.ineffective);
      }
    }
  });

  it('the comparison can fail: one indicator changed is found (breaking case)', () => {
    const rows = templateRows(source.replace('Стратегиялық бағыттарға сәйкес нақты міндеттер қояды', 'Стратегиялық бағыттарға сәйкес міндеттер қояды'));
    expect(rows[0]?.[2]?.split('<br>')).not.toEqual(CATALOGUE.competencies[0]?.cells['D-1']?.effective);
  });
});
