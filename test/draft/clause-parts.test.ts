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
import { KK6, KK7, kk, kkIn7, ru, ruIn7 } from './clause-7.js';

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

/**
 * A part of a clause named by its place, in words — «6-тармақтың бірінші бөлігі», «осы тармақтың үшінші бөлігі»,
 * «части второй пункта 6», «абзаце третьем пункта 6» — and a sub-point numbered «6.1)». A part is a paragraph of the
 * clause; the clause's paragraphs (its first, the others, its tables, those inside its sub-clauses) are never fewer
 * than its parts, so only a part beyond them is said missing. Before, the words were not read: «6-тармақтың бірінші
 * бөлігі» written in clause 6 was a self-reference error, «6.1) тармақшасы» a reference to sub-clause 1) of the
 * clause it is written in, and «6-тармағының бірінші бөлігінің 2) тармақшасы» to that clause's 2).
 */
describe('a reference to a part of a clause in words, or to a sub-point «6.1)»', () => {
  const facts = (md: string) => checkDraft(md, { date: DATE }).findings.filter((f) => /^draft\/(clause-missing|subclause-missing|reference-self)$/u.test(f.ruleId)).map((f) => [f.ruleId, f.facts]);

  it.each([
    ['6-тармағының екінші бөлігі', kkIn7('6-тармағының екінші бөлігі')],
    ['2-бөлігі, in digits', kkIn7('6-тармағының 2-бөлігі')],
    ['3-тармағының бірінші бөлігінің 2) тармақшасы', kkIn7('3-тармағының бірінші бөлігінің 2) тармақшасы')],
    ['written in clause 6 itself', kk.replace(KK6, `Осы Әдістеменің 6-тармағының бірінші бөлігінде көрсетілген жағдайда ${KK6.toLowerCase()}`)],
    ['«6.1) тармақшасы» where the draft numbers «6.1)»', kkIn7('6.1) тармақшасы', kk.replace(KK6, `6.1) ${KK6}`))],
    ['части второй пункта 6', ruIn7('части второй пункта 6')],
    ['абзаца 2 пункта 6', ruIn7('абзаца 2 пункта 6')],
    ['подпункта 1) части первой пункта 3', ruIn7('подпункта 1) части первой пункта 3')],
    ['подпункта 6.1) where the draft numbers «6.1)»', ruIn7('подпункта 6.1)', ru.replace('При этом оцениваемый период', '6.1) При этом оцениваемый период'))],
  ])('%s: the part is there, no finding', (_, md) => {
    expect(facts(md)).toEqual([]);
  });

  it.each([
    ['6-тармағының үшінші бөлігі', kkIn7('6-тармағының үшінші бөлігі'), { clause: 6, nthPart: 3, paragraphs: 2 }],
    ['6.3) тармақшасы', kkIn7('6.3) тармақшасы', kk.replace(KK6, `6.1) ${KK6}`)), { clause: 6, part: 3, parts: [1] }],
    ['части третьей пункта 6', ruIn7('части третьей пункта 6'), { clause: 6, nthPart: 3, paragraphs: 2 }],
    ['абзаце пятом пункта 6', ruIn7('абзаце пятом пункта 6'), { clause: 6, nthPart: 5, paragraphs: 2 }],
    ['подпункта 6.2)', ruIn7('подпункта 6.2)', ru.replace('При этом оцениваемый период', '6.1) При этом оцениваемый период')), { clause: 6, part: 2, parts: [1] }],
  ])('%s: beyond the clause\'s paragraphs, a clause-missing error', (_, md, fact) => {
    expect(facts(md)).toEqual([['draft/clause-missing', fact]]);
  });

  it('«осы тармақтың бесінші бөлігі» and «части третьей настоящего пункта» are parts of the clause they are written in', () => {
    expect(facts(kk.replace(KK6, `Осы тармақтың екінші бөлігі ${KK6.toLowerCase()}`))).toEqual([]);
    expect(facts(kk.replace(KK6, `Осы тармақтың бесінші бөлігінде көрсетілген ${KK6.toLowerCase()}`))).toEqual([['draft/clause-missing', { clause: 6, nthPart: 5, paragraphs: 2 }]]);
    expect(facts(ru.replace('При этом оцениваемый период', 'С учётом части третьей настоящего пункта оцениваемый период'))).toEqual([['draft/clause-missing', { clause: 6, nthPart: 3, paragraphs: 2 }]]);
  });

  it('the message names the part and the paragraphs the clause has, in kk/ru/en', () => {
    const f = checkDraft(kkIn7('6-тармағының үшінші бөлігі'), { date: DATE }).findings.find((x) => x.ruleId === 'draft/clause-missing');
    expect(f?.message.kk).toBe('«6-тармағының үшінші бөлігі» сілтемесі жоқ бөлікке нұсқайды: 6-тармақта 3-бөлік жоқ, онда барлығы 2 абзац бар');
    expect(f?.message.ru).toBe('Ссылка «6-тармағының үшінші бөлігі» указывает на несуществующую часть 3 пункта 6: абзацев в нём всего 2');
    expect(f?.message.en).toBe('«6-тармағының үшінші бөлігі» refers to part 3 of clause 6, which does not exist: the clause has 2 paragraphs in all');
  });

  it('references to other acts\' parts are left out: «5-тармағының бірінші бөлігі» of a Law, «части первой пункта 5 статьи 33 Закона»', () => {
    expect(facts(kk.replace(KK7, 'олардың қатысуынсыз Заңның 33-бабының 9-тармағының үшінші бөлігіне сәйкес жүргізіледі.'))).toEqual([]);
    expect(facts(ruIn7('части третьей пункта 9 статьи 33 Закона').replace(' настоящей Методики.', '.'))).toEqual([]);
  });
});
