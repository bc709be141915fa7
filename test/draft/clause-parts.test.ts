/**
 * A clause's parts numbered «6.1.», «6.2.» (LibreOffice's second list level, as an akimat's lawyer writes it) and a
 * reference «пункт 6.1» / «6.1-тармақ» to one of them. The model numbers no part of a clause so (its clauses «N.»,
 * sub-clauses «N)», parts unnumbered), so the reference can only mean the paragraph the draft numbers «6.1.»: it is
 * checked against those. Before, «пункт 6.3» was checked against clause 6 alone (no finding though clause 6 has no
 * 6.3), and «6.3-тармақ» against clause 3.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';

const DATE = '2026-01-15';
const read = (name: string): string => readFileSync(join(import.meta.dirname, 'cases', name), 'utf8');
const refs = (md: string) => checkDraft(md, { date: DATE }).findings.filter((f) => /^draft\/(clause-missing|reference-self)$/u.test(f.ruleId));

describe('a reference to a part numbered «6.1.»', () => {
  const ru = read('russian-model.md');
  const RU6 = 'При этом оцениваемый период должен включать';
  const ruWith = (ref: string): string =>
    ru.replace('6. Оценка не проводится', '6. Оценка не проводится').replace(RU6, `6.1. ${RU6}`)
      .replace('в сроки, указанные в пункте 5 настоящей Методики.', `в сроки, указанные в пункте 5 настоящей Методики, с учётом ${ref} настоящей Методики.`);

  it('in Russian, «пункта 6.1» that the draft numbers is found: no finding', () => {
    expect(ru).toContain(RU6);
    expect(refs(ruWith('пункта 6.1'))).toEqual([]);
  });

  it('in Russian, «пункта 6.3» where clause 6 has only 6.1 is a clause-missing error that names 6.3, in kk/ru/en', () => {
    const f = refs(ruWith('пункта 6.3'));
    expect(f.map((x) => [x.ruleId, x.facts])).toEqual([['draft/clause-missing', { clause: 6, part: 3, parts: [1] }]]);
    expect(f[0]?.message.ru).toBe('Ссылка «пункта 6.3» указывает на несуществующий пункт 6.3: в пункте 6 проекта нет абзаца с номером 6.3 (в нём есть: 6.1)');
    expect(f[0]?.message.en).toBe('«пункта 6.3» refers to clause 6.3, which does not exist: the draft\'s clause 6 has no paragraph numbered 6.3 (it has 6.1)');
    expect(f[0]?.message.kk).toBe('«пункта 6.3» сілтемесі жоқ 6.3-тармаққа нұсқайды: жобаның 6-тармағында 6.3 деп нөмірленген абзац жоқ (оның бөліктері: 6.1)');
  });

  it('in Russian, «пункта 6.1» where clause 6 numbers no part is said so', () => {
    const md = ru.replace('в сроки, указанные в пункте 5 настоящей Методики.', 'в сроки, указанные в пункте 5 настоящей Методики, с учётом пункта 6.1 настоящей Методики.');
    expect(refs(md).map((x) => x.message.en)).toEqual(['«пункта 6.1» refers to clause 6.1, which does not exist: the draft\'s clause 6 has no paragraph numbered 6.1 (its parts are not numbered)']);
  });

  it('in Kazakh, «6.1-тармағында» is clause 6\'s part 6.1 (it was read as clause 1); «6.3-тармағында» is missing', () => {
    const kk = read('faithful.md');
    const KK6 = 'Бұл ретте бағаланатын кезең';
    const with_ = (ref: string): string => kk.replace(KK6, `6.1. ${KK6}`).replace('олардың қатысуынсыз 5-тармақта көрсетілген мерзімде жүргізіледі.', `олардың қатысуынсыз 5-тармақта көрсетілген мерзімде, осы Әдістеменің ${ref} ескеріле отырып жүргізіледі.`);
    expect(kk).toContain(KK6);
    expect(refs(with_('6.1-тармағында'))).toEqual([]);
    expect(refs(with_('6.3-тармағында')).map((x) => [x.ruleId, x.facts])).toEqual([['draft/clause-missing', { clause: 6, part: 3, parts: [1] }]]);
  });

  it('a reference from clause 6\'s own part to another of its parts is no self-reference', () => {
    const md = ru.replace(RU6, `6.1. ${RU6}`).replace('фактически отработанного времени.', 'фактически отработанного времени.\n\n6.2. Требование пункта 6.1 не применяется к служащим, назначенным в порядке ротации.');
    expect(refs(md)).toEqual([]);
  });
});
