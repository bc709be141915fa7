/**
 * sjc-apparatus: the act, its validity and the wordings we hold.
 * Source: ../shared/acts/004_c35c6965a291465c.txt (Kazakh, the authority).
 *
 * The text calls it «өкім» («№ 3-4/14 өкімі»).
 *
 * Order §5: «Осы өкім алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі». The publication
 * date is not in the text; the registration date is the earliest day the order can have applied.
 *
 * We hold only the 2023 wording («Әдістеме жаңа редакцияда – … 14.03.2023 № 1-9/13 өкімімен»). Its entry
 * into force is not stated; the amending order's date is taken. Periods before it are checked under
 * this wording with a `wording-not-held` warning from the runner.
 *
 * The data are act.json (read by ../act-data.ts); the notes above are the reasons for its choices.
 */
import { actData } from '../act-data.js';
import data from './act.json' with { type: 'json' };

export const { act, validity, wordings, pending } = actData(data);
