/**
 * The form a servant's category calls for, missing from the package (rules/form-missing.ts, built by the
 * forms-by-category and form-assignment kinds: asa-b-model cl. 17, sjc-apparatus cl. 21, 28–29, 33 and cl. 5 for a
 * head who was away, asa-a-corps cl. 7 pt. 1–2 for the agreement). Each
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
  it('a head away at evaluation time without App. 2 (cl. 5): judged by return + 5 working days, not silent', () => {
    const all = findingsOf(findCaseText('form-required-head-returned'));
    const hits = all.filter((f) => f.ruleId === ID);
    expect(hits.map((f) => [f.severity, f.cite?.clause, f.facts?.['limit'], f.facts?.['returned']])).toEqual([['error', 'cl. 5', '2026-07-22', '2026-07-15']]);
    expect(hits[0]!.message.en).toContain('is evaluated on «App. 2: target-indicator evaluation sheet», which the package does not hold; the limit 2026-07-22 (cl. 5: returned to work 2026-07-15, 5 working days after) has passed');
    expect(hits[0]!.message.ru).toContain('предельная дата 22.07.2026 (5 п.: вышел на работу 15.07.2026, 5 раб. дн. после выхода) прошла');
    expect(hits[0]!.message.kk).toContain('«2-қосымша: НМИ бойынша бағалау парағы» нысаны бойынша бағаланады');
    // one finding: the cl. 4 limit is not the head's, and absent-kpi-evaluation speaks of a sheet held
    expect(all.filter((f) => f.ruleId === 'sjc-apparatus/absent-kpi-evaluation' || f.ruleId === 'sjc-apparatus/quarterly-deadline')).toEqual([]);
  });
  it('the returned head still within cl. 5 five working days: a note (info), though the cl. 4 limit has passed', () => {
    const text = 'description: away\nfrom: samples/sjc-apparatus/valid.yaml\ntoday: 2026-07-17\nchange:\n  - set: /servant/absences\n    to: [ { kind: іссапарда, from: 2026-07-01, to: 2026-07-14 } ]\n  - remove: /forms/kpiSheet';
    expect(ruleHits(text, ID).map((f) => [f.severity, f.facts?.['status'], f.facts?.['limit']])).toEqual([['info', 'open', '2026-07-22']]);
  });
  it('a head whose recorded absence runs past the check date: the limit counts from the recorded return, still ahead', () => {
    const text = 'description: away\nfrom: samples/sjc-apparatus/valid.yaml\ntoday: 2026-08-10\nchange:\n  - set: /servant/absences\n    to: [ { kind: еңбек немесе әлеуметтік демалыста, from: 2026-07-06, to: 2026-08-21 } ]\n  - remove: /forms/kpiSheet';
    expect(ruleHits(text, ID).map((f) => [f.severity, f.facts?.['returned'], f.facts?.['limit']])).toEqual([['info', '2026-08-22', '2026-08-28']]);
  });
  it('a head who was away and holds App. 2 is absent-kpi-evaluation’s, not a missing form', () => {
    const text = 'description: away\nfrom: samples/sjc-apparatus/valid.yaml\nchange:\n  - set: /servant/absences\n    to: [ { kind: іссапарда, from: 2026-07-01, to: 2026-07-14 } ]';
    expect(ruleHits(text, ID)).toEqual([]);
  });
});

describe('asa-a-corps/agreement-required (cl. 17(2), cl. 7 pt. 1–2: App. 1 or App. 2 by category)', () => {
  const ID = 'asa-a-corps/agreement-required';
  it('passes: each valid package holds its category’s agreement', () => {
    for (const base of ['valid', 'valid-category2']) expect(ruleHits(`description: valid\nfrom: samples/asa-a-corps/${base}.yaml\nchange: []`, ID)).toEqual([]);
  });
  it('breaks: category 1 without App. 1 — named by number and title, with the cl. 7 pt. 1 limit; category1-agreement-signing stays silent', () => {
    const all = findingsOf(findCaseText('agreement-required', 'asa-a-corps'));
    const hits = all.filter((f) => f.ruleId === ID);
    expect(hits.map((f) => [f.severity, f.cite?.clause])).toEqual([['error', 'cl. 7 pt. 1']]);
    expect(hits[0]!.message.en).toContain('category 1-санат (cl. 7 pt. 1) concludes its agreement on «App. 1: annual agreement (category 1 servants)», which the package does not hold; the limit 2025-03-03 (cl. 7 pt. 1: 5 working days after the Agency’s approval of 2025-02-24) has passed');
    expect(hits[0]!.message.ru).toContain('«Приложение 1. Ежегодное соглашение служащего корпуса «А» (для служащих 1-й категории)», в пакете его нет');
    expect(hits[0]!.message.ru).toContain('заключает соглашение по форме');
    expect(hits[0]!.message.kk).toContain('«1-қосымша. "А" корпусы қызметшілерінің жыл сайынғы келісімі (1-санаттағы қызметшілер үшін)» нысаны бойынша келісім жасайды');
    expect(all.filter((f) => f.ruleId === 'asa-a-corps/category1-agreement-signing')).toEqual([]);
  });
  it('breaks: category 2 without App. 2 — the cl. 7 pt. 2 limit (before 1 February); category2-agreement-deadline stays silent', () => {
    const all = findingsOf(findCaseText('agreement-required-category2', 'asa-a-corps'));
    const [f, ...rest] = all.filter((x) => x.ruleId === ID);
    expect(rest).toEqual([]);
    expect(f!.message.en).toContain('«App. 2: annual agreement (category 2 servants)», which the package does not hold; the limit 2025-01-31 (cl. 7 pt. 2: before 2025-02-01) has passed');
    expect(all.filter((x) => x.ruleId === 'asa-a-corps/category2-agreement-deadline')).toEqual([]);
  });
  it('before the limit a missing agreement is a note (info)', () => {
    const text = 'description: open\nfrom: samples/asa-a-corps/valid-category2.yaml\ntoday: 2025-01-20\nchange:\n  - remove: /forms/agreementCategory2';
    expect(ruleHits(text, ID).map((f) => [f.severity, f.facts?.['status'], f.facts?.['limit']])).toEqual([['info', 'open', '2025-01-31']]);
  });
  it('category 1 with no Agency approval recorded: judged by the evaluation’s limit (cl. 3 pt. 4), the choice the note states', () => {
    const text = 'description: no approval\nfrom: samples/asa-a-corps/valid.yaml\nchange:\n  - remove: /events/3\n  - remove: /forms/agreementCategory1';
    expect(ruleHits(text, ID).map((f) => [f.severity, f.facts?.['limit'], f.facts?.['limitClause']])).toEqual([['error', '2026-01-20', 'cl. 3 pt. 4']]);
  });
  it('an agreement held but unsigned by the servant is still the deadline rule’s, not this one’s', () => {
    const all = findingsOf('description: unsigned\nfrom: samples/asa-a-corps/valid.yaml\nchange:\n  - remove: /forms/agreementCategory1/servantSignature/date');
    expect(all.filter((f) => f.ruleId === ID)).toEqual([]);
    expect(all.filter((f) => f.ruleId === 'asa-a-corps/category1-agreement-signing')).toHaveLength(1);
  });
  it('the other category’s agreement filled in is agreement-form’s finding, not a missing agreement', () => {
    const all = findingsOf('description: other\nfrom: samples/asa-a-corps/valid.yaml\nchange:\n  - set: /servant/category\n    to: 2-санат');
    expect(all.filter((f) => f.ruleId === ID)).toEqual([]);
    expect(all.filter((f) => f.ruleId === 'asa-a-corps/agreement-form')).toHaveLength(1);
  });
  it('silent for a servant cl. 3 pt. 1 does not evaluate (appointed 1 November: less than 3 months)', () => {
    const text = 'description: short\nfrom: samples/asa-a-corps/valid.yaml\nchange:\n  - set: /servant/appointedOn\n    to: 2025-11-01\n  - remove: /forms/agreementCategory1';
    expect(ruleHits(text, ID)).toEqual([]);
  });
});

function findCaseText(name: string, pack = 'sjc-apparatus'): string {
  const c = findCase(pack, name);
  return `description: ${JSON.stringify(c.description)}\nfrom: ${c.from}\nchange: ${JSON.stringify(c.change)}`;
}
