/**
 * English counts read right: «2 working day(s)» is written «2 working days», «1 member(s)» «1 member».
 * Message templates keep one English form with «(s)» or «(ies)» after the noun; this turns each
 * such noun into the form its number asks for. Kazakh keeps the noun singular after a number and
 * Russian messages use abbreviations (раб. дн.), so only English needs it. Pure.
 */
const COUNTED = /(-?\d+(?:\.\d+)?)(\s+(?:[A-Za-z]+\s+){0,2}?)([A-Za-z]+)\((s|ies)\)/g;

export function pluralEn(text: string): string {
  if (!text.includes('(s)') && !text.includes('(ies)')) return text;
  return text
    .replace(COUNTED, (_m, n: string, mid: string, word: string, suffix: string) => {
      const one = Number(n) === 1 || Number(n) === -1;
      if (suffix === 'ies') return `${n}${mid}${one ? word.replace(/y?$/, 'y') : word.replace(/y$/, '') + 'ies'}`;
      return `${n}${mid}${word}${one ? '' : 's'}`;
    })
    // a noun with no number before it is spoken of in general: plural
    .replace(/([A-Za-z]+)\(s\)/g, '$1s')
    .replace(/([A-Za-z]+?)y?\(ies\)/g, '$1ies');
}
