/**
 * kyzylorda-maslikhat-2018 rules: only App. 4 is in our text (reading notes act-000-003.md §II.4),
 * so the one machine-checkable provision is the catalogue itself — the servant's category has an
 * indicator group (K003-03), a code listed twice is read in the group its position or the «*» gives
 * (K003-04), and every indicator the sheet relies on is that group's, for that competency (K003-05).
 * No grading, deadline or commission rule is borrowed from another act.
 */
import type { Rule } from '../../rules/rule.js';
import { competencyRule } from '../../rules/competency.js';
import { CATALOGUE } from './catalogue.js';
import { params } from './params.js';

export const rules = (): Rule[] => [
  competencyRule({
    id: 'kyzylorda-maslikhat-2018/indicators',
    provision: params.catalogueColumns,
    catalogue: CATALOGUE,
    rows: '/forms/competencySheet/rows',
    competencyField: 'competency',
    notObservedField: 'indicators',
    accept: 'effective-or-ineffective',
    positionPath: '/servant/position',
    note: {
      kk: 'Бізде 2018 жылғы әдістеменің тек 4-қосымшасы бар: бағалау ережесі (3/4 т.б.) тексерілмейді, тек санат пен индикаторлардың 4-қосымшаға сәйкестігі.',
      ru: 'У нас есть только прил. 4 методики 2018 г.: правило оценки (3/4 и т. п.) не проверяется, только соответствие категории и индикаторов прил. 4.',
      en: 'Only App. 4 of the 2018 methodology is in our text: the grading (3/4 etc.) is not checked, only that the category and the indicators match App. 4.',
    },
    title: {
      kk: 'Құзырет индикаторлары лауазым санатының 4-қосымшадағы тобынан алынған',
      ru: 'Индикаторы компетенций взяты из группы прил. 4 для категории должности',
      en: "The indicators used are App. 4's for the position category",
    },
  }),
];
