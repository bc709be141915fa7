/** Date references: a resolver made once per rule answers as resolveDates does, package after package. */
import { describe, expect, it } from 'vitest';
import { dateResolver, resolveDates, type DateRef } from '../../src/rules/dates.js';
import type { RuleContext } from '../../src/rules/rule.js';

/** A context over a plain package: `get` reads one level of pointer, events are listed by type. */
function ctxOf(data: Record<string, unknown>, session?: RuleContext['session']): RuleContext {
  const events = (data['events'] ?? []) as Array<{ type: string; date: string }>;
  return {
    pkg: data as unknown as RuleContext['pkg'],
    today: '2026-01-01',
    calendar: undefined as unknown as RuleContext['calendar'],
    ...(session ? { session } : {}),
    get: (ptr) => data[ptr.slice(1)],
    events: (type) => events.flatMap((event, index) => (event.type === type ? [{ index, event: event as never }] : [])),
  };
}

/** What a finding would read of the dates, taken while they are current. */
const seen = (l: ReturnType<ReturnType<typeof dateResolver>>) => l.map((d) => ({ date: d.date, path: d.path, inSession: d.inSession }));

describe('dateResolver', () => {
  it("a field's date: the package's own each time, none where the field holds no date", () => {
    const ref: DateRef = { field: '/sentOn' };
    const r = dateResolver(ref);
    const packages = [{ sentOn: '2025-03-01' }, { sentOn: 'soon' }, {}, { sentOn: '2025-04-02' }];
    const got = packages.map((p) => seen(r(ctxOf(p))));
    expect(got).toEqual([[{ date: '2025-03-01', path: '/sentOn', inSession: undefined }], [], [], [{ date: '2025-04-02', path: '/sentOn', inSession: undefined }]]);
    expect(got).toEqual(packages.map((p) => seen(resolveDates(ctxOf(p), ref))));
  });

  it("the session's date: its pointer in its own file or inline, none without a session", () => {
    const r = dateResolver({ session: 'date' });
    const inline = { data: { date: '2025-05-05' }, base: '/session' } as unknown as NonNullable<RuleContext['session']>;
    const own = { data: { date: '2025-06-06' }, base: '', file: 's.yaml' } as unknown as NonNullable<RuleContext['session']>;
    expect(seen(r(ctxOf({}, inline)))).toEqual([{ date: '2025-05-05', path: '/session/date', inSession: false }]);
    expect(seen(r(ctxOf({}, own)))).toEqual([{ date: '2025-06-06', path: '/date', inSession: true }]);
    expect(seen(r(ctxOf({})))).toEqual([]);
    expect(seen(r(ctxOf({}, inline)))).toEqual(seen(resolveDates(ctxOf({}, inline), { session: 'date' })));
  });

  it('events of one type or several: in file order', () => {
    const data = { events: [{ type: 'b', date: '2025-01-03' }, { type: 'a', date: '2025-01-01' }, { type: 'b', date: '2025-01-05' }] };
    expect(seen(dateResolver({ event: 'b' })(ctxOf(data)))).toEqual([
      { date: '2025-01-03', path: '/events/0/date', inSession: undefined },
      { date: '2025-01-05', path: '/events/2/date', inSession: undefined },
    ]);
    expect(seen(dateResolver({ event: ['a', 'b'] })(ctxOf(data))).map((d) => d.path)).toEqual(['/events/0/date', '/events/1/date', '/events/2/date']);
  });
});
