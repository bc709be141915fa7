/** kyzylorda-maslikhat-2018 provisions we hold (act 003), in params.json: entry into force, the 2021 amendment, App. 4. */
import { readParams } from '../../law/provision.js';
import data from './params.json' with { type: 'json' };

export const params = readParams('src/acts/kyzylorda-maslikhat-2018/params.json', data);
