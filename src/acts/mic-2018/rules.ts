/**
 * mic-2018 rules: the Model-methodology procedure of ../b-corps-2018/procedure.ts read with this act's
 * params (values and places, M000-xx of the reading notes).
 */
import type { Rule } from '../../rules/rule.js';
import { procedureRules } from '../b-corps-2018/procedure.js';
import { CATALOGUE } from './catalogue.js';
import { params } from './params.js';

export const rules = (): Rule[] => procedureRules({ id: 'mic-2018', params, catalogue: CATALOGUE });
