/**
 * kyzylorda-maslikhat-2018 template (act 003: the 2021 App. 4 catalogue): blank and with a package, in our PDF and in
 * LibreOffice's reading of our DOCX, it prints the act's caption, title and column headers, every competency name,
 * and the servant line from the package. The template is generated from the pack's catalogue; this test keeps the
 * two equal, so a correction made in one place and not the other fails here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { CATALOGUE } from '../../src/acts/kyzylorda-maslikhat-2018/catalogue.js';
import { loadTemplateSet } from '../../src/cli/render.js';
import { actText, readPdf, renderSet, squeeze, TEMPLATES } from './templates-forms.helpers.js';
import type { RenderedSet } from './templates-forms.helpers.js';

const ID = 'kyzylorda-maslikhat-2018';
const ACT = squeeze(actText('003_9e3c672faa21bf14.txt'));
const VALID = 'samples/kyzylorda-maslikhat-2018/valid.yaml';

const PHRASES = [
  '"Қызылорда облыстық мәслихатының аппараты" мемлекеттік мекемесінің "Б" корпусы мемлекеттік әкімшілік қызметшілерінің қызметін бағалаудың әдістемесіне 4-қосымша',
  'Құзыреттердің мінез-құлық индикаторлары',
  'Құзыреттер атауы',
  'Мемлекеттік әкімшілік лауазымдар санаты',
  'Тиімді мінез-құлық индикаторлары',
  'Тиімсіз мінез-құлық индикаторлары',
  '* осы бағанның жоғары тұрған қатарында көрсетілген тұлғалардан басқа',
];
/** Competency names as the act prints them: the first in lower case, the pack's catalogue writes all in capitals. */
const NAMES = CATALOGUE.competencies.map((c) => (c.name === 'ҚЫЗМЕТТІК БАСҚАРУ' ? 'қызметтік басқару' : c.name));

let set: RenderedSet;
beforeAll(async () => {
  set = await renderSet(ID, [VALID]);
}, 300_000);

/** The template's table cells, unescaped: [name, categories, effective, ineffective] per row. */
function templateRows(): string[][] {
  const src = loadTemplateSet(TEMPLATES, ID).read('behaviouralIndicators.md.hbs');
  return src.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| :') && !l.startsWith('| Құзыреттер атауы'))
    .map((l) => l.slice(2, -2).split(/(?<!\\) \| /).map((c) => c.replace(/\\(.)/g, '$1')));
}

describe('kyzylorda-maslikhat-2018: App. 4 template and the pack\'s catalogue', () => {
  it('the phrases and every competency name are in act 003', () => {
    for (const p of [...PHRASES, ...NAMES]) expect(ACT, `«${p}» is not in act 003`).toContain(squeeze(p));
  });
  it('33 rows: every competency × group with exactly the catalogue\'s indicators, in order', () => {
    const rows = templateRows();
    expect(rows.length).toBe(CATALOGUE.competencies.length * CATALOGUE.groups.length);
    let i = 0;
    for (const c of CATALOGUE.competencies) {
      for (const [gi, g] of CATALOGUE.groups.entries()) {
        const [name, cats, eff, ineff] = rows[i++] ?? [];
        expect(name).toBe(gi === 0 ? NAMES[CATALOGUE.competencies.indexOf(c)] : '');
        expect(name?.toUpperCase()).toBe(gi === 0 ? c.name : '');
        expect(cats?.startsWith(g.printed), `${c.name} ${g.id}: categories`).toBe(true);
        expect(eff?.split('<br>')).toEqual(c.cells[g.id]?.effective);
        expect(ineff?.split('<br>')).toEqual(c.cells[g.id]?.ineffective);
      }
    }
  });
  it('the comparison can fail: one indicator changed is found (breaking case)', () => {
    const rows = templateRows();
    const first = CATALOGUE.competencies[0]?.cells['G1']?.effective ?? [];
    expect(rows[0]?.[2]?.split('<br>')).toEqual(first);
    expect(rows[0]?.[2]?.split('<br>')).not.toEqual([...first.slice(0, -1), `${first[first.length - 1]} `]);
  });
});

describe('kyzylorda-maslikhat-2018: rendered', () => {
  const cases: [string, () => string[]][] = [
    [`${ID}.behaviouralIndicators.blank`, () => []],
    ['valid.behaviouralIndicators', () => {
      const s = set.packages[VALID]?.['servant'] as Record<string, string>;
      return [s['fullName'] ?? '?', s['position'] ?? '?', s['category'] ?? '?'];
    }],
  ];
  for (const [name, values] of cases) {
    it(`${name}: caption, title, headers and competency names in both routes`, () => {
      const d = set.docs[name];
      if (!d) throw new Error(`${name} was not rendered`);
      expect(existsSync(d.lo), 'LibreOffice did not open the DOCX').toBe(true);
      for (const p of [...PHRASES, ...NAMES, ...values()]) {
        expect(readPdf(d.pdf), `our PDF lacks «${p}»`).toContain(squeeze(p));
        expect(readPdf(d.lo), `LibreOffice's PDF lacks «${p}»`).toContain(squeeze(p));
      }
    });
  }
  it('the blank catalogue names no servant', () => {
    expect(readPdf(set.docs[`${ID}.behaviouralIndicators.blank`]?.pdf ?? '')).not.toContain(squeeze('Бағаланатын қызметші:'));
  });
});
