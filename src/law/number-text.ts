/** A number as Kazakh and Russian write it, and as the acts print it: a decimal comma («2,99»). Pure. */
export const decimalComma = (n: number): string => {
  const s = String(n);
  return s.includes('.') ? s.replace('.', ',') : s;
};

/** Cardinals one to ten as words (Russian in the masculine, as «показатель», «день» take it); beyond ten, the digits. */
const WORDS: Readonly<Record<'kk' | 'ru' | 'en', readonly string[]>> = {
  kk: ['бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз', 'он'],
  ru: ['один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять', 'десять'],
  en: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
};

/** A count as a title writes it in prose: «төрт», «четыре», «four» (a count a catalogue gives, not a number of the act's). */
export const countWord = (n: number, lang: 'kk' | 'ru' | 'en'): string => WORDS[lang][n - 1] ?? String(n);
