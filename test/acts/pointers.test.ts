/**
 * Issue 12 item 3: every JSON Pointer a pack's rules read from a package resolves in that pack's
 * package schema. A rule with a misspelt pointer reads `undefined` and so never finds anything.
 * Two guards: each rule kind declares the pointers it reads (`Rule.reads`, `*` for every index or
 * key), and every declared pointer is walked through the schema; and every rule is run over the
 * pack's valid package and every case, each pointer it asks `ctx.get` for is recorded, walked through
 * the schema, and — for a rule that declares — must be one it declared. Likewise every event type a rule asks
 * `ctx.events` for must be one of the pack's events (a misspelt type finds no step, and so no breach).
 * The session is a document of its own (a session file, or the package's inline `session`): what a rule
 * reads of it is declared apart (`Rule.sessionReads`), each pointer walked through the pack's session
 * schema, and every rule is run with the session of each package that has one, every property it reads
 * of the session recorded, so that a rule reads nothing of a session it has not declared.
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../src/acts/index.js';
import { packageSchema, sessionSchema } from '../../src/acts/envelope.js';
import { resolveSession } from '../../src/check/session.js';
import { sessionLoader } from '../../src/package/load.js';
import { createCalendar } from '../../src/law/calendar/index.js';
import { parsePointer } from '../../src/law/json-pointer.js';
import type { PackageData, PackageEvent, ResolvedSession, Rule, RuleContext, SessionData, SessionDecision } from '../../src/rules/rule.js';
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

/**
 * A session document that records, as a pointer pattern (`*` for an array index), every property a rule
 * reads of it: `members[2].role` is recorded with `*` for the 2, and each parent on the way is recorded too.
 */
export function recording<T>(data: T, at: string, seen: Set<string>): T {
  if (data === null || typeof data !== 'object') return data;
  return new Proxy(data as unknown as object, {
    get(target, key, receiver) {
      const v: unknown = Reflect.get(target, key, receiver);
      if (typeof key !== 'string' || !Object.prototype.hasOwnProperty.call(target, key)) return v;
      if (Array.isArray(target) && key === 'length') return v;
      const ptr = `${at}/${Array.isArray(target) ? '*' : key}`;
      seen.add(ptr);
      return recording(v, ptr, seen);
    },
  }) as T;
}

/** Is a pointer read on the way to a declared one (itself, or one of its parents; `*` standing for any one token)? */
export function onTheWay(ptr: string, reads: readonly string[]): boolean {
  const tokens = parsePointer(ptr);
  return reads.some((d) => {
    const want = parsePointer(d);
    return want.length >= tokens.length && tokens.every((t, i) => want[i] === '*' || want[i] === t);
  });
}

/** The session as one rule sees it, every read recorded into `seen`. */
function watched(s: ResolvedSession, seen: Set<string>): ResolvedSession {
  const out: ResolvedSession = { data: recording<SessionData>(s.data, '', seen), base: s.base };
  if (s.file !== undefined) out.file = s.file;
  if (s.decision) out.decision = { index: s.decision.index, data: recording<SessionDecision>(s.decision.data, '/decisions/*', seen) };
  return out;
}

/** The session pointers a rule declares that its pack's session schema does not have (every one, when the pack has no session). */
export const brokenSessionReads = (schema: unknown, rules: readonly Rule[]): string[] =>
  rules.flatMap((r) => (r.sessionReads ?? []).filter((ptr) => !resolves(schema, parsePointer(ptr))).map((ptr) => `${r.id}: ${ptr}`));

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

describe('a session read', () => {
  const schema = sessionSchema(PACKS.find((p) => p.id === 'mic-2018')!);
  it('is walked through the session schema, not the package schema', () => {
    const rule = (sessionReads: string[]) => ({ id: 'x/a', sessionReads }) as unknown as Rule;
    expect(brokenSessionReads(schema, [rule(['/members/*/role', '/decisions/*/votes/*/vote', '/voting', '/kind'])])).toEqual([]);
    expect(brokenSessionReads(schema, [rule(['/members/*/rol'])])).toEqual(['x/a: /members/*/rol']);
    expect(brokenSessionReads(schema, [rule(['/session/voting'])])).toEqual(['x/a: /session/voting']);
    expect(brokenSessionReads(undefined, [rule(['/voting'])])).toEqual(['x/a: /voting']);
  });
  it('is recorded as a pattern and must lie on the way to a declared pointer', () => {
    const seen = new Set<string>();
    const data = recording({ voting: 'open', members: [{ name: 'A', role: 'chair', hr: true }] }, '', seen);
    expect(data.members.filter((m) => m.role === 'chair').length).toBe(1);
    expect([...seen].sort()).toEqual(['/members', '/members/*', '/members/*/role']);
    expect([...seen].every((p) => onTheWay(p, ['/members/*/role']))).toBe(true);
    expect(data.members[0]!.hr).toBe(true);
    expect(onTheWay('/members/*/hr', ['/members/*/role'])).toBe(false);
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
      // Each (rule, pointer) pair once: keyed by the pointer alone, a later rule would hide an earlier one's read.
      const read = new Map<string, [string, string]>();
      const eventsRead = new Map<string, string>();
      // What each rule read of a session, and whether any package had one to read.
      const sessionRead = new Map<string, [string, string]>();
      let sessions = 0;
      const loadSession = sessionLoader();
      for (const p of packPackages(pack.id)) {
        const doc = p.doc();
        const data = doc.data as PackageData;
        if (!data || typeof data !== 'object' || !data.servant || !data.period) continue;
        const session = data.session ? resolveSession(data, pack, doc, loadSession, []) : undefined;
        if (session) sessions++;
        const byType = new Map<string, Array<{ index: number; event: PackageEvent }>>();
        (data.events ?? []).forEach((event, index) => byType.set(event.type, [...(byType.get(event.type) ?? []), { index, event }]));
        for (const rule of pack.rules) {
          const seen = new Set<string>();
          const ctx: RuleContext = {
            ...(session ? { session: watched(session, seen) } : {}),
            pkg: data,
            today: '2026-11-22',
            calendar,
            get: (ptr) => (read.set(`${rule.id} ${ptr}`, [ptr, rule.id]), value(data, ptr)),
            events: (type) => (eventsRead.set(type, rule.id), byType.get(type) ?? []),
          };
          try {
            if (!rule.applies || rule.applies(ctx)) rule.check(ctx);
          } catch {
            // a rule that throws on a broken package has read its pointers by then
          }
          for (const ptr of seen) sessionRead.set(`${rule.id} ${ptr}`, [ptr, rule.id]);
        }
      }
      expect(read.size).toBeGreaterThan(0);
      const broken = [...read.values()].filter(([ptr]) => !resolves(schema, parsePointer(ptr))).map(([ptr, id]) => `${id}: ${ptr}`);
      expect(broken).toEqual([]);
      // Every event type a rule asks for is one the pack defines (events.json).
      expect(unknownEvents(pack, eventsRead)).toEqual([]);
      // A rule that declares what it reads reads nothing else.
      const byId = new Map(pack.rules.map((r) => [r.id, r]));
      const undeclared = [...read.values()].filter(([ptr, id]) => byId.get(id)?.reads && !declared(ptr, byId.get(id)!.reads!)).map(([ptr, id]) => `${id}: ${ptr}`);
      expect(undeclared).toEqual([]);
      // A rule reads of a session only what it declares (every rule that reads one declares).
      if (pack.session) expect(sessions).toBeGreaterThan(0);
      const undeclaredSession = [...sessionRead.values()].filter(([ptr, id]) => !onTheWay(ptr, byId.get(id)?.sessionReads ?? [])).map(([ptr, id]) => `${id}: ${ptr}`);
      expect(undeclaredSession).toEqual([]);
    });
    it('declared by its rule kinds resolves in the package schema', () => {
      const schema = packageSchema(pack);
      const declaring = pack.rules.filter((r) => r.reads);
      const broken = declaring.flatMap((r) => r.reads!.filter((ptr) => !resolves(schema, parsePointer(ptr))).map((ptr) => `${r.id}: ${ptr}`));
      expect(broken).toEqual([]);
    });
    it('of a session, declared by its rule kinds, resolves in the session schema', () => {
      expect(brokenSessionReads(sessionSchema(pack), pack.rules)).toEqual([]);
    });
  });
}
