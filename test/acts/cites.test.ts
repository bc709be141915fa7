/**
 * Issue 13, class 1: a finding cites the one place the breached text is in. Every rule's cite (and
 * each per-form place of a rule whose words stand in several places) names one clause, part,
 * sub-clause or appendix, and the rule's quote is found in the text of exactly that place — read
 * from the act itself (act-places.ts), not from a list of known cases. Every finding the fixtures
 * produce cites one of its rule's places.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../src/acts/index.js';
import { checkDocument } from '../../src/check/run.js';
import { createCalendar } from '../../src/law/calendar/index.js';
import { caseDoc, listCases, packPackages } from '../../src/package/cases.js';
import { sessionLoader } from '../../src/package/load.js';
import { actPlaces, fold, parsePlace, placesHolding, placeText, type ActPlaces } from './act-places.js';
import type { Pack } from '../../src/acts/pack.js';

const calendar = createCalendar();

describe('the place reader', () => {
  it('parses one place and refuses a combined cite', () => {
    expect(parsePlace('cl. 7 pt. 2')).toEqual({ kind: 'cl', n: 7, pt: 2 });
    expect(parsePlace('cl. 3(7)')).toEqual({ kind: 'cl', n: 3, sub: 7 });
    expect(parsePlace('App. 2 (row 5)')).toEqual({ kind: 'app', n: 2, qualifier: 'row 5' });
    expect(parsePlace('order cl. 5')).toEqual({ kind: 'own', n: 5, act: 'order' });
    expect(parsePlace('Decision No. 68 cl. 1')).toEqual({ kind: 'own', n: 1, act: 'Decision No. 68' });
    for (const bad of ['cl. 21–22', 'cl. 7 pt. 3–4', 'cl. 7 pt. 1, 5', 'cl. 24; cl. 25', 'cl. 26, 30', 'Decision No. 68 p. 1–2', 'category codes', 'cl. 26–27', 'App. 1, App. 2 (row 5)', 'cl. 7, App. 2', 'App. 5, 7', 'cl. 35, 18(2)', 'cl. 8; cl. 7 pt. 7; App. 1']) expect(parsePlace(bad), bad).toBeNull();
  });
  it('finds a quote in its own clause and not in another (mic-2018 cl. 27: the 3/4 rule)', () => {
    const mic = PACKS.find((p) => p.id === 'mic-2018')!;
    const places = actPlaces(mic);
    const q = 'мінез-құлық индикторларының 3/4 немесе одан көбі байқалған жағдайда';
    expect(fold(placeText(places, { kind: 'cl', n: 27 }) ?? '')).toContain(fold(q));
    expect(fold(placeText(places, { kind: 'cl', n: 26 }) ?? '')).not.toContain(fold(q));
    expect(placesHolding(places, q)).toEqual(['cl. 27(1)']);
  });
});

/** The appendix numbers a text refers to: «3-қосымшаға», «7 және 8-қосымшаларына», «1, 2-қосымшалар». */
export function appendicesNamed(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(/((?:\d+(?:,| және)\s*)*\d+)-қосымша/g)) for (const n of (m[1] as string).split(/,| және/)) out.add(Number(n.trim()));
  return out;
}

/** The acts a pack names as a whole: the repealing act, the acts that gave its wordings, the pending amendments. */
const actsNamed = (pack: Pack): Set<string> =>
  new Set([...(pack.validity.repeal ? [pack.validity.repeal] : []), ...pack.wordings.map((w) => w.by), ...pack.pending.map((p) => p.cite)]);

/** Why a cite is not one place of this act holding its words, or undefined when it is. */
function notOnePlace(places: ActPlaces, clause: string, quote: string | undefined): string | undefined {
  const p = parsePlace(clause);
  if (!p) return `«${clause}» is not one place`;
  const text = placeText(places, p);
  if (text === undefined) return `the act has no ${clause}`;
  if (quote !== undefined && !fold(text).includes(fold(quote))) return `«${quote.slice(0, 60)}…» is not in ${clause} but in ${placesHolding(places, quote).join(', ') || 'no one place'}`;
  return undefined;
}

describe('the appendix references', () => {
  it('reads single, listed and joined references', () => {
    expect([...appendicesNamed('осы Әдістемеге 3-қосымшаға сәйкес')]).toEqual([3]);
    expect([...appendicesNamed('осы Әдістеменің 7 және 8-қосымшаларына сәйкес')]).toEqual([7, 8]);
    expect([...appendicesNamed('1, 2-қосымшалар')]).toEqual([1, 2]);
    expect([...appendicesNamed('тармақ')]).toEqual([]);
  });
});

for (const pack of PACKS) {
  describe(`${pack.id}: every cite names one place that holds its quote`, () => {
    const places = actPlaces(pack);
    it('every «cl. N pt. M» its data files write names a printed part (бөлік) the clause has: cite-text writes it as a part', () => {
      // The packs write a part as `pt. M` and a sub-clause as `(M)`; src/law/cite-text.ts reads them so
      // («7-тармақтың 2-бөлігі», «3-тармақтың 7) тармақшасы»). A `pt.` the clause has no such part for is wrong.
      const wrong: string[] = [];
      for (const f of readdirSync(join('src/acts', pack.id))) {
        for (const m of readFileSync(join('src/acts', pack.id, f), 'utf8').matchAll(/cl\. (\d+) pt\. (\d+)(?:[–-](\d+))?/g)) {
          const c = places.clauses.get(Number(m[1]));
          const last = Number(m[3] ?? m[2]);
          if (!c || c.parts.length < last) wrong.push(`${f}: «${m[0]}»: the act's cl. ${m[1]} has ${c ? c.parts.length : 'no'} part(s)`);
        }
      }
      expect(wrong).toEqual([]);
    });
    it('reads the act\'s clauses and appendices', () => {
      if (pack.id !== 'kyzylorda-maslikhat-2018') expect(places.clauses.size).toBeGreaterThan(20);
      for (const a of pack.appendices.filter((x) => x.present)) expect(places.appendices.has(a.no), `App. ${a.no}`).toBe(true);
    });
    it('each rule and each of its places', () => {
      const wrong: string[] = [];
      for (const r of pack.rules) {
        for (const at of [{ clause: r.clause, quote: r.quote }, ...(r.places ?? [])]) {
          const p = parsePlace(at.clause);
          if (!p) {
            wrong.push(`${r.id}: «${at.clause}» is not one place`);
            continue;
          }
          const text = placeText(places, p);
          if (text === undefined) wrong.push(`${r.id}: the act has no ${at.clause}`);
          else if (!fold(text).includes(fold(at.quote)))
            wrong.push(`${r.id}: the quote is not in ${at.clause} but in ${placesHolding(places, at.quote).join(', ') || 'no one place'}`);
        }
      }
      expect(wrong).toEqual([]);
    });
    it('each appendix is introduced by the one place it cites, which names it (or holds its stated words)', () => {
      const wrong: string[] = [];
      for (const a of pack.appendices) {
        // An appendix whose approving act is not in our text at all is cited by that act as a whole.
        if (!a.present && /^(?:Decision|Order) No\. [\w/-]+$/.test(a.clause)) continue;
        const why = notOnePlace(places, a.clause, a.quote);
        if (why) wrong.push(`App. ${a.no}: ${why}`);
        else if (a.quote === undefined && !appendicesNamed(placeText(places, parsePlace(a.clause)!) ?? '').has(a.no)) wrong.push(`App. ${a.no}: ${a.clause} does not name «${a.no}-қосымша» (state the words that introduce it)`);
      }
      expect(wrong).toEqual([]);
    });
    it('each event type cites one place (and each further case one place) that the act has', () => {
      const wrong: string[] = [];
      for (const e of pack.events) for (const c of [e.clause, ...(e.also ?? [])]) {
        const why = notOnePlace(places, c, undefined);
        if (why) wrong.push(`${e.type}: ${why}`);
      }
      expect(wrong).toEqual([]);
    });
    it('the entry-into-force clause is one clause of the approving act and holds its quote, which no other of its clauses does', () => {
      const v = pack.validity.entry;
      expect(notOnePlace(places, v.clause, v.quote)).toBeUndefined();
      const others = [...places.own].filter(([n, t]) => n !== (parsePlace(v.clause) as { n: number }).n && fold(t).includes(fold(v.quote))).map(([n]) => n);
      expect(others).toEqual([]);
    });
    it('the codes a category is read against are cited from the one place that prints them', () => {
      if (!pack.categoryCodes) return;
      expect(notOnePlace(places, pack.categoryCodes.clause, pack.categoryCodes.quote)).toBeUndefined();
    });
    it('every finding of the valid packages and the cases names one place: a rule\'s own, the act\'s, or an act as a whole', () => {
      const acts = actsNamed(pack);
      const wrong: string[] = [];
      for (const { label: f, doc } of packPackages(pack.id)) {
        for (const x of checkDocument(doc(), { today: '2026-11-22', calendar, loadSession: sessionLoader() }).findings) {
          if (!x.cite) continue;
          if (acts.has(x.cite.clause)) continue;
          const why = notOnePlace(places, x.cite.clause, undefined);
          if (why) wrong.push(`${f}: ${x.ruleId}: ${why}`);
        }
      }
      expect(wrong).toEqual([]);
    });
    it('every finding of its cases cites one of the rule\'s places', () => {
      const rules = new Map(pack.rules.map((r) => [r.id, new Set([r.clause, ...(r.places ?? []).map((x) => x.clause)])]));
      const wrong: string[] = [];
      for (const c of listCases(pack.id)) {
        const f = c.file;
        const r = checkDocument(caseDoc(c), { today: '2026-11-22', calendar, loadSession: sessionLoader() });
        for (const x of r.findings) {
          const allowed = rules.get(x.ruleId);
          if (allowed && !allowed.has(x.cite?.clause ?? '')) wrong.push(`${f}: ${x.ruleId} cites «${x.cite?.clause}»`);
        }
      }
      expect(wrong).toEqual([]);
    });
  });
}
