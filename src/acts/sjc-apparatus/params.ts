/**
 * sjc-apparatus: every number the act sets, with its clause and the clause's Kazakh words, and the places
 * (clause and words) of the rules that read no value, in params.json (OpenFisca-style: the value lives
 * there once; rules read it from here). The counts of cl. 34's two competency lists are the lengths of the
 * lists catalogue.ts holds as printed, so params.json gives their place and not a number typed again.
 */
import { readParams } from '../../law/provision.js';
import { COMPETENCIES_HEADS, COMPETENCIES_STAFF } from './catalogue.js';
import data from './params.json' with { type: 'json' };

export const params = readParams('src/acts/sjc-apparatus/params.json', data, {
  derived: { surveyCompetenciesHeads: COMPETENCIES_HEADS.length, surveyCompetenciesStaff: COMPETENCIES_STAFF.length },
});
