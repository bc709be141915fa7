/**
 * Every number of Annex 1 with its clause and the clause's Kazakh words, in params.json (verbatim from
 * ../shared/acts/002_aa478879640c4786.txt; a test finds each quote there). The period, the date limits
 * and the bands are read through their shapes: the rules read a literal, a limit and bands whose labels
 * are App. 1's result words (catalogue.ts), which the JSON types only as strings.
 */
import { readParams } from '../../law/provision.js';
import { bandsOf, dayLimit, monthEndLimit, oneOf } from '../shapes.js';
import { RESULTS } from './catalogue.js';
import data from './params.json' with { type: 'json' };

export const params = readParams('src/acts/asa-a-corps/params.json', data, {
  shapes: {
    period: oneOf('year'),
    evaluationLimit: dayLimit,
    category2Agreement: dayLimit,
    category1Draft: dayLimit,
    monitoring: dayLimit,
    dismissedNotice: monthEndLimit,
    bands: bandsOf(RESULTS),
  },
});
