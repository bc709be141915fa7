/**
 * Issue 13, classes 4 and 6: validity is judged on the steps as well as the period, and every engine
 * finding about validity and wordings cites what it rests on. Over every pack (the entry clause's
 * words are checked with every quote in invariants.test.ts): a step dated after the repeal names the repealing act;
 * a step dated before entry into force names the entry clause; a repealed act's package is not told
 * «we do not hold the wording in force»; `wording-not-held` names the act that gave the wording we
 * hold, `amendment-not-held` the amending act.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../src/acts/index.js';
import { selectWording } from '../../src/check/as-of.js';
import { checkDocument } from '../../src/check/run.js';
import { createCalendar } from '../../src/law/calendar/index.js';
import { loadFile, sessionLoader } from '../../src/package/load.js';

const calendar = createCalendar();
const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

function checkWith(pack: (typeof PACKS)[number], edit: (data: Record<string, unknown>) => void) {
  const doc = loadFile(join('samples', pack.id, 'valid.yaml'));
  edit(doc.data as Record<string, unknown>);
  return checkDocument(doc, { today: '2026-11-22', calendar, loadSession: sessionLoader() });
}

/** The first dated step of the valid sample: its first event, else the first `date` of a form. */
function firstStep(data: Record<string, unknown>): { set: (d: string) => void; path: string } {
  const events = data['events'] as Array<{ date: string }> | undefined;
  if (events?.[0]) return { set: (d) => (events[0]!.date = d), path: '/events/0/date' };
  const walk = (v: unknown, p: string): { set: (d: string) => void; path: string } | undefined => {
    if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        if (k === 'date' && typeof x === 'string') return { set: (d) => ((v as Record<string, unknown>)[k] = d), path: `${p}/${k}` };
        const r = walk(x, `${p}/${k}`);
        if (r) return r;
      }
    return undefined;
  };
  const r = walk(data['forms'], '/forms');
  if (!r) throw new Error('no dated step');
  return r;
}

for (const pack of PACKS) {
  const v = pack.validity;
  describe(`${pack.id}: validity, steps and wordings cite what they rest on`, () => {
    it('a period before entry into force cites the entry clause', () => {
      const f = selectWording(pack, { from: addDays(v.from, -400), to: addDays(v.from, -40) }).findings.find((x) => x.ruleId === 'outside-validity');
      expect(f?.cite?.clause).toBe(v.entry.clause);
    });
    if (v.to !== undefined) {
      it('a period after the repeal cites the repealing act, and no «wording not held»', () => {
        const r = selectWording(pack, { from: addDays(v.to!, 40), to: addDays(v.to!, 400) });
        expect(r.findings.map((x) => x.ruleId)).toEqual(['outside-validity']);
        expect(r.findings[0]?.cite?.clause).toBe(v.repeal);
        expect(v.repeal, 'the repealing act as cited').toMatch(/No\. \d+ of \d\d\.\d\d\.\d{4}/);
      });
      it('a step dated after the repeal is an error naming the repealing act', () => {
        let path = '';
        const r = checkWith(pack, (d) => {
          const s = firstStep(d);
          s.set(addDays(v.to!, 3));
          path = s.path;
        });
        const f = r.findings.find((x) => x.ruleId === 'step-after-repeal');
        expect(f, JSON.stringify(r.findings.map((x) => x.ruleId))).toBeDefined();
        expect(f).toMatchObject({ severity: 'error', path, cite: { clause: v.repeal } });
        expect(f!.message.en).toContain(v.repealedBy!.en);
      });
    }
    it('a step dated on the last day in force is not a step after repeal, nor one on the first day a step before entry', () => {
      const r = checkWith(pack, (d) => firstStep(d).set(v.to ?? v.from));
      expect(r.findings.filter((x) => x.ruleId === 'step-after-repeal' || x.ruleId === 'step-before-entry')).toEqual([]);
    });
    it('a step dated before entry into force names the entry clause', () => {
      const r = checkWith(pack, (d) => firstStep(d).set(addDays(v.from, -1)));
      const f = r.findings.find((x) => x.ruleId === 'step-before-entry');
      expect(f).toMatchObject({ severity: 'error', cite: { clause: v.entry.clause } });
    });
    it('wording-not-held and amendment-not-held cite the acts they rest on', () => {
      const first = pack.wordings[0]!;
      if (first.from > v.from) {
        const f = selectWording(pack, { from: v.from, to: addDays(first.from, -1) }).findings.find((x) => x.ruleId === 'wording-not-held');
        expect(f?.cite?.clause).toBe(first.by);
      }
      for (const a of pack.pending) {
        const f = selectWording(pack, { from: a.from, to: addDays(a.from, 30) }).findings.find((x) => x.ruleId === 'amendment-not-held');
        expect(f?.cite?.clause).toBe(a.cite);
      }
      for (const w of pack.wordings) expect(w.by, 'the act that gave the wording').toMatch(/No\. [\d/-]+ of \d\d\.\d\d\.\d{4}/);
    });
  });
}

describe('the dated wordings and pending amendments are lookups the engine and the draft checker share', async () => {
  const { wordingOn, pendingOn } = await import('../../src/acts/pack.js');
  const { MODEL_WORDING, PENDING_AMENDMENT } = await import('../../src/draft/model/asa-b-model.js');
  const model = PACKS.find((p) => p.id === 'asa-b-model')!;
  it('the wording in force on a day, none before the first we hold', () => {
    expect(wordingOn(model, '2025-07-27')).toBeUndefined();
    expect(wordingOn(model, '2025-07-28')?.by).toBe('Order No. 121 of 28.07.2025');
    expect(wordingOn(model, '2026-11-22')?.date).toBe(MODEL_WORDING);
  });
  it('an amendment whose wording we lack counts from its first day', () => {
    expect(pendingOn(model, '2026-07-10')).toEqual([]);
    expect(pendingOn(model, '2026-07-11').map((a) => a.cite)).toEqual(['Order No. 52 of 31.03.2026']);
    expect(pendingOn(model, '2026-07-11')[0]!.from).toBe(PENDING_AMENDMENT.inForceFrom);
  });
});
