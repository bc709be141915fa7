/**
 * almaty-maslikhat-2018: metadata, validity and wording of Almaty city maslikhat Decision No. 211 of 17.04.2018 (act file 001).
 *
 * Decision p. 5: in force from registration, put into effect ten calendar days after the first
 * official publication, whose date our text does not give. Repealed by Decision No. 153 of 12.09.2022,
 * itself put into effect ten calendar days after its first publication (date not given either).
 * Chosen: the earliest possible days (publication on the day of registration / of the repealing decision).
 *
 * The data are act.json (read by ../act-data.ts); the notes above are the reasons for its choices.
 */
import { actData } from '../act-data.js';
import data from './act.json' with { type: 'json' };

export const { act, validity, wordings, pending } = actData(data);
