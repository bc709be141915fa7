/**
 * The two drafts the clause-part tests write references into: the faithful Kazakh draft and the Russian model, each
 * with a reference put into clause 7 («… осы Әдістеменің {ref} ескеріле отырып …», «… с учётом {ref} настоящей
 * Методики»), clause 6 having two paragraphs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const read = (name: string): string => readFileSync(join(import.meta.dirname, 'cases', name), 'utf8');

export const kk = read('faithful.md');
export const KK7 = 'олардың қатысуынсыз 5-тармақта көрсетілген мерзімде жүргізіледі.';
/** Clause 6's second paragraph begins so. */
export const KK6 = 'Бұл ретте бағаланатын кезең';
export const kkIn7 = (ref: string, md = kk): string => md.replace(KK7, `олардың қатысуынсыз 5-тармақта көрсетілген мерзімде, осы Әдістеменің ${ref} ескеріле отырып жүргізіледі.`);
export const ru = read('russian-model.md');
export const RU7 = 'в сроки, указанные в пункте 5 настоящей Методики.';
export const ruIn7 = (ref: string, md = ru): string => md.replace(RU7, `в сроки, указанные в пункте 5 настоящей Методики, с учётом ${ref} настоящей Методики.`);
