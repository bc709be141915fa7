/**
 * Three drafts of a body's methodology written from the model by authors of another hand, each with a few deliberate
 * deviations, checked whole: every deviation is found, and nothing else.
 *
 * - `cases/another-hand.md` (Kazakh, a ministry): lists as Markdown exported from Word writes them (clauses «1.  » with
 *   their parts indented under them, sub-clauses nested «    1)  »), and numbered as Markdown lets an author number
 *   them: every item «1.», a chapter's first clause with its number («16.», «18.»); a provision removed (model cl. 14)
 *   and the clauses after it renumbered; references as lawyers write them («осы Әдістеменің 5-тармағының бірінші
 *   бөлігінде»). Before, the «1. 1. 1.» list was read as clause 1 written twenty times (24 errors).
 * - `cases/another-hand-ru.md` (Russian, an akimat's apparatus): the same lists, references abbreviated («ч. 1 п. 5»,
 *   «пп. 1) и 2) п. 3», «подп. 3) п. 3», «п. 25»), a part named after its clause («пункта 6 части 2»), and grade bands
 *   with a gap. Before, no abbreviation was read (a clause 25 and a sub-clause 3) that do not exist went unreported),
 *   «подпунктах 1) и 2) пункта 3» was sub-clause 1) of the clause it is written in, and the bands «от 3 до 3,89» … «от 4
 *   до 5» were compared with the model's but not checked for the gap they leave (Russian bands were not read there).
 * - a Word file (Kazakh) written with the `docx` package as Word stores it: sub-clause lists referred to together
 *   («16-тармағының 2) және 5) тармақшаларында»), an appendix that is not there. Before, «2) және 5) тармақшаларында»
 *   after a clause was the sub-clause 2) of the clause it is written in, and the 5) was lost.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';
import { docxToMarkdown } from '../../src/draft/docx.js';
import { wordDraft } from './word-author.js';

const DATE = '2026-01-15';
const read = (name: string): string => readFileSync(join(import.meta.dirname, 'cases', name), 'utf8');
type Options = Parameters<typeof checkDraft>[1];
const summary = (md: string, options: Options = { date: DATE }) => checkDraft(md, options).findings.filter((f) => f.severity !== 'info').map((f) => [f.ruleId, f.place?.line ?? null, f.facts]);

describe('a Kazakh draft in Markdown exported from Word, its clauses all numbered «1.»', () => {
  const md = read('another-hand.md');

  it('gives its four deviations and nothing else', () => {
    expect(summary(md)).toEqual([
      ['draft/model-parameter-deviation', 65, expect.objectContaining({ parameter: 'evaluation-deadline', found: 25, expected: 20 })],
      ['draft/clause-missing', 71, { clause: 6, nthPart: 3, paragraphs: 2 }],
      ['draft/model-provision-missing', 101, expect.objectContaining({ modelClause: 14 })],
      ['draft/model-parameter-deviation', 143, expect.objectContaining({ parameter: 'calibration-deadline', found: 15, expected: 10 })],
    ]);
  });

  it('a list of «1.» items is counted as every Markdown reader shows it; a list mixing numbers («1. 5. 5. 1.») is read as written', () => {
    const clauses = (text: string) => checkDraft(text, { date: DATE }).act.documents.at(-1)?.clauses.map((c) => c.number);
    expect(clauses(md)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    const ids = (text: string) => checkDraft(text, { date: DATE }).findings.filter((f) => f.ruleId.startsWith('draft/numbering')).map((f) => [f.ruleId, f.facts]);
    const twice = md.replace(/^1\. {2}Осы Әдістемеде пайдаланылатын/mu, '5.  Осы Әдістемеде пайдаланылатын').replace(/^1\. {2}Мемлекеттік органдардың/mu, '5.  Мемлекеттік органдардың');
    expect(ids(twice).length).toBeGreaterThan(0);
  });
});

describe('a Russian draft with its references abbreviated', () => {
  const md = read('another-hand-ru.md');

  it('gives its five deviations and nothing else', () => {
    expect(summary(md).filter(([id]) => id !== 'draft/model-language')).toEqual([
      ['draft/model-parameter-deviation', 39, expect.objectContaining({ parameter: 'grade-bands' })],
      ['draft/band-gap', 39, { gap: [3.9, 3.99], bands: ['от 3 до 3,89', 'от 4 до 5'] }],
      ['draft/subclause-missing', 41, { clause: 3, subClause: 3, subClauses: [1, 2] }],
      ['draft/reference-order', 43, { clause: 6, inPart: 2, suggested: 'часть 2 пункта 6' }],
      ['draft/model-parameter-deviation', 45, expect.objectContaining({ parameter: 'disagreement-deadline', found: 7, expected: 5 })],
      ['draft/clause-missing', 77, { clause: 25, lastClause: 24 }],
    ]);
  });

  it('«подпунктах 1) и 2) пункта 3» are sub-clauses of clause 3, and of another act\'s clause when an act follows', () => {
    const at = 'Организационное сопровождение оценки обеспечивает служба управления персоналом';
    const sub = (ref: string) => summary(md.replace(at, `${at} с учетом ${ref}`)).filter(([id]) => id === 'draft/subclause-missing').map(([, , f]) => f);
    expect(sub('подпунктов 1) и 2) пункта 3 настоящей Методики,')).toEqual([{ clause: 3, subClause: 3, subClauses: [1, 2] }]);
    expect(sub('подпунктов 1) и 4) пункта 3 настоящей Методики,')).toEqual([{ clause: 3, subClause: 4, subClauses: [1, 2] }, { clause: 3, subClause: 3, subClauses: [1, 2] }]);
    expect(sub('подпунктов 7) и 8) пункта 3 статьи 5 Закона,')).toEqual([{ clause: 3, subClause: 3, subClauses: [1, 2] }]);
  });
});

describe('a Kazakh draft written in Word', () => {
  const kk = read('faithful.md');
  const rep = (s: string, a: string, b: string): string => {
    if (!s.includes(a)) throw new Error(`not in the draft: ${a}`);
    return s.replace(a, b);
  };
  let md = rep(kk, 'аяқталған күннен бастап үш жыл ішінде', 'аяқталған күннен бастап бір жыл ішінде');
  md = rep(md, 'Өзге тұлғаларды бағалау құрылымдық бөлімшенің/мемлекеттік органның басшысымен осы Әдістеменің 2-қосымшасына',
    'Өзге тұлғаларды бағалау құрылымдық бөлімшенің/мемлекеттік органның басшысымен осы Әдістеменің 3-қосымшасына');
  md = rep(md, '22. Персоналды басқару қызметі калибрлеу сессиясының қызметін ұйымдастырады.',
    '22. Персоналды басқару қызметі калибрлеу сессиясының қызметін осы Әдістеменің 16-тармағының 1) және 3) тармақшаларында, сондай-ақ 3-тармағының 4), 5) және 9) тармақшаларында көрсетілген тәртіппен ұйымдастырады.');

  it('gives its three deviations and nothing else, at its paragraphs', async () => {
    const d = docxToMarkdown(await wordDraft(md, { clauseRestart: 0 }));
    const found = summary(d.markdown, { date: DATE, source: { unit: 'paragraphs', of: d.paragraphOf, text: d.paragraphText } });
    expect(found.map(([id, paragraph, f]) => [id, paragraph, { ...(f as object), paragraphText: undefined }])).toEqual([
      ['draft/model-parameter-deviation', 50, expect.objectContaining({ parameter: 'retention', found: 1, expected: 3 })],
      ['draft/appendix-missing', 62, expect.objectContaining({ appendix: 3, appendices: [1, 2] })],
      ['draft/subclause-missing', 74, expect.objectContaining({ clause: 3, subClause: 9, subClauses: [1, 2, 3, 4, 5, 6, 7] })],
    ]);
  });
});
