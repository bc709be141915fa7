/**
 * Issue 14: the runner skips a rule that says it is quiet without its inputs (`Rule.quietWithoutInputs`)
 * when none of the pointers it reads holds a value in a package. This holds every bundled rule that says
 * so to it: on the pack's valid package and on every case, with each pointer it reads taken out (up to
 * the first `*` of a pattern, as the runner looks it up), the rule reports nothing. And it shows the
 * harness failing a rule that is not quiet (a requirement with no condition reports what is missing).
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../src/acts/index.js';
import { createCalendar } from '../../src/law/calendar/index.js';
import { parsePointer, pointer } from '../../src/law/json-pointer.js';
import { walk } from '../../src/check/accessors.js';
import { requiredRule } from '../../src/rules/presence.js';
import type { PackageData, PackageEvent, Rule, RuleContext } from '../../src/rules/rule.js';
import { packPackages } from '../../src/package/cases.js';
import { without } from '../check/without-inputs.js';

const calendar = createCalendar();

const contextOf = (pkg: PackageData): RuleContext => ({
  pkg,
  today: '2026-11-22',
  calendar,
  get: (ptr) => walk(pkg, parsePointer(ptr)),
  events: (type) => {
    const out: Array<{ index: number; event: PackageEvent }> = [];
    (pkg.events ?? []).forEach((event, index) => event.type === type && out.push({ index, event }));
    return out;
  },
});

/** What the rule reports on the package with its inputs taken out. */
const reportsWithout = (rule: Rule, data: PackageData) => rule.check(contextOf(without(data, rule)));

const packagesOf = (pack: string): PackageData[] =>
  packPackages(pack)
    .map((p) => p.doc().data as PackageData)
    .filter((d) => d && typeof d === 'object' && d.servant && d.period);

describe('a rule quiet without its inputs', () => {
  for (const pack of PACKS) {
    it(`${pack.id}: reports nothing when none of the pointers it reads holds a value`, () => {
      const quiet = pack.rules.filter((r) => r.quietWithoutInputs);
      const loud: string[] = [];
      for (const data of packagesOf(pack.id)) for (const rule of quiet) if (reportsWithout(rule, data).length > 0) loud.push(rule.id);
      expect([...new Set(loud)]).toEqual([]);
      // every quiet rule declares what it reads (the runner looks those up)
      expect(quiet.filter((r) => !r.reads || r.reads.length === 0).map((r) => r.id)).toEqual([]);
    });
  }

  it('is said of rules in most packs (the runner has something to skip)', () => {
    expect(PACKS.filter((p) => p.rules.some((r) => r.quietWithoutInputs)).length).toBeGreaterThanOrEqual(4);
  });

  it('the harness fails a rule that is not quiet: a requirement with no condition reports what is missing', () => {
    const unconditional = requiredRule({ id: 'x/y', clause: 'cl. 1', quote: 'q', title: { kk: 't', ru: 't', en: 't' }, require: { field: '/servant/fullName' }, path: '/servant' });
    expect(unconditional.quietWithoutInputs).toBeUndefined();
    const data = packagesOf(PACKS[0]!.id)[0]!;
    expect(reportsWithout(unconditional, data).length).toBe(1);
    // behind a condition read from the package it is quiet, and holds to it
    const conditional = requiredRule({ id: 'x/z', clause: 'cl. 1', quote: 'q', title: { kk: 't', ru: 't', en: 't' }, when: { field: '/servant/fullName' }, require: { field: '/servant/nothing' }, path: '/servant' });
    expect(conditional.quietWithoutInputs).toBe(true);
    expect(reportsWithout(conditional, data)).toEqual([]);
    expect(conditional.check(contextOf(data)).length).toBe(1);
  });

  it('pointer() and the cut agree (a key with / or ~ is escaped as the runner escapes it)', () => {
    expect(pointer(...parsePointer('/a~1b/~0c'))).toBe('/a~1b/~0c');
  });
});
