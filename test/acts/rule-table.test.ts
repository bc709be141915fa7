/** Rules stated as data (src/acts/rule-table.ts): what a row gives, what it takes from the provision, and the mistakes it refuses. */
import { describe, expect, it } from 'vitest';
import { tableRules, type RuleRow } from '../../src/acts/rule-table.js';
import { createCalendar } from '../../src/law/calendar/index.js';
import type { Text3 } from '../../src/law/finding.js';
import type { PackageData, RuleContext } from '../../src/rules/rule.js';

const t = (s: string) => ({ kk: s, ru: s, en: s });
const params = {
  days: { clause: 'cl. 5', quote: 'бес жұмыс күні ішінде', value: 5 },
  size: { clause: 'cl. 9', quote: 'кемінде үш мүше', value: { min: 3, odd: true } },
  range: { clause: 'App. 1', quote: '1-ден 5-ке дейін', value: { min: 1, max: 5 }, note: t('the range note') },
  place: { clause: 'cl. 7', quote: 'хаттамамен рәсімделеді' },
};
const calendar = createCalendar();
const ctxOf = (pkg: PackageData): RuleContext => ({
  pkg,
  today: '2026-12-01',
  calendar,
  get: (ptr) => ptr.split('/').slice(1).reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), pkg),
  events: (type) => (pkg.events ?? []).map((event, index) => ({ index, event })).filter((e) => e.event.type === type),
});
const pkg = (over: Partial<PackageData>): PackageData => ({
  methodology: 't',
  servant: { fullName: 'x', position: 'p', category: 'C-4', body: 'b', appointedOn: '2020-01-01' },
  period: { from: '2026-01-01', to: '2026-03-31' },
  ...over,
});

describe('rules stated as data', () => {
  it('a deadline row counts the provision’s value: five working days pass, six break', () => {
    const [rule] = tableRules('t', params, [{ kind: 'deadline', name: 'sent', provision: 'days', from: { event: 'a' }, to: { event: 'b' }, unit: 'working-days', title: t('within {value} day(s)') }]);
    expect(rule).toMatchObject({ id: 't/sent', clause: 'cl. 5', quote: 'бес жұмыс күні ішінде', title: { en: 'within 5 days' } });
    const events = (to: string) => [{ type: 'a', date: '2026-04-01' }, { type: 'b', date: to }];
    expect(rule!.check(ctxOf(pkg({ events: events('2026-04-08') })))).toEqual([]);
    expect(rule!.check(ctxOf(pkg({ events: events('2026-04-09') })))).toHaveLength(1);
  });

  it('one row over several forms: an instance a form, each citing the place `place` gives it', () => {
    const rows: RuleRow[] = [{ kind: 'value-range', name: 'range', provision: 'range', over: 'sheets', placeOnEach: true, items: '/forms/{key}/grades', field: 'grade', title: t('{min}–{max}') }];
    const [rule] = tableRules('t', params, rows, { over: { sheets: { keys: ['a', 'b'], place: (k, p) => ({ ...p, clause: `App. ${k === 'a' ? 1 : 2}` }) } } });
    expect(rule!.reads).toEqual(['/forms/a/grades', '/forms/a/grades/*/grade', '/forms/b/grades', '/forms/b/grades/*/grade']);
    expect(rule!.places?.map((p) => p.clause)).toEqual(['App. 1', 'App. 2']);
    const found = rule!.check(ctxOf(pkg({ forms: { b: { grades: [{ grade: 7 }] } } })));
    expect(found).toHaveLength(1);
    expect(found[0]!.clause).toBe('App. 2');
  });

  it('notes: the provision’s by default, a named one of the pack, none with null', () => {
    const row = (note?: Text3 | null | string): RuleRow => ({ kind: 'value-range', name: 'r', provision: 'range', items: '/x', field: 'g', title: t('x'), ...(note !== undefined ? { note } : {}) });
    expect(tableRules('t', params, [row()])[0]!.note).toEqual(t('the range note'));
    expect(tableRules('t', params, [row('mine')], { notes: { mine: t('mine') } })[0]!.note).toEqual(t('mine'));
    expect(tableRules('t', params, [row(null)])[0]!.note).toBeUndefined();
  });

  it('a row set writes its list’s length in words in each language', () => {
    const [rule] = tableRules('t', params, [{ kind: 'row-set', name: 'rows', provision: 'place', rows: '/r', keyField: 'k', always: 'four', title: { kk: '{count} НМИ', ru: '{count} НМИ', en: 'the {count} KPIs' } }], { lists: { four: ['a', 'b', 'c', 'd'] } });
    expect(rule!.title).toEqual({ kk: 'төрт НМИ', ru: 'четыре НМИ', en: 'the four KPIs' });
  });

  it('code rows keep the order the table gives', () => {
    const coded = tableRules('t', params, [{ kind: 'session-size', name: 'size', provision: 'size', title: t('{min}') }], {})[0]!;
    const rules = tableRules('t', params, [{ kind: 'code', name: 'mine' }, { kind: 'required', name: 'protocol', provision: 'place', require: { event: 'p' }, path: '/events', title: t('p') }], { code: { mine: [coded] } });
    expect(rules.map((r) => r.id)).toEqual(['t/size', 't/protocol']);
  });

  it('refuses what a table cannot mean: a value of the wrong shape, a missing predicate, note, list or code rule, a code rule without its row, an unknown kind', () => {
    const deadline = (provision: string, more: object = {}) => ({ kind: 'deadline' as const, name: 'd', provision, from: { event: 'a' }, to: { event: 'b' }, unit: 'working-days' as const, title: t('x'), ...more });
    expect(() => tableRules('t', params, [deadline('size')])).toThrow(/params.size is not a provision/);
    expect(() => tableRules('t', params, [deadline('nothing')])).toThrow(/params.nothing/);
    expect(() => tableRules('t', params, [deadline('days', { applies: 'when' })])).toThrow(/no predicate «when»/);
    expect(() => tableRules('t', params, [deadline('days', { note: 'why' })])).toThrow(/no note «why»/);
    expect(() => tableRules('t', params, [{ kind: 'row-set', name: 'r', provision: 'place', rows: '/r', keyField: 'k', always: 'none', title: t('x') }])).toThrow(/no list «none»/);
    expect(() => tableRules('t', params, [{ kind: 'code', name: 'gone' }])).toThrow(/no rule built in code under «gone»/);
    expect(() => tableRules('t', params, [], { code: { extra: [] } })).toThrow(/«extra» has no row/);
    expect(() => tableRules('t', params, JSON.parse('[{"kind":"vote","name":"v","provision":"place","title":{"kk":"","ru":"","en":""}}]') as RuleRow[])).toThrow(/unknown kind «vote»/);
    expect(() => tableRules('t', params, [deadline('days', { severty: 'warning' })])).toThrow(/«severty» is not a field of a deadline row/);
    expect(() => tableRules('t', params, [deadline('days', { quote: 'бес жұмыс күні' })])).toThrow(/«quote» is not a field/);
  });
});
