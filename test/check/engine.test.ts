/** The runner over a synthetic pack: every rule kind passes on the valid package and fires when broken. */
import { describe, expect, it } from 'vitest';
import { checkDocument, type CheckOptions } from '../../src/check/run.js';
import { createCalendar } from '../../src/law/calendar/index.js';
import type { Finding } from '../../src/law/finding.js';
import { sourceMap } from '../../src/package/source-map.js';
import { readFailed } from '../../src/package/read-failed.js';
import { testPack, validPackage } from './test-pack.js';

const calendar = createCalendar();
const opts = (over: Partial<CheckOptions> = {}): CheckOptions => ({
  today: '2026-11-22',
  calendar,
  packs: { byId: (id) => (id === 'test-pack' ? testPack : undefined), ids: ['test-pack'] },
  ...over,
});
const run = (data: unknown, over: Partial<CheckOptions> = {}) => checkDocument({ file: 'p.yaml', data, findings: [] }, opts(over));
const ids = (fs: Finding[], sev: Finding['severity'][] = ['error', 'warning']) => fs.filter((f) => sev.includes(f.severity)).map((f) => f.ruleId).sort();
type Pkg = ReturnType<typeof validPackage> & Record<string, any>;
const mutate = (fn: (p: Pkg) => void) => {
  const p = validPackage() as Pkg;
  fn(p);
  return p;
};

describe('runner', () => {
  it('a valid package yields nothing', () => {
    const r = run(validPackage());
    expect(r.findings).toEqual([]);
    expect(r.methodology).toBe('test-pack');
    expect(r.wording).toBe('2018-01-10');
  });

  it('count: four KPIs where five are required, cited to the clause and wording', () => {
    const r = run(mutate((p) => p.forms.plan.kpis.pop()));
    expect(ids(r.findings)).toEqual(['test-pack/kpi-count']);
    const f = r.findings[0]!;
    expect(f.path).toBe('/forms/plan/kpis');
    expect(f.cite).toEqual({ act: 'test-pack', clause: 'cl. 3', wording: '2018-01-10' });
    expect(f.facts).toEqual({ expected: '= 5', found: 4 });
    expect(f.message.kk).toContain('табылғаны 4');
    expect(f.message.ru).toContain('найдено 4');
  });

  it('deadline: a late step gives the deadline, the date and the working days late, with holidays skipped', () => {
    const r = run(mutate((p) => (p.events[0].date = '2019-01-21')));
    expect(ids(r.findings)).toEqual(['test-pack/plan-deadline']);
    const f = r.findings[0]!;
    expect(f.path).toBe('/events/0/date');
    expect(f.facts?.['deadline']).toBe('2019-01-17');
    expect(f.facts?.['happened']).toBe('2019-01-21');
    expect(f.facts?.['workingDaysLate']).toBe(2);
    const skipped = (f.facts?.['skipped'] as Array<{ date: string }>).map((d) => d.date);
    // the event day (1 January) is not counted; 2 January and Orthodox Christmas are skipped
    expect(skipped).toEqual(['2019-01-02', '2019-01-07']);
  });

  it('stale deadline: a missing step is overdue once its deadline has passed, open (info) before', () => {
    const p = mutate((x) => x.events.splice(1, 1));
    const overdue = run(p, { today: '2020-01-20' });
    expect(ids(overdue.findings)).toEqual(['test-pack/familiarise']);
    expect(overdue.findings[0]!.facts?.['status']).toBe('overdue');
    expect(overdue.findings[0]!.facts?.['workingDaysSinceDeadline']).toBe(2);
    const open = run(p, { today: '2020-01-15' });
    expect(ids(open.findings)).toEqual([]);
    const info = open.findings.filter((f) => f.severity === 'info');
    expect(info.map((f) => f.ruleId)).toEqual(['test-pack/familiarise']);
    expect(info[0]!.facts?.['workingDaysLeft']).toBe(1);
  });

  it('stale deadline: a step dated only before its event is named in the overdue finding', () => {
    const r = run(mutate((p) => (p.events[0].date = '2018-12-28')), { today: '2020-01-20' });
    const f = r.findings.find((x) => x.ruleId === 'test-pack/plan-deadline');
    expect(f?.facts).toMatchObject({ status: 'overdue', recordedBefore: '2018-12-28', deadline: '2019-01-17' });
    expect(f?.message.en).toContain('only on 2018-12-28, before it');
  });

  it('tenure: evaluated less than three months after appointment', () => {
    const r = run(mutate((p) => (p.servant.appointedOn = '2019-11-01')));
    expect(ids(r.findings)).toEqual(['test-pack/tenure']);
    expect(r.findings[0]!.facts?.['earliestEvaluation']).toBe('2020-02-01');
  });

  it('commission size, quorum, majority and the secretary', () => {
    const small = run(mutate((p) => p.session.members.splice(4, 1)));
    expect(ids(small.findings)).toContain('test-pack/size');
    const absent = run(mutate((p) => { p.session.members[1].present = false; p.session.members[2].present = false; }));
    expect(ids(absent.findings)).toContain('test-pack/quorum');
    const tie = mutate((p) => {
      p.session.members.push({ name: 'Жаңа Ж.', role: 'member', present: true });
      p.session.decisions[0].votes = [
        { member: 'Ахметов А.', vote: 'against' }, { member: 'Бекова Б.', vote: 'for' }, { member: 'Сейітов С.', vote: 'for' },
        { member: 'Дәулетов Д.', vote: 'against' }, { member: 'Ерланова Е.', vote: 'for' }, { member: 'Жаңа Ж.', vote: 'against' },
      ];
    });
    expect(ids(run(tie).findings)).toEqual(['test-pack/majority']); // 3:3, the chair voted against
    tie.session.decisions[0].votes[0].vote = 'for';
    tie.session.decisions[0].votes[1].vote = 'against';
    expect(ids(run(tie).findings)).toEqual([]); // 3:3, the chair's vote carries it
    const sec = run(mutate((p) => p.session.decisions[0].votes.push({ member: 'Хатшы Х.', vote: 'for' })));
    expect(ids(sec.findings)).toEqual(['test-pack/secretary']);
  });

  it('validity: a period after repeal is an error; an amendment without wording warns; a period without held wording warns', () => {
    const after = run(mutate((p) => (p.period = { from: '2023-01-01', to: '2023-12-31' })));
    expect(ids(after.findings)).toContain('outside-validity');
    const pending = run(mutate((p) => (p.period = { from: '2022-01-01', to: '2022-08-31' })));
    expect(ids(pending.findings).filter((id) => !id.startsWith('test-pack/'))).toEqual(['amendment-not-held']);
    expect(pending.wording).toBe('2020-12-01');
    const asked = run(validPackage(), { wordingDate: '2021-06-01' });
    expect(asked.wording).toBe('2020-12-01');
    const before = run(validPackage(), { wordingDate: '2017-06-01' });
    expect(ids(before.findings)).toContain('outside-validity');
  });

  it('category codes are normalised and the change reported', () => {
    const r = run(mutate((p) => (p.servant.category = 'C-4')));
    const f = r.findings.find((x) => x.ruleId === 'category-normalised');
    expect(f?.facts?.['normalised']).toBe('С-4');
    expect(f?.severity).toBe('info'); // another script: how the acts print codes themselves
    const zero = run(mutate((p) => (p.servant.category = 'С-0-4'))).findings.find((x) => x.ruleId === 'category-normalised');
    expect(zero?.facts?.['normalised']).toBe('С-О-4');
    expect(zero?.severity).toBe('info'); // digit 0 for the letter О: the acts print it so themselves (act 000 «С-0-1»); one severity
    expect(run(mutate((p) => (p.servant.category = '"А" корпусы'))).findings.some((x) => x.ruleId === 'category-normalised')).toBe(false); // free text is not a code
  });

  it('schema errors name the place and speak the three languages; rules wait until the structure is right', () => {
    const p = mutate((x) => { x.forms.plan.grade = 'өте жақсы'; delete x.servant.position; });
    const r = run(p);
    const schema = r.findings.filter((f) => f.ruleId === 'schema');
    expect(schema.map((f) => f.path).sort()).toEqual(['/forms/plan/grade', '/servant']);
    expect(schema.find((f) => f.path === '/servant')!.message.kk).toContain('position');
    expect(r.findings.some((f) => f.ruleId === 'rules-not-run')).toBe(true);
  });

  it('an inline session without its date gets one error naming the date', () => {
    const r = run(mutate((p) => delete p.session.date));
    expect(r.findings.filter((f) => f.ruleId === 'schema').map((f) => [f.path, f.message.en])).toEqual([['/session', '«the session (commission or calibration), or a reference to its file»: required field «date of the session» (date) is missing']]);
  });

  it('a session file among the packages is recognised, not an error', () => {
    const r = run(validPackage().session);
    expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([['session-file', 'info']]);
  });

  it('unknown methodology and non-packages are findings, not exceptions', () => {
    expect(ids(run({ methodology: 'x', servant: {} }).findings)).toEqual(['unknown-methodology']);
    expect(ids(run([1, 2]).findings)).toEqual(['input']);
    expect(ids(run('text').findings)).toEqual(['input']);
  });

  it('places come from the source text', () => {
    const text = 'methodology: test-pack\nservant:\n  fullName: A\n  position: B\n  category: С-4\n  body: C\n  appointedOn: 2018-03-01\nperiod: {from: 2019-01-01, to: 2019-12-31}\nforms:\n  plan:\n    kpis: [{text: a}]\n';
    const r = checkDocument({ file: 'p.yaml', data: { methodology: 'test-pack', servant: { fullName: 'A', position: 'B', category: 'С-4', body: 'C', appointedOn: '2018-03-01' }, period: { from: '2019-01-01', to: '2019-12-31' }, forms: { plan: { kpis: [{ text: 'a' }] } } }, findings: [], placeOf: sourceMap(text) }, opts());
    const f = r.findings.find((x) => x.ruleId === 'test-pack/kpi-count');
    expect(f?.place).toEqual({ line: 11, column: 11 }); // the value, where the wrong thing is
  });

  it('a session file that cannot be read is a finding on the package', () => {
    const p = mutate((x) => (x.session = { ref: 'sessions/none.yaml' }));
    const r = run(p, { loadSession: (ref) => ({ file: ref, findings: [{ ruleId: 'input', severity: 'error', message: { kk: 'x', ru: 'x', en: 'missing' }, path: '' }] }) });
    expect(ids(r.findings)).toContain('input-session');
    expect(r.findings.find((f) => f.ruleId === 'input-session')!.path).toBe('/session/ref');
  });

  it('a session file that cannot be read says why once: «Файл заседания «…» не прочитан: нет такого файла…»', () => {
    const p = mutate((x) => (x.session = { ref: 'sessions/none.yaml' }));
    const r = run(p, { loadSession: (ref) => ({ file: ref, findings: [{ ruleId: 'input', severity: 'error', message: readFailed({ kk: 'мұндай файл жоқ', ru: 'нет такого файла', en: 'no such file' }), path: '' }] }) });
    expect(r.findings.find((f) => f.ruleId === 'input-session')!.message).toEqual({
      kk: 'Отырыс файлы «sessions/none.yaml» оқылмады: мұндай файл жоқ',
      ru: 'Файл заседания «sessions/none.yaml» не прочитан: нет такого файла',
      en: 'Session file «sessions/none.yaml» could not be read: no such file',
    });
  });
});
