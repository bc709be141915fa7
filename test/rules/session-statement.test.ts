/**
 * The session-statement kind as asa-a-corps uses it (cl. 30): a result the National Commission revises
 * (`correctedGrade`) is stated in its protocol with the reasons and explanations (`reasons`). The passing and the
 * breaking package beside each other, from the case test/cases/asa-a-corps/revision-without-reasons.yaml.
 */
import { describe, expect, it } from 'vitest';
import '../../src/acts/index.js';
import { checkDocument } from '../../src/check/run.js';
import { createCalendar } from '../../src/law/calendar/index.js';
import { caseDoc, listCases, type Case, type Change } from '../../src/package/cases.js';
import { sessionLoader } from '../../src/package/load.js';
import { pack } from '../../src/acts/asa-a-corps/index.js';

const RULE = 'asa-a-corps/revision-reasons';
const calendar = createCalendar();
const base = listCases('asa-a-corps').find((c) => c.file.endsWith('revision-without-reasons.yaml'))!;
const run = (...more: Change[]) => {
  const c: Case = { ...base, change: [...base.change, ...more] };
  return checkDocument(caseDoc(c), { today: '2026-11-22', calendar, loadSession: sessionLoader() }).findings.filter((f) => f.ruleId === RULE);
};

describe('asa-a-corps: a revised result states its reasons and explanations (cl. 30)', () => {
  it('revised, no reasons: one error on the decision, in kk, ru and en, citing cl. 30', () => {
    const [f, ...more] = run();
    expect(more).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.path).toBe('/session/decisions/0');
    expect(f?.cite?.clause).toBe('cl. 30');
    expect(f?.message.kk).toBe('Нәтиже қайта қаралса, хаттамада тиісті себептер мен түсіндірмелер көрсетіледі: қайта қаралған бағалау нәтижесі «қанағаттанарлық» жазылған, бірақ тиісті себептер мен түсіндірмелер жоқ');
    expect(f?.message.ru).toBe('При пересмотре результата в протоколе указываются соответствующие причины и пояснения: записано: пересмотренный результат оценки «қанағаттанарлық», но не указано: соответствующие причины и пояснения');
    expect(f?.message.en).toBe('Where a result is revised, the protocol states the reasons and explanations: the revised result «қанағаттанарлық» is recorded, but no reasons and explanations');
  });

  it('revised with reasons: nothing; the recommendations are not required (the provision\'s note says why)', () => {
    expect(run({ set: '/session/decisions/0/reasons', to: 'Бағалау НМИ-дің нақты мәндеріне сүйенбеген.' })).toEqual([]);
    expect(pack.params['revisionReasons']?.note?.en).toMatch(/recommendations/);
  });

  it('reasons of blanks only state nothing', () => {
    expect(run({ set: '/session/decisions/0/reasons', to: '   ' })).toHaveLength(1);
  });

  it('not revised: reasons or none, nothing', () => {
    expect(run({ remove: '/session/decisions/0/correctedGrade' })).toEqual([]);
    expect(run({ remove: '/session/decisions/0/correctedGrade' }, { set: '/session/decisions/0/reasons', to: 'мәтін' })).toEqual([]);
  });

  it('the decision schema holds the three cl. 30 fields for asa-a-corps alone', async () => {
    const { sessionSchema } = await import('../../src/acts/envelope.js');
    const { PACKS } = await import('../../src/acts/index.js');
    const CL30 = ['reasons', 'qualityRecommendations', 'disciplinaryRecommendations'];
    for (const p of PACKS) {
      const s = sessionSchema(p) as { properties: { decisions: { items: { properties: Record<string, { title: string }> } } } } | undefined;
      if (!s) continue;
      const props = s.properties.decisions.items.properties;
      for (const k of CL30) expect(k in props, `${p.id} ${k}`).toBe(p.id === 'asa-a-corps');
    }
  });
});
