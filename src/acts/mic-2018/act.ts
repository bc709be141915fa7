/**
 * mic-2018: metadata, validity and wordings of MIC Order No. 103 of 26.03.2018 (act file 000).
 *
 * Order p. 3: «Осы бұйрық алғашқы ресми жарияланған күнінен кейін қолданысқа енгізіледі».
 * The publication date is not in our text; the earliest possible day is the day after
 * registration (13.04.2018), chosen here. The text carries no repeal note.
 *
 * The data are act.json (read by ../act-data.ts); the notes above are the reasons for its choices.
 */
import { actData } from '../act-data.js';
import data from './act.json' with { type: 'json' };

export const { act, validity, wordings, pending } = actData(data);
