/**
 * The calendar the build compiled (scripts/build-calendar.ts → dist/src/law/calendar/generated/calendar.json, which
 * the bundle reads instead of compiling the data at every start) is what the data in the sources gives: the same
 * days, records, years and sources, with their keys in the same order. And the comparison sees a difference of one
 * day, so that the test can fail.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile, type Compiled } from '../../src/law/calendar/compile.js';
import { bundledCompiled, bundledData } from '../../src/law/calendar/bundled.js';
import { COMPILED_CALENDAR_FILE, fromForm, toForm, type CompiledCalendarFile } from '../../src/law/calendar/compiled-form.js';
import type { CalendarData } from '../../src/law/calendar/schema.js';

/** Everything a Compiled holds, as text: map entries in their order, every object's keys in theirs. */
const text = (c: Compiled): string => JSON.stringify({ days: [...c.days], years: [...c.years], sources: [...c.sources] });

const built = JSON.parse(readFileSync(`dist/src/law/calendar/${COMPILED_CALENDAR_FILE}`, 'utf8')) as CompiledCalendarFile;

/** The bundled data with the first transfer of `year` taken out: one working Saturday and one day off fewer. */
function withoutFirstTransfer(year: number): CalendarData[] {
  const years = structuredClone(bundledData().years) as CalendarData[];
  const y = years.find((d) => d.year === year)!;
  expect(y.transfers?.length).toBeGreaterThan(0);
  y.transfers = y.transfers!.slice(1);
  return years;
}

describe('the compiled form of the calendar', () => {
  it('read back, is the calendar it was made from', () => {
    const c = bundledCompiled();
    expect(text(fromForm(JSON.parse(JSON.stringify(toForm(c))) as ReturnType<typeof toForm>))).toBe(text(c));
    // sources are shared again, not copied per record
    const again = fromForm(toForm(c));
    const rec = [...again.days.values()][0]!;
    expect(again.sources.get(rec.source.id)).toBe(rec.source);
  });

  it('the build wrote what the data in the sources gives: the data itself and its compiled form', () => {
    expect(JSON.stringify(built.data)).toBe(JSON.stringify(bundledData()));
    expect(JSON.stringify(built.form)).toBe(JSON.stringify(toForm(bundledCompiled())));
    expect(text(fromForm(built.form))).toBe(text(compile(bundledData().years, bundledData().sources)));
  });

  it('a calendar compiled from other data differs from it (the comparison can fail)', () => {
    const other = compile(withoutFirstTransfer(2024), bundledData().sources);
    expect(text(other)).not.toBe(text(fromForm(built.form)));
    expect(JSON.stringify(toForm(other))).not.toBe(JSON.stringify(built.form));
  });

  it('an unknown source in a form is an error of the build, not a calendar without sources', () => {
    const form = toForm(bundledCompiled());
    form.sources = form.sources.filter((s) => s.id !== form.days[0]![1].source);
    expect(() => fromForm(form)).toThrow(/unknown source/);
  });
});
