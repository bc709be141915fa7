/**
 * What every pack must be, in one place, for every pack (the per-pack test files keep what only their
 * pack has: catalogues, tables, lookups). Each invariant with its breaking case beside it:
 *  - it names its act file, and every quote it holds — each rule's and each of its places', each
 *    parameter's (and each dated value's), the entry into force, the category codes' place — is the
 *    act's own text (one normaliser, act-text.ts);
 *  - its rule ids are unique (across all packs too), kebab-case under the pack id, with a title in kk, ru, en;
 *  - every enum value that is a word (Cyrillic) of its forms, envelope, session and absences is in the act;
 *  - its form, package and session schemas compile under ajv 2020 strict; each appendix's form has its
 *    schema, each pending amendment names what it amends;
 *  - every rule has a case that breaks it (an error or warning expected in test/cases/<pack>/), and every
 *    case names only rules the pack has;
 *  - its params are its data files, read from disk here (its `params.json`, and the 2018 family's shared
 *    `b-corps-2018/params.json` first): the same keys in the same order, each entry's clause a place of the act
 *    («cl. N», «App. N», the approving decision's clause), its words in the act, its note in kk, ru and en (or the
 *    name of a note of the family's `notes.json`), each dated value's words in the act too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsMod from 'ajv-formats';
import type { TSchema } from 'typebox';
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../src/acts/index.js';
import { packageSchema, sessionSchema } from '../../src/acts/envelope.js';
import type { Pack } from '../../src/acts/pack.js';
import { listCases, type Case } from '../../src/package/cases.js';
import { actFile, actOf, inActText, normalise } from './act-text.js';

const addFormats = ((addFormatsMod as unknown as { default?: unknown }).default ?? addFormatsMod) as (a: Ajv2020) => Ajv2020;

type Quoted = { clause: string; quote: string; dated?: ReadonlyArray<{ from: string; quote: string }> };

/** Every quote a pack holds, with where it is held. */
function quotesOf(pack: Pack): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const r of pack.rules) {
    out.push([r.id, r.quote]);
    for (const p of r.places ?? []) out.push([`${r.id} (${p.clause})`, p.quote]);
  }
  for (const [k, p] of Object.entries((pack as { params?: Record<string, Quoted> }).params ?? {})) {
    out.push([`params.${k}`, p.quote]);
    for (const d of p.dated ?? []) out.push([`params.${k}@${d.from}`, d.quote]);
  }
  out.push(['validity.entry', pack.validity.entry.quote]);
  if (pack.categoryCodes) out.push(['categoryCodes', pack.categoryCodes.quote]);
  return out;
}

/** The quotes not found in the act (an empty quote, a placeholder, is in every text and proves nothing: not found). */
const missingQuotes = (act: { normal: string }, quotes: Array<[string, string]>): string[] =>
  quotes.filter(([, q]) => normalise(q) === '' || !act.normal.includes(normalise(q))).map(([at, q]) => `${at}: «${q.slice(0, 80)}»`);

/** Every string of every `enum` in a schema tree. */
function enumValues(schema: unknown, out: string[] = []): string[] {
  if (Array.isArray(schema)) schema.forEach((s) => enumValues(s, out));
  else if (schema && typeof schema === 'object')
    for (const [k, v] of Object.entries(schema)) {
      if (k === 'enum' && Array.isArray(v)) out.push(...v.filter((x): x is string => typeof x === 'string'));
      else enumValues(v, out);
    }
  return out;
}

/**
 * The enum values that are words of the act: Kazakh (Cyrillic) text. Latin ids (`commission`,
 * `appeal-filed`) are the toolkit's names for things, not the act's words. A trailing « *» is the act's
 * footnote mark, printed apart.
 */
function actWords(pack: Pack): string[] {
  const values = [
    ...enumValues(pack.forms),
    ...enumValues(pack.servantExtra ?? {}),
    ...enumValues(packageSchema(pack)),
    ...enumValues(sessionSchema(pack) ?? {}),
    ...pack.absenceKinds,
    ...(pack.session ? [...pack.session.kinds, ...pack.session.decisions, ...pack.session.grades.filter((g): g is string => typeof g === 'string')] : []),
  ];
  return [...new Set(values)].filter((v) => /[\u0400-\u04FF]/.test(v));
}

const missingWords = (act: { normal: string; squashed: string }, words: string[]): string[] =>
  words.filter((v) => !inActText(act, v.replace(/ ?\*$/, ''), { ignoreCase: true }));

/** The rules no case breaks, and the rule ids cases name that the pack does not have. */
/** The findings a case expects without the facts that matter (a fixture a lawyer reads says the deadline, the days, the values). */
const withoutFacts = (cases: readonly Case[]): string[] =>
  cases.flatMap((c) => c.findings.filter((f) => !f.facts || Object.keys(f.facts).length === 0).map((f) => `${c.file}: ${f.ruleId}`));

function caseCoverage(pack: Pick<Pack, 'id' | 'rules'>, cases: readonly Case[]): { unbroken: string[]; unknown: string[] } {
  const named = new Set(cases.flatMap((c) => c.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId)));
  const all = new Set(cases.flatMap((c) => c.findings.map((f) => f.ruleId)));
  const ids = new Set(pack.rules.map((r) => r.id));
  return {
    unbroken: pack.rules.map((r) => r.id).filter((id) => !named.has(id)),
    unknown: [...all].filter((id) => id.startsWith(`${pack.id}/`) && !ids.has(id)),
  };
}

type Entry = { value?: unknown; clause?: unknown; quote?: unknown; note?: unknown; dated?: Array<{ from?: unknown; clause?: unknown; quote?: unknown; by?: unknown; note?: unknown }> };
const readJson = (f: string): Record<string, Entry> => JSON.parse(readFileSync(f, 'utf8')) as Record<string, Entry>;
const FAMILY = ['mic-2018', 'almaty-maslikhat-2018'];
/** The data files a pack's params are read from, in the order they are spread. */
const paramsFiles = (pack: Pick<Pack, 'id'>): string[] => [...(FAMILY.includes(pack.id) ? ['src/acts/b-corps-2018/params.json'] : []), `src/acts/${pack.id}/params.json`];
const FAMILY_NOTES = readJson('src/acts/b-corps-2018/notes.json');
const CLAUSE = /^(Decision No\. \d+ )?(cl\.|App\.) \d+/;
const isText3 = (n: unknown): boolean => typeof n === 'object' && n !== null && ['kk', 'ru', 'en'].every((l) => typeof (n as Record<string, unknown>)[l] === 'string' && (n as Record<string, string>)[l] !== '');

/** What is wrong with a pack's params data files, read as given (`files`: file → its entries). */
function paramsDataProblems(pack: Pick<Pack, 'params'>, act: { normal: string }, files: ReadonlyArray<[string, Record<string, Entry>]>): string[] {
  const out: string[] = [];
  const keys = files.flatMap(([, d]) => Object.keys(d));
  if (JSON.stringify(keys) !== JSON.stringify(Object.keys(pack.params))) out.push(`keys: the files give ${keys.length}, the pack has ${Object.keys(pack.params).length} (or another order)`);
  for (const [f, data] of files)
    for (const [k, e] of Object.entries(data)) {
      const at = `${f} «${k}»`;
      if (typeof e.clause !== 'string' || !CLAUSE.test(e.clause)) out.push(`${at}: clause «${String(e.clause)}» is not a place of the act`);
      if (typeof e.quote !== 'string' || !act.normal.includes(normalise(e.quote))) out.push(`${at}: its words are not in the act`);
      if (e.note !== undefined && !(typeof e.note === 'string' ? isText3(FAMILY_NOTES[e.note]) : isText3(e.note))) out.push(`${at}: its note is not in kk, ru and en`);
      const held = pack.params[k];
      if (held && (held.clause !== e.clause || held.quote !== e.quote)) out.push(`${at}: the pack holds another clause or words`);
      for (const d of e.dated ?? []) {
        if (typeof d.clause !== 'string' || !CLAUSE.test(d.clause) || typeof d.by !== 'string' || typeof d.from !== 'string') out.push(`${at} from ${String(d.from)}: no clause, day or amending act`);
        if (typeof d.quote !== 'string' || !act.normal.includes(normalise(d.quote))) out.push(`${at} from ${String(d.from)}: its words are not in the act`);
        if (d.note !== undefined && !isText3(d.note)) out.push(`${at} from ${String(d.from)}: its note is not in kk, ru and en`);
      }
    }
  return out;
}

const ID = (pack: Pack) => new RegExp(`^${pack.id}/[a-z0-9]+(-[a-z0-9]+)*$`);

for (const pack of PACKS) {
  describe(`${pack.id}: the pack invariants`, () => {
    it('names its act file, which is there', () => {
      expect(pack.act.source, 'act.source').toMatch(/^\d{3}_[0-9a-f]+\.txt$/);
      expect(existsSync(actFile(pack.act.source))).toBe(true);
    });

    it('every quote it holds is the act\'s own text', () => {
      const quotes = quotesOf(pack);
      expect(quotes.length).toBeGreaterThan(pack.rules.length);
      expect(missingQuotes(actOf(pack), quotes)).toEqual([]);
    });

    it('rule ids are unique, kebab-case under the pack id, each rule titled in kk, ru and en', () => {
      const ids = pack.rules.map((r) => r.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      expect(ids.filter((id) => !ID(pack).test(id))).toEqual([]);
      expect(pack.rules.filter((r) => !(r.title.kk && r.title.ru && r.title.en)).map((r) => r.id)).toEqual([]);
    });

    it('every enum value that is a word is the act\'s word', () => {
      const words = actWords(pack);
      expect(words.length).toBeGreaterThan(5);
      expect(missingWords(actOf(pack), words)).toEqual([]);
    });

    it('its form, package and session schemas compile under ajv 2020 strict', () => {
      const ajv = new Ajv2020({ strict: true, strictTypes: false, allowUnionTypes: true, allErrors: true });
      addFormats(ajv);
      for (const [key, schema] of Object.entries(pack.forms)) expect(() => ajv.compile(schema as TSchema), key).not.toThrow();
      expect(() => ajv.compile(packageSchema(pack))).not.toThrow();
      const s = sessionSchema(pack);
      if (s) expect(() => ajv.compile(s)).not.toThrow();
    });

    it('every appendix with a form key has a schema; every pending amendment names provisions; it holds a wording', () => {
      expect(pack.appendices.filter((a) => a.formKey && !pack.forms[a.formKey]).map((a) => a.formKey)).toEqual([]);
      expect(pack.pending.filter((p) => p.provisions.length === 0)).toEqual([]);
      expect(pack.wordings.length).toBeGreaterThan(0);
    });

    it('its params are its params.json files: clauses, words in the act, notes in kk, ru and en', () => {
      const files = paramsFiles(pack).map((f): [string, Record<string, Entry>] => [f, readJson(f)]);
      expect(paramsDataProblems(pack, actOf(pack), files)).toEqual([]);
    });

    it('every rule has a case that breaks it, and every case names rules of this pack', () => {
      const cases = listCases(pack.id);
      expect(cases.length).toBeGreaterThan(0);
      expect(caseCoverage(pack, cases)).toEqual({ unbroken: [], unknown: [] });
    });

    it('every finding a case expects states its facts', () => {
      expect(withoutFacts(listCases(pack.id))).toEqual([]);
    });
  });
}

describe('across the packs', () => {
  it('no rule id is used by two packs', () => {
    const ids = PACKS.flatMap((p) => p.rules.map((r) => r.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe('the invariants can fail', () => {
  const pack = PACKS.find((p) => p.id === 'mic-2018')!;
  const act = actOf(pack);
  const rule = pack.rules[0]!;
  it('a quote with one letter changed, or made up, is not found; the same quote re-wrapped and with other quotation marks is', () => {
    const q = rule.quote;
    const i = q.search(/[а-яәғқңөұүһі]/);
    const changed = q.slice(0, i) + (q[i] === 'а' ? 'о' : 'а') + q.slice(i + 1);
    expect(missingQuotes(act, [['x', changed], ['y', 'Бағалау нәтижелері торт пен кофе арқылы анықталады']])).toHaveLength(2);
    expect(missingQuotes(act, [['z', q.replace(/ /g, '\n  ').replace(/"/g, '«')]])).toEqual([]);
    expect(missingQuotes(act, [['placeholder', ''], ['blank', ' \n ']])).toHaveLength(2);
  });
  it('the normaliser folds only marks, dashes, tags and white space', () => {
    expect(normalise('«a»  –\n b<br/>c')).toBe('"a" - b c');
    expect(normalise('мерзім')).not.toBe(normalise('мерзiм')); // a Latin «i» stays a different letter
  });
  it('an enum value the act does not print is reported', () => {
    expect(missingWords(act, ['тиімді', 'өте керемет тиімді'])).toEqual(['өте керемет тиімді']);
  });
  it('a rule without a breaking case, and a case naming a rule the pack lacks, are reported', () => {
    const cases = listCases(pack.id);
    const withExtra = { id: pack.id, rules: [...pack.rules, { ...rule, id: `${pack.id}/no-case-breaks-this` }] };
    expect(caseCoverage(withExtra, cases).unbroken).toEqual([`${pack.id}/no-case-breaks-this`]);
    const only = cases.filter((c) => !c.findings.some((f) => f.ruleId === rule.id && f.severity !== 'info'));
    expect(caseCoverage(pack, only).unbroken).toContain(rule.id);
    const stray = [{ ...cases[0]!, findings: [{ ruleId: `${pack.id}/not-a-rule`, severity: 'error' as const }] }];
    expect(caseCoverage(pack, [...cases, ...stray]).unknown).toEqual([`${pack.id}/not-a-rule`]);
  });
  it('a case finding without facts is reported', () => {
    const c = listCases(pack.id)[0]!;
    const bare = { ...c, findings: c.findings.map(({ facts: _facts, ...f }) => f) };
    const empty = { ...c, findings: c.findings.map((f) => ({ ...f, facts: {} })) };
    expect(withoutFacts([c])).toEqual([]);
    expect(withoutFacts([bare, empty])).toHaveLength(2 * c.findings.length);
  });
  it('a params.json entry whose words are not the act\'s, whose clause is no place, whose note lacks a language, or that the pack does not hold, is reported', () => {
    const f = 'src/acts/mic-2018/params.json';
    const files = paramsFiles(pack).map((x): [string, Record<string, Entry>] => [x, readJson(x)]);
    const mine = files.find(([x]) => x === f)![1];
    const k = Object.keys(mine)[0]!;
    const broken = (e: Entry, extra: Record<string, Entry> = {}): Array<[string, Record<string, Entry>]> => files.map(([x, d]) => [x, x === f ? { ...d, [k]: e, ...extra } : d]);
    const e = mine[k]!;
    expect(paramsDataProblems(pack, act, broken({ ...e, quote: 'Бағалау нәтижелері торт пен кофе арқылы анықталады' }))).toEqual([`${f} «${k}»: its words are not in the act`, `${f} «${k}»: the pack holds another clause or words`]);
    expect(paramsDataProblems(pack, act, broken({ ...e, clause: 'somewhere' }))).toEqual([`${f} «${k}»: clause «somewhere» is not a place of the act`, `${f} «${k}»: the pack holds another clause or words`]);
    expect(paramsDataProblems(pack, act, broken({ ...e, note: { kk: 'к', en: 'e' } }))).toEqual([`${f} «${k}»: its note is not in kk, ru and en`]);
    expect(paramsDataProblems(pack, act, broken({ ...e, note: 'noSuchNote' }))).toEqual([`${f} «${k}»: its note is not in kk, ru and en`]);
    expect(paramsDataProblems(pack, act, broken(e, { planted: { ...e } }))[0]).toMatch(/^keys: the files give/);
    expect(paramsDataProblems(pack, act, broken({ ...e, dated: [{ from: '2020-01-01', clause: 'cl. 1', quote: e.quote as string }] }))).toEqual([`${f} «${k}» from 2020-01-01: no clause, day or amending act`]);
  });
  it('a schema that is not strict does not compile', () => {
    const ajv = new Ajv2020({ strict: true, strictTypes: false, allowUnionTypes: true });
    expect(() => ajv.compile({ type: 'object', properties: { a: { type: 'string', minimum: 1, unknownKeyword: true } } })).toThrow();
  });
});
