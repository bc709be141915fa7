/**
 * What act 000 (mic-2018) and act 001 (almaty-maslikhat-2018) print word for word, both being written
 * on the 2018 Model methodology: the provisions (value, clause, the clause's Kazakh, our reading where
 * the text leaves a choice) and the places rules rest on, in params.json. Each pack's params spread these
 * and add what its own act words differently; the pack tests find every quote in each act's own text, so
 * an entry stays here only while both acts really print it. notes.json holds the readings both acts need
 * where their words differ only in spelling (an entry names one: `"note": "effectiveOnly"`).
 */
import { readParams } from '../../law/provision.js';
import { fraction } from '../shapes.js';
import data from './params.json' with { type: 'json' };
import notes from './notes.json' with { type: 'json' };

export { notes as MODEL_NOTES };

export const MODEL_PARAMS = readParams('src/acts/b-corps-2018/params.json', data, { shapes: { competencyThreshold: fraction, quorum: fraction } });
