/**
 * Issue 12 item 2, the draft side: the draft checker reads the model's dated data through the same
 * lookups as the as-of engine — which wording governs a date (`wordingOn`), which amendment we lack
 * is in force (`pendingOn`), which value a provision has on the date (`valueOn`) — and compares no
 * date itself. A dated value given to a provision of the pack changes the comparison from its day on.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { params } from '../../src/acts/asa-b-model/params.js';
import { pack } from '../../src/acts/asa-b-model/index.js';
import type { Provision } from '../../src/law/provision.js';
import { checkDraft } from '../../src/draft/check.js';
import { MODEL_MARKDOWN } from '../../src/draft/model/asa-b-model-text.js';
import { MODEL_DATES, MODEL_PARAMETERS, parametersOn } from '../../src/draft/model/asa-b-model.js';

const appDays = params.applicationDays as Provision<number>;
afterEach(() => {
  delete appDays.dated;
});

const deadline = (date: string) => parametersOn(date).find((p) => p.id === 'disagreement-deadline');
const findingsOn = (date: string) => checkDraft(MODEL_MARKDOWN, { date }).findings.filter((f) => (f.facts as { parameter?: string } | undefined)?.parameter === 'disagreement-deadline');

describe('the draft checker reads the dated values of the pack', () => {
  it('holds the very wordings and pending amendments of the asa-b-model pack', () => {
    expect(MODEL_DATES.wordings).toEqual(pack.wordings);
    MODEL_DATES.wordings.forEach((w, i) => expect(w).toBe(pack.wordings[i]));
    MODEL_DATES.pending.forEach((a, i) => expect(a).toBe(pack.pending[i]));
    expect(MODEL_DATES.pending.length).toBe(pack.pending.length);
  });

  it('every parameter with a provision of the pack takes its value, clause and words from it', () => {
    const fromPack = MODEL_PARAMETERS.filter((p) => p.provision);
    expect(fromPack.length).toBeGreaterThanOrEqual(14);
    for (const p of fromPack) {
      expect(p.clause, p.id).toBe(p.provision?.clause);
      expect(p.wording, p.id).toBe(p.provision?.quote);
    }
  });

  it('without a dated value, the parameters are the same on every date', () => {
    expect(parametersOn('2026-07-11')).toEqual(MODEL_PARAMETERS);
    expect(parametersOn('2019-01-01')).toEqual(MODEL_PARAMETERS);
  });

  it('a dated value of a provision applies from its day: the model read on that day states it', () => {
    appDays.dated = [{ from: '2026-07-11', value: 10, clause: 'cl. 11', quote: 'он жұмыс күні ішінде', by: 'Order No. 52 of 31.03.2026' }];
    expect(deadline('2026-07-10')?.expected).toBe(5);
    expect(deadline('2026-07-11')?.expected).toBe(10);
    expect(deadline('2026-07-11')?.wording).toBe('он жұмыс күні ішінде');
    // The model's own text (five days) is compared with the value in force: the same before, a deviation from the day on.
    expect(findingsOn('2026-07-10')).toEqual([]);
    const after = findingsOn('2026-07-11');
    expect(after.map((f) => f.ruleId)).toEqual(['draft/model-parameter-deviation']);
    expect(after[0]?.facts).toMatchObject({ expected: 10, found: 5 });
    expect(after[0]?.message.en).toContain('он жұмыс күні ішінде');
  });

  it('the wording held and the pending amendment come from the lookups: before the wording we hold, after the amendment', () => {
    const ids = (date: string) => checkDraft(MODEL_MARKDOWN, { date }).findings.map((f) => f.ruleId).filter((r) => r === 'draft/model-wording-not-held' || r === 'draft/model-amended');
    expect(ids(pack.wordings[0]!.from)).toEqual([]);
    expect(ids('2025-07-27')).toEqual(['draft/model-wording-not-held']);
    expect(ids(pack.pending[0]!.from)).toEqual(['draft/model-amended']);
  });

  it('a note on an amended clause names the amended parts: part 1 of clause 5 is not told «clause 5 amended» as a whole', () => {
    // samples/drafts/ok.md lacks most of the model's clauses: the findings on clause 5's parameters carry the note
    const r = checkDraft(readFileSync('samples/drafts/ok.md', 'utf8'), { date: '2026-08-01' });
    const onFive = r.findings.filter((f) => f.note?.ru.startsWith('Изменено с')).map((f) => f.note!);
    expect(onFive.length).toBeGreaterThan(0);
    for (const n of onFive) {
      expect(n.ru).toMatch(/^Изменено с 11\.07\.2026 \(приказ .+\): [^;]+; нового текста у нас нет$/);
      expect(n.en).toMatch(/^Amended from 2026-07-11 \(.+\): [^;]+; we do not hold the new text$/);
    }
    // clause 5's note names its part 2, the one the amendment touches
    expect(onFive.some((n) => /: 5\sп\.\s2\sч\.; /u.test(n.ru))).toBe(true);
    expect(onFive.some((n) => /: 5-тармақтың\s2-бөлігі; /u.test(n.kk))).toBe(true);
  });

  it('the amendment\'s finding ends in a sentence with its verb: these provisions are compared with the previous wording', () => {
    const f = checkDraft(MODEL_MARKDOWN, { date: pack.pending[0]!.from }).findings.find((x) => x.ruleId === 'draft/model-amended')!;
    expect(f.message.ru).toMatch(/Нового текста у нас нет: эти положения сравниваются с прежней редакцией$/);
    expect(f.message.kk).toMatch(/Жаңа мәтін бізде жоқ: бұл ережелер ескі редакциямен салыстырылады$/);
    expect(f.message.en).toMatch(/these provisions are compared with the previous wording$/);
  });
});
