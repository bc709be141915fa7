/**
 * The runner reads each declared pointer of a package once and keeps the value for the other rules that
 * ask (./run.ts valueAt): every rule still sees the package being checked, never the one before it,
 * whether the pointer was read by a rule, by the presence test of a quiet rule, or not at all before.
 */
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/acts/pack.js';
import { checkDocument } from '../../src/check/run.js';
import { createCalendar } from '../../src/law/calendar/index.js';
import { NO_REPORTS } from '../../src/rules/no-reports.js';
import type { Rule } from '../../src/rules/rule.js';
import { testPack, validPackage } from './test-pack.js';

const calendar = createCalendar();
const t = (s: string) => ({ kk: s, ru: s, en: s });

/** A rule that reports what it reads at `ptr` (nothing when it reads nothing). */
const saying = (name: string, ptr: string, more: Partial<Rule> = {}): Rule => ({
  id: `test-pack/${name}`,
  severity: 'info',
  clause: 'cl. 1',
  quote: 'q',
  title: t(name),
  reads: [ptr],
  check: (ctx) => {
    const v = ctx.get(ptr);
    return v === undefined ? NO_REPORTS : [{ path: ptr, message: t(`${name}=${String(v)}`) }];
  },
  ...more,
});

const pack: Pack = {
  ...testPack,
  rules: [
    // a quiet rule: its presence test reads /servant/unit before any rule does
    saying('quiet-unit', '/servant/unit', { quietWithoutInputs: true }),
    saying('position', '/servant/position'),
    saying('position-again', '/servant/position'),
    saying('unit', '/servant/unit'),
  ],
};
const opts = { today: '2026-11-22', calendar, packs: { byId: () => pack, ids: [pack.id] } };
const said = (servant: Record<string, unknown>) => {
  const data = validPackage();
  data['servant'] = { ...(data['servant'] as object), ...servant };
  return checkDocument({ file: 'p.yaml', data, findings: [] }, opts)
    .findings.map((f) => f.message.en)
    .sort();
};

describe('a pointer read once per package', () => {
  it('each package is read as itself, one after another on the same pack', () => {
    expect(said({ position: 'A', unit: 'U1' })).toEqual(['position-again=A', 'position=A', 'quiet-unit=U1', 'unit=U1']);
    expect(said({ position: 'B', unit: 'U2' })).toEqual(['position-again=B', 'position=B', 'quiet-unit=U2', 'unit=U2']);
    // a value gone in the next package is gone for every rule, the quiet one skipped
    expect(said({ position: 'C' })).toEqual(['position-again=C', 'position=C']);
    expect(said({ position: 'D', unit: 'U3' })).toEqual(['position-again=D', 'position=D', 'quiet-unit=U3', 'unit=U3']);
  });
});
