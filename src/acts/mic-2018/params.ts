/**
 * mic-2018 parameters, in params.json: every number, enum and threshold of act 000 with its clause and
 * the clause's verbatim Kazakh (OpenFisca style; a test finds every quote in the act text), and the
 * places (clause and words) of the rules that read no value. What act 001 prints alike is in
 * ../b-corps-2018/params.json, spread first.
 */
import { readParams } from '../../law/provision.js';
import { MODEL_NOTES, MODEL_PARAMS } from '../b-corps-2018/params.js';
import data from './params.json' with { type: 'json' };

export const params = { ...MODEL_PARAMS, ...readParams('src/acts/mic-2018/params.json', data, { notes: MODEL_NOTES }) };
