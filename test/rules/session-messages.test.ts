/**
 * The commission rules word a session's codes with the one table the protocols print them with
 * (src/rules/session-words.ts): a tally «жақтап — 2, қарсы — 2 (төраға: қарсы)», the ballots «жасырын дауыс беру» and
 * «ашық дауыс беру», the role «хатшы». Before, the messages said «қолдайды» and «қалыс қалды» while the protocols
 * printed «жақтап» and «қалыс».
 */
import { describe, expect, it } from 'vitest';
import '../../src/acts/index.js'; // every pack, loaded
import { checkDocument } from '../../src/check/run.js';
import { createCalendar } from '../../src/law/calendar/index.js';
import { caseDoc, listCases, type Case, type Change } from '../../src/package/cases.js';
import { sessionLoader } from '../../src/package/load.js';
import { NO_VOTE, SESSION_WORDS } from '../../src/rules/session-words.js';

const calendar = createCalendar();
const caseOf = (pack: string, file: string): Case => {
  const c = listCases(pack).find((x) => x.file.endsWith(file));
  expect(c, file).toBeDefined();
  return c!;
};
const findings = (c: Case, ruleId: string) =>
  checkDocument(caseDoc(c), { today: '2026-11-22', calendar, loadSession: sessionLoader() }).findings.filter((x) => x.ruleId === ruleId);
const one = (c: Case, ruleId: string) => {
  const f = findings(c, ruleId);
  expect(f, ruleId).toHaveLength(1);
  return f[0]!.message;
};
/** The mic-2018 tie case (the chair against, one for, one against, one for, one abstaining) with more `set`s of votes. */
const votesSet = (votes: Record<number, string>, removeChair = false): Case => {
  const c = caseOf('mic-2018', 'majority-tie-chair.yaml');
  const change: Change[] = Object.entries(votes).map(([i, to]) => ({ set: `/session/decisions/0/votes/${i}/vote`, to }));
  if (removeChair) change.push({ remove: '/session/decisions/0/votes/0' });
  return { ...c, change: [...c.change, ...change] };
};

describe('the commission messages speak the protocol words', () => {
  it('a tie the chair voted against: the tally and the chair by the table words, in kk, ru and en', () => {
    const m = one(caseOf('mic-2018', 'majority-tie-chair.yaml'), 'mic-2018/majority');
    const { for: pro, against: con } = SESSION_WORDS.vote;
    expect(m.kk).toMatch(new RegExp(`: «бағалау нәтижелерін бекіту» шешімі: ${pro.kk} — 2, ${con.kk} — 2 \\(төраға: ${con.kk}\\) — шешім қабылданбаған$`));
    expect(m.ru).toMatch(new RegExp(`: решение «бағалау нәтижелерін бекіту»: ${pro.ru} — 2, ${con.ru} — 2 \\(председатель: ${con.ru}\\) — решение не принято$`));
    expect(m.en).toMatch(/: decision «бағалау нәтижелерін бекіту»: 2 for, 2 against \(chair: against\) — not carried$/);
    expect(m.kk).toContain('жақтап — 2');
    expect(m.kk).not.toMatch(/қолдайды|қалыс қалды/);
  });

  it('a tie the chair abstained in: «(төраға: қалыс)», as the protocol prints the vote; a chair who cast none: «дауыс бермеді»', () => {
    const abstained = one(votesSet({ 0: 'abstain', 4: 'against' }), 'mic-2018/majority');
    expect(abstained.kk).toContain(`(төраға: ${SESSION_WORDS.vote.abstain.kk})`);
    expect(abstained.kk).toContain('(төраға: қалыс)');
    expect(abstained.ru).toContain('(председатель: воздержался)');
    expect(abstained.en).toContain('(chair: abstained)');
    const none = one(votesSet({ 4: 'against' }, true), 'mic-2018/majority');
    expect(none.kk).toContain(`жақтап — 2, қарсы — 2 (төраға: ${NO_VOTE.kk}) — шешім`);
    expect(none.kk).toContain('(төраға: дауыс бермеді)');
    expect(none.ru).toContain('(председатель: не голосовал)');
    expect(none.en).toContain('(chair: did not vote)');
  });

  it('a chair who voted for in a tie carries it (cl. 33): no finding', () => {
    expect(one(votesSet({ 3: 'against' }), 'mic-2018/majority').kk).toContain('жақтап — 1, қарсы — 3 — шешім'); // no tie: no chair
    expect(findings(votesSet({ 0: 'for', 3: 'against' }), 'mic-2018/majority')).toEqual([]);
  });

  it('the calibration session (no casting vote): the same tally words', () => {
    const m = one(caseOf('asa-b-model', 'calibration-majority.yaml'), 'asa-b-model/calibration-majority');
    expect(m.kk).toMatch(/шешімі: жақтап — 1, қарсы — 2 — шешім қабылданбаған$/);
    expect(m.ru).toMatch(/: за — 1, против — 2 — решение не принято$/);
  });

  it('a secret ballot and a secretary who voted: the ballots and the role by the table words', () => {
    const vote = one(caseOf('mic-2018', 'open-vote.yaml'), 'mic-2018/open-vote');
    expect(vote.kk).toMatch(/: хаттамада жасырын дауыс беру, талап: ашық дауыс беру$/);
    expect(vote.ru).toMatch(/: в протоколе тайное голосование, требуется: открытое голосование$/);
    expect(vote.en).toMatch(/: the protocol records a secret ballot; required: an open ballot$/);
    const secretary = one(caseOf('mic-2018', 'secretary-no-vote.yaml'), 'mic-2018/secretary-no-vote');
    expect(secretary.kk).toMatch(/: хатшы Әбдіраш Мадина Ержанқызы дауыс берген$/);
    expect(secretary.ru).toMatch(/: секретарь Әбдіраш Мадина Ержанқызы голосовал$/);
    expect(secretary.en).toMatch(/: the secretary Әбдіраш Мадина Ержанқызы voted$/);
  });

  it('the valid sample: none of these findings', () => {
    const valid: Case = { ...caseOf('mic-2018', 'open-vote.yaml'), change: [] };
    for (const id of ['mic-2018/majority', 'mic-2018/open-vote', 'mic-2018/secretary-no-vote']) expect(findings(valid, id), id).toEqual([]);
  });
});
