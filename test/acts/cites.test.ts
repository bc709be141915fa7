/**
 * Issue 13, class 1: a finding cites the one place the breached text is in. Every rule's cite (and
 * each per-form place of a rule whose words stand in several places) names one clause, part,
 * sub-clause or appendix, and the rule's quote is found in the text of exactly that place — read
 * from the act itself (act-places.ts), not from a list of known cases. Every finding the fixtures
 * produce cites one of its rule's places.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../src/acts/index.js';
import { checkDocument } from '../../src/check/run.js';
import { createCalendar } from '../../src/law/calendar/index.js';
import { loadFile, sessionLoader } from '../../src/package/load.js';
import { actPlaces, fold, parsePlace, placesHolding, placeText } from './act-places.js';

const calendar = createCalendar();

describe('the place reader', () => {
  it('parses one place and refuses a combined cite', () => {
    expect(parsePlace('cl. 7 pt. 2')).toEqual({ kind: 'cl', n: 7, pt: 2 });
    expect(parsePlace('cl. 3(7)')).toEqual({ kind: 'cl', n: 3, sub: 7 });
    expect(parsePlace('App. 2 (row 5)')).toEqual({ kind: 'app', n: 2, qualifier: 'row 5' });
    for (const bad of ['cl. 26–27', 'App. 1, App. 2 (row 5)', 'cl. 7, App. 2', 'App. 5, 7', 'cl. 35, 18(2)', 'cl. 8; cl. 7 pt. 7; App. 1']) expect(parsePlace(bad), bad).toBeNull();
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

for (const pack of PACKS) {
  describe(`${pack.id}: every cite names one place that holds its quote`, () => {
    const places = actPlaces(pack);
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
    it('every finding of its fixtures cites one of the rule\'s places', () => {
      const dir = join('samples', pack.id, 'fixtures');
      const rules = new Map(pack.rules.map((r) => [r.id, new Set([r.clause, ...(r.places ?? []).map((x) => x.clause)])]));
      const wrong: string[] = [];
      for (const f of existsSync(dir) ? readdirSync(dir).filter((n) => /\.ya?ml$/.test(n) && !n.includes('.expect.')) : []) {
        const r = checkDocument(loadFile(join(dir, f)), { today: '2026-11-22', calendar, loadSession: sessionLoader() });
        for (const x of r.findings) {
          const allowed = rules.get(x.ruleId);
          if (allowed && !allowed.has(x.cite?.clause ?? '')) wrong.push(`${f}: ${x.ruleId} cites «${x.cite?.clause}»`);
        }
      }
      expect(wrong).toEqual([]);
    });
  });
}
