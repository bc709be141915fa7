/**
 * An act's kind is one word in each language: a Kazakh «өкім» is a «распоряжение» and an «instruction», a «бұйрық» a
 * «приказ» and an «order», a «шешім» a «решение» and a «decision». The packs' words about their own act and its
 * wordings (labels, validity notes, repeal) say in Russian and English the kind their Kazakh says: the SJC's
 * «14.03.2023 № 1-9/13 өкімімен» had been written «приказом» and «order».
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../src/acts/index.js';
import type { Text3 } from '../../src/law/finding.js';

const KINDS = [
  { kk: /өкім/u, ru: /распоряжени/u, en: /instruction/iu },
  { kk: /бұйрық/u, ru: /приказ/u, en: /\border\b/iu },
  { kk: /шешім/u, ru: /решени/u, en: /decision/iu },
];

/** Which kinds a text names. */
const kinds = (text: string, lang: 'kk' | 'ru' | 'en'): number[] => KINDS.flatMap((k, i) => (k[lang].test(text) ? [i] : []));

export function kindMismatch(t: Text3): string | undefined {
  const kk = kinds(t.kk, 'kk');
  if (kk.length !== 1) return undefined;
  for (const lang of ['ru', 'en'] as const) {
    const other = kinds(t[lang], lang);
    if (other.length > 0 && !other.includes(kk[0]!)) return `${lang}: «${t[lang]}» for «${t.kk}»`;
  }
  return undefined;
}

describe("the packs' words name their act's kind alike in kk, ru and en", () => {
  it('breaks on a Russian «приказом» for a Kazakh «өкімімен»', () => {
    expect(kindMismatch({ kk: '14.03.2023 № 1-9/13 өкімімен жаңа редакция', ru: 'новая редакция приказом от 14.03.2023 № 1-9/13', en: 'new wording by instruction No. 1-9/13' })).toMatch(/^ru/);
    expect(kindMismatch({ kk: '14.03.2023 № 1-9/13 өкімімен жаңа редакция', ru: 'новая редакция распоряжением от 14.03.2023 № 1-9/13', en: 'new wording by order No. 1-9/13' })).toMatch(/^en/);
    expect(kindMismatch({ kk: '14.03.2023 № 1-9/13 өкімімен жаңа редакция', ru: 'новая редакция распоряжением от 14.03.2023 № 1-9/13', en: 'new wording by instruction No. 1-9/13' })).toBeUndefined();
  });

  for (const pack of PACKS) {
    it(pack.id, () => {
      const texts: Text3[] = [...pack.wordings.map((w) => w.label), ...pack.pending.map((a) => a.act), ...(pack.validity.fromNote ? [pack.validity.fromNote] : []), ...(pack.validity.repealedBy ? [pack.validity.repealedBy] : [])];
      expect(texts.map(kindMismatch).filter(Boolean)).toEqual([]);
    });
  }
});
