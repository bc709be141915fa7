/**
 * The form a servant's category calls for, missing from the package (rules/form-missing.ts, built by the
 * forms-by-category and form-assignment kinds: asa-b-model cl. 17, sjc-apparatus cl. 21, 28–29, 33). Each
 * example is a case (docs/cases.md) run through the whole checker: the valid package passes, the package
 * without its sheet breaks the rule with one finding naming the form, and the packages the act does not
 * evaluate (too short in the post, a head away at evaluation time) or that hold the other group's form are
 * left to the rules that say so. The breaking cases of test/cases/<pack>/form-required*.yaml run in
 * test/samples.test.ts.
 */
import { describe, expect, it } from 'vitest';
import '../../src/acts/index.js'; // every pack loaded, as the runner's callers do
import { checkDocument } from '../../src/check/run.js';
import { createCalendar } from '../../src/law/calendar/index.js';
import { caseDoc, findCase, parseCase } from '../../src/package/cases.js';
import { sessionLoader } from '../../src/package/load.js';

const calendar = createCalendar();

/** The findings of a case written inline (its `findings` are not read here: each test says what it expects). */
function findingsOf(text: string) {
  const c = parseCase(`${text}\nfindings: [{ ruleId: x/y, severity: error }]\n`, 'inline.yaml');
  return checkDocument(caseDoc(c), { today: c.today ?? '2026-11-22', calendar, loadSession: sessionLoader() }).findings;
}
const ruleHits = (text: string, id: string) => findingsOf(text).filter((f) => f.ruleId === id);

describe('asa-b-model/form-required (cl. 17, with the cl. 5 limit)', () => {
  const ID = 'asa-b-model/form-required';
  it('passes: the valid package holds App. 1', () => {
    expect(ruleHits('description: valid\nfrom: samples/asa-b-model/valid.yaml\nchange: []', ID)).toEqual([]);
  });
  it('breaks: no sheet at all — one error naming App. 1, its title and the category; quarterly-deadline stays silent', () => {
    const all = findingsOf('description: no sheet\nfrom: samples/asa-b-model/valid.yaml\nchange:\n  - remove: /forms/managerialSheet');
    const hits = all.filter((f) => f.ruleId === ID);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.severity).toBe('error');
    expect(hits[0]!.message.ru).toContain('категория С-О-3 (17 п. 2 ч.) оценивается по форме «Приложение 1. Оценочный лист лица, занимающего руководящую должность», в пакете её нет');
    expect(hits[0]!.message.kk).toContain('С-О-3 санаты (17-тармақтың 2-бөлігі) «1-қосымша. Басшы лауазымды атқаратын адамның бағалау парағы» нысаны бойынша бағаланады');
    expect(hits[0]!.message.en).toContain('the limit 2026-04-20 has passed');
    expect(all.filter((f) => f.ruleId === 'asa-b-model/quarterly-deadline')).toEqual([]);
  });
  it('a sheet held but unsigned is still the deadline rule’s, not this one’s', () => {
    const all = findingsOf('description: unsigned\nfrom: samples/asa-b-model/valid.yaml\nchange:\n  - remove: /forms/managerialSheet/signature');
    expect(all.filter((f) => f.ruleId === ID)).toEqual([]);
    expect(all.filter((f) => f.ruleId === 'asa-b-model/quarterly-deadline').map((f) => f.severity)).toEqual(['error']);
  });
  it('the other group’s sheet filled in is form-by-category’s finding, not a missing form', () => {
    const all = findingsOf('description: other sheet\nfrom: samples/asa-b-model/valid.yaml\nchange:\n  - set: /servant/managerial\n    to: false');
    expect(all.filter((f) => f.ruleId === ID)).toEqual([]);
    expect(all.filter((f) => f.ruleId === 'asa-b-model/form-by-category')).toHaveLength(1);
  });
  it('silent for a servant cl. 6 does not evaluate (appointed 5 March: less than a month in Q1)', () => {
    const text = 'description: short\nfrom: samples/asa-b-model/valid.yaml\nchange:\n  - set: /servant/appointedOn\n    to: 2026-03-05\n  - remove: /servant/absences/0\n  - remove: /forms/managerialSheet';
    expect(ruleHits(text, ID)).toEqual([]);
  });
  it('a dismissed servant is evaluated all the same (cl. 7)', () => {
    const text = 'description: dismissed\nfrom: samples/asa-b-model/valid.yaml\nchange:\n  - add: /events/0\n    item: { type: dismissed, date: 2026-03-31 }\n  - remove: /forms/managerialSheet';
    expect(ruleHits(text, ID).map((f) => f.severity)).toEqual(['error']);
  });
});

describe('sjc-apparatus/form-required (cl. 21, 28–29, 33, with the cl. 4 limits)', () => {
  const ID = 'sjc-apparatus/form-required';
  it('passes: each valid package holds its form', () => {
    for (const base of ['valid', 'valid-ranking', 'valid-360-head', 'valid-360-staff']) {
      expect(ruleHits(`description: valid\nfrom: samples/sjc-apparatus/${base}.yaml\nchange: []`, ID)).toEqual([]);
    }
  });
  it('breaks: a head without App. 2 — named by number and title, with the group', () => {
    const [f, ...rest] = ruleHits(findCaseText('form-required-head'), ID);
    expect(rest).toEqual([]);
    expect(f!.message.en).toContain('category В-1 (head) is evaluated on «App. 2: target-indicator evaluation sheet», which the package does not hold; the limit 2026-07-10 has passed');
  });
  it('breaks: an annual package without the 360 forms names both, App. 6 or App. 8', () => {
    const [f] = ruleHits(findCaseText('form-required-360'), ID);
    expect(f!.message.ru).toMatch(/по форме «Приложение 6: .*» или «Приложение 8 .*», в пакете её нет/u);
  });
  it('before the limit the missing form is a note (info)', () => {
    const text = 'description: open\nfrom: samples/sjc-apparatus/valid-ranking.yaml\ntoday: 2026-10-02\nchange:\n  - remove: /forms/rankingSheet';
    expect(ruleHits(text, ID).map((f) => [f.severity, f.facts?.['status']])).toEqual([['info', 'open']]);
  });
  it('silent for a servant in the post less than cl. 5 asks within the quarter', () => {
    const text = 'description: short\nfrom: samples/sjc-apparatus/valid-ranking.yaml\nchange:\n  - set: /servant/appointedOn\n    to: 2026-08-03\n  - remove: /forms/rankingSheet';
    expect(ruleHits(text, ID)).toEqual([]);
  });
  it('silent for a head away while the evaluation is held (cl. 5: evaluated after returning)', () => {
    const text = 'description: away\nfrom: samples/sjc-apparatus/valid.yaml\nchange:\n  - set: /servant/absences\n    to: [ { kind: іссапарда, from: 2026-07-01, to: 2026-07-14 } ]\n  - remove: /forms/kpiSheet';
    expect(ruleHits(text, ID)).toEqual([]);
    // the same package without the absence breaks it
    expect(ruleHits(findCaseText('form-required-head'), ID)).toHaveLength(1);
  });
});

function findCaseText(name: string): string {
  const c = findCase('sjc-apparatus', name);
  return `description: ${JSON.stringify(c.description)}\nfrom: ${c.from}\nchange: ${JSON.stringify(c.change)}`;
}
