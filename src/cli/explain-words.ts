/** The words of `bagalau explain`, in kk, ru and en. */
import type { Lang } from '../law/finding.js';

export const EXPLAIN_WORDS: Record<Lang, { note: string; data: string; reads: string; sessionReads: string; rules: string; oneRule: string; unknown: string; meant: string }> = {
  kk: {
    note: 'ескертпе',
    data: 'мәндері мен сөздері',
    reads: 'пакеттен оқиды',
    sessionReads: 'отырыстан оқиды',
    rules: 'ережелері',
    oneRule: 'бір ереже толық: bagalau explain <ереже>',
    unknown: 'белгісіз ереже не әдістеме',
    meant: 'мүмкін,',
  },
  ru: {
    note: 'примечание',
    data: 'значения и слова',
    reads: 'читает из пакета',
    sessionReads: 'читает из заседания',
    rules: 'правила',
    oneRule: 'одно правило полностью: bagalau explain <правило>',
    unknown: 'неизвестное правило или методика',
    meant: 'возможно,',
  },
  en: {
    note: 'note',
    data: 'values and words',
    reads: 'reads from the package',
    sessionReads: 'reads from the session',
    rules: 'rules',
    oneRule: 'one rule in full: bagalau explain <rule>',
    unknown: 'unknown rule or methodology',
    meant: 'did you mean',
  },
};
