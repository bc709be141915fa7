/**
 * Issue 12 item 3: every JSON Pointer a pack's rules read from a package resolves in that pack's
 * package schema. A rule with a misspelt pointer reads `undefined` and so never finds anything.
 * Two guards: each rule kind declares the pointers it reads (`Rule.reads`, `*` for every index or
 * key), and every declared pointer is walked through the schema; and every rule is run over the
 * pack's valid package and every case, each pointer it asks `ctx.get` for is recorded, walked through
 * the schema, and — for a rule that declares — must be one it declared. Likewise every event type a rule asks
 * `ctx.events` for must be one of the pack's events (a misspelt type finds no step, and so no breach).
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../src/acts/index.js';
import { packageSchema } from '../../src/acts/envelope.js';
import { createCalendar } from '../../src/law/calendar/index.js';
import { parsePointer } from '../../src/law/json-pointer.js';
import type { PackageData, PackageEvent, RuleContext } from '../../src/rules/rule.js';
import { packPackages } from '../../src/package/cases.js';

const calendar = createCalendar();

/** Does a pointer name a place the schema allows (any array index, a session given inline)? */
export function resolves(schema: unknown, tokens: readonly string[]): boolean {
  if (tokens.length === 0) return true;
  if (!schema || typeof schema !== 'object') return false;
  const s = schema as Record<string, unknown>;
  const [tok, ...rest] = tokens as [string, ...string[]];
  for (const alt of ['then', 'else', 'anyOf', 'oneOf', 'allOf'] as const) {
    const a = s[alt];
    if (Array.isArray(a) ? a.some((x) => resolves(x, tokens)) : a && resolves(a, tokens)) return true;
  }
  const props = s['properties'] as Record<string, unknown> | undefined;
  if (tok === '*') {
    // every index of an array, or every key of an object: some shape the schema allows must go on
    if (s['items'] && resolves(s['items'], rest)) return true;
    if (props && Object.values(props).some((x) => resolves(x, rest))) return true;
  }
  if (props && tok in props) return resolves(props[tok], rest);
  if (/^\d+$/.test(tok) && s['items']) return resolves(s['items'], rest);
  if (s['additionalProperties'] && typeof s['additionalProperties'] === 'object') return resolves(s['additionalProperties'], rest);
  return false;
}

/** Is a pointer one of the declared ones (`*` standing for any one token)? */
export function declared(ptr: string, reads: readonly string[]): boolean {
  const tokens = parsePointer(ptr);
  return reads.some((d) => {
    const want = parsePointer(d);
    return want.length === tokens.length && want.every((w, i) => w === '*' || w === tokens[i]);
  });
}

const value = (data: unknown, ptr: string): unknown => {
  let cur = data;
  for (const t of parsePointer(ptr)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[t];
  }
  return cur;
};

describe('the schema walk', () => {
  const schema = packageSchema(PACKS.find((p) => p.id === 'mic-2018')!);
  it('follows properties and array items, and refuses a misspelt field', () => {
    expect(resolves(schema, parsePointer('/forms/kpiSheet/kpis/0/achieved'))).toBe(true);
    expect(resolves(schema, parsePointer('/servant/appointedOn'))).toBe(true);
    expect(resolves(schema, parsePointer('/forms/kpiSheet/kpis/0/achievd'))).toBe(false);
    expect(resolves(schema, parsePointer('/forms/kpiSheets'))).toBe(false);
  });
  it('reads `*` as every index or key', () => {
    expect(resolves(schema, parsePointer('/forms/kpiSheet/kpis/*/achieved'))).toBe(true);
    expect(resolves(schema, parsePointer('/forms/kpiSheet/kpis/*/achievd'))).toBe(false);
  });
});

describe('a declaration', () => {
  it('covers the pointers it names, `*` standing for one token', () => {
    expect(declared('/forms/a/rows/3/name', ['/forms/a/rows', '/forms/a/rows/*/name'])).toBe(true);
    expect(declared('/forms/a/rows/3/grade', ['/forms/a/rows', '/forms/a/rows/*/name'])).toBe(false);
    expect(declared('/forms/a/rows/3', ['/forms/a/rows/*/name'])).toBe(false);
  });
});

/** The event types read that the pack does not define (a misspelt type, like a misspelt pointer, is never found). */
export const unknownEvents = (pack: { events: ReadonlyArray<{ type: string }> }, read: ReadonlyMap<string, string>): string[] => {
  const known = new Set(pack.events.map((e) => e.type));
  return [...read].filter(([type]) => !known.has(type)).map(([type, id]) => `${id}: ${type}`);
};

describe('an event type read', () => {
  it('is one of the pack\'s events, or named', () => {
    const pack = { events: [{ type: 'evaluated' }, { type: 'familiarised' }] };
    expect(unknownEvents(pack, new Map([['evaluated', 'x/a'], ['familiarised', 'x/b']]))).toEqual([]);
    expect(unknownEvents(pack, new Map([['evaluated', 'x/a'], ['evaluatd', 'x/b']]))).toEqual(['x/b: evaluatd']);
  });
});

for (const pack of PACKS) {
  describe(`${pack.id}: every pointer its rules read`, () => {
    it('resolves in the package schema', () => {
      const schema = packageSchema(pack);
      const read = new Map<string, string>();
      const eventsRead = new Map<string, string>();
      for (const p of packPackages(pack.id)) {
        const data = p.doc().data as PackageData;
        if (!data || typeof data !== 'object' || !data.servant || !data.period) continue;
        const byType = new Map<string, Array<{ index: number; event: PackageEvent }>>();
        (data.events ?? []).forEach((event, index) => byType.set(event.type, [...(byType.get(event.type) ?? []), { index, event }]));
        for (const rule of pack.rules) {
          const ctx: RuleContext = {
            pkg: data,
            today: '2026-11-22',
            calendar,
            get: (ptr) => (read.set(ptr, rule.id), value(data, ptr)),
            events: (type) => (eventsRead.set(type, rule.id), byType.get(type) ?? []),
          };
          try {
            if (!rule.applies || rule.applies(ctx)) rule.check(ctx);
          } catch {
            // a rule that needs the session (not given here) has read its pointers by then
          }
        }
      }
      expect(read.size).toBeGreaterThan(0);
      const broken = [...read].filter(([ptr]) => !resolves(schema, parsePointer(ptr))).map(([ptr, id]) => `${id}: ${ptr}`);
      expect(broken).toEqual([]);
      // Every event type a rule asks for is one the pack defines (events.json).
      expect(unknownEvents(pack, eventsRead)).toEqual([]);
      // A rule that declares what it reads reads nothing else.
      const byId = new Map(pack.rules.map((r) => [r.id, r]));
      const undeclared = [...read].filter(([ptr, id]) => byId.get(id)?.reads && !declared(ptr, byId.get(id)!.reads!)).map(([ptr, id]) => `${id}: ${ptr}`);
      expect(undeclared).toEqual([]);
    });
    it('declared by its rule kinds resolves in the package schema', () => {
      const schema = packageSchema(pack);
      const declaring = pack.rules.filter((r) => r.reads);
      const broken = declaring.flatMap((r) => r.reads!.filter((ptr) => !resolves(schema, parsePointer(ptr))).map((ptr) => `${r.id}: ${ptr}`));
      expect(broken).toEqual([]);
    });
  });
}
