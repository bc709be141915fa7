/**
 * kyzylorda-maslikhat-2018: what act file 003 is — Kyzylorda oblast maslikhat Decision No. 68 of
 * 25.11.2021 amending Decision No. 199 of 29.03.2018 (the methodology for corps "B" servants of the
 * maslikhat apparatus, reg. No. 6257) and reproducing its Appendix 4 in the amended wording.
 * Nothing else of the 2018 methodology is in our texts.
 *
 * Decision No. 199 (29.03.2018) approved the methodology; its own entry into force is not in our
 * text, so its date is taken. Decision No. 68 took effect ten calendar days after its first
 * publication (p. 2), date not given: the earliest possible day, 2021-12-06, starts the wording we
 * hold. Both end with Decision No. 20 of 24.04.2023, in effect from signing.
 *
 * Decision No. 199's own entry clause is not in our text: Decision No. 68's (which gave the wording we hold) is cited.
 *
 * The data are act.json (read by ../act-data.ts); the notes above are the reasons for its choices.
 */
import { actData } from '../act-data.js';
import data from './act.json' with { type: 'json' };

export const { act, validity, wordings, pending } = actData(data);
