/**
 * almaty-maslikhat-2018 parameters, in params.json: every number, enum and threshold of act 001 with its
 * clause and the clause's verbatim Kazakh (OpenFisca style; a test finds every quote in the act text),
 * and the places (clause and words) of the rules that read no value. What act 000 prints alike is in
 * ../b-corps-2018/params.json, spread first. Where act 001's wrapping displaced words («осы Әдістеменің
 * сәйкес … 1-қосымшасына»), the quote keeps the printed order so it can be found in the text. App. 5 (the
 * protocol form) is not in act 001: its two signature places are absent, and their rules left out.
 */
import { readParams } from '../../law/provision.js';
import { MODEL_NOTES, MODEL_PARAMS } from '../b-corps-2018/params.js';
import data from './params.json' with { type: 'json' };

export const params = { ...MODEL_PARAMS, ...readParams('src/acts/almaty-maslikhat-2018/params.json', data, { notes: MODEL_NOTES }) };
