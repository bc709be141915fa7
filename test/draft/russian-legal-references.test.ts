/**
 * `draft/repealed-act` in a Russian draft. The rule read the preamble from the legal basis on by Kazakh words
 * only («сәйкес», «негізінде») and skipped only Kazakh repeal and quote sentences («күші жойылды», «деген сөз»):
 * a Russian draft's own repeal clause («Признать утратившим силу приказ … № 110») was reported as a reference
 * to a repealed act, and with a basis «Согласно …» the act's own requisites above it were read as references.
 */
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';

const DATE = '2026-01-15';
/** Order No. 110 of 29 December 2016, repealed by Order No. 13 (shared/acts/002, order cl. 2). */
const ORDER_110 = 'приказ Председателя Агентства Республики Казахстан по делам государственной службы и противодействию коррупции от 29 декабря 2016 года № 110';
/** Decision No. 211 of 17 April 2018, repealed by Decision No. 153 of 2022 (shared/acts/001, status note). */
const DECISION_211 = 'Решение маслихата города Алматы от 17 апреля 2018 года № 211';

const draft = (o: { requisites?: string; basis: string; clauses?: string[] }): string => [
  '# Об утверждении Методики оценки деятельности административных государственных служащих корпуса «Б»', '',
  ...(o.requisites ? [o.requisites, ''] : []),
  `${o.basis} ПРИКАЗЫВАЮ:`, '',
  '1. Утвердить прилагаемую Методику оценки деятельности административных государственных служащих корпуса «Б».', '',
  ...(o.clauses ?? []).flatMap((c, i) => [`${i + 2}. ${c}`, '']),
  `${(o.clauses?.length ?? 0) + 2}. Настоящий приказ вводится в действие со дня его подписания.`, '',
  '> Министр', '',
].join('\n');

const repealed = (md: string): Array<[string, unknown, number | undefined]> =>
  checkDraft(md, { date: DATE }).findings.filter((f) => f.ruleId === 'draft/repealed-act')
    .map((f) => [f.path, f.facts?.act, f.place?.line]);
const lineOf = (md: string, text: string): number => md.split('\n').findIndex((l) => l.includes(text)) + 1;

describe('repealed acts in a Russian draft', () => {
  it('a repealed act cited in the basis («в соответствии с», «на основании», «согласно») is found, in Russian', () => {
    for (const words of ['В соответствии с', 'На основании', 'Согласно']) {
      const md = draft({ basis: `${words} ${ORDER_110.replace('приказ ', 'приказом ')}` });
      expect(repealed(md), words).toEqual([['/preamble/0', 'asa-order-110-2016', lineOf(md, '№ 110')]]);
      const f = checkDraft(md, { date: DATE }).findings.find((x) => x.ruleId === 'draft/repealed-act');
      expect(f?.message.ru).toMatch(/^Ссылка на утративший силу акт: «.*№ 110.*»; отменён: «.*№ 13/);
    }
  });

  it('the draft\'s own repeal clause and a quote of the old words are not references to fix', () => {
    const md = draft({
      basis: 'В соответствии с пунктом 5 статьи 33 Закона Республики Казахстан «О государственной службе Республики Казахстан»',
      clauses: [
        `Признать утратившим силу ${ORDER_110}.`,
        `Признать утратившими силу ${ORDER_110} и решение маслихата города Алматы от 17 апреля 2018 года № 211.`,
        `${ORDER_110.replace('приказ', 'Приказ')} утратил силу.`,
        `В приказе, утратившем силу, слова «от 29 декабря 2016 года № 110» заменить словами «от 16 января 2018 года № 13».`,
      ],
    });
    expect(repealed(md)).toEqual([]);
  });

  it('the same citation in a clause that does not repeal it is reported (the skip is the repeal words, not the clause)', () => {
    const md = draft({
      basis: 'В соответствии с пунктом 5 статьи 33 Закона Республики Казахстан',
      clauses: [`Оценка проводится в порядке, установленном ${ORDER_110.replace('приказ ', 'приказом ')}.`],
    });
    expect(repealed(md)).toEqual([['/operative/1', 'asa-order-110-2016', lineOf(md, 'Оценка проводится')]]);
  });

  it('the act\'s own requisites above a basis «Согласно …» are not references; the basis below them is read', () => {
    const md = draft({ requisites: DECISION_211, basis: `Согласно ${ORDER_110.replace('приказ ', 'приказу ')}` });
    expect(repealed(md)).toEqual([['/preamble/1', 'asa-order-110-2016', lineOf(md, '№ 110')]]);
  });
});
