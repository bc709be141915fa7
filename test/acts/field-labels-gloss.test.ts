/**
 * A caption that lists the act's values («Бағалау нәтижесі (қанағаттанарлықсыз, …, өте жақсы)») lists them in Russian
 * and English by the words the reports gloss those values with (src/report/enum-gloss.ts): a reader saw «поставлена
 * «өте жақсы» (отлично)» under a field captioned «…, превосходно)».
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../src/acts/index.js';
import { FIELD_TRANSLATIONS } from '../../src/acts/field-labels.js';
import { fieldCaption } from '../../src/check/field-place.js';
import { GLOSSES } from '../../src/report/enum-gloss.js';
import type { Text3 } from '../../src/law/finding.js';

/** The items of a caption's last parenthesis («(a, b, c)»), or none. */
const listed = (s: string): string[] => {
  const m = /\(([^()]*)\)\s*$/u.exec(s);
  return m ? m[1]!.split(/,\s*/u).map((x) => x.trim().toLowerCase()) : [];
};

/** Each listed Kazakh value that has a gloss, with the gloss the Russian list lacks. */
export function unglossed(c: Text3): string[] {
  const ru = listed(c.ru);
  return listed(c.kk).flatMap((kk) => {
    const g = GLOSSES.find((x) => x.kk.toLowerCase() === kk);
    return g && !ru.includes(g.ru.toLowerCase()) ? [`${kk} → ${g.ru}: ${c.ru}`] : [];
  });
}

describe('captions list the act\'s values in the reports\' words', () => {
  it('breaks on «превосходно» for «өте жақсы»', () => {
    const kk = 'Бағалау нәтижесі (қанағаттанарлықсыз, қанағаттанарлық, тиімді, өте жақсы)';
    expect(unglossed({ kk, ru: 'Результат оценки (неудовлетворительно, удовлетворительно, эффективно, превосходно)', en: '' })).toHaveLength(1);
    expect(unglossed({ kk, ru: 'Результат оценки (неудовлетворительно, удовлетворительно, эффективно, отлично)', en: '' })).toEqual([]);
  });

  it('every pack\'s captions', () => {
    let lists = 0;
    const bad: string[] = [];
    for (const pack of PACKS) {
      for (const key of Object.keys(FIELD_TRANSLATIONS)) {
        const [id, pointer] = key.includes('#') ? (key.split('#') as [string, string]) : [pack.id, key];
        if (id !== pack.id) continue;
        const c = fieldCaption(pack, pointer);
        if (!c) continue;
        if (listed(c.kk).some((kk) => GLOSSES.some((g) => g.kk.toLowerCase() === kk))) lists++;
        bad.push(...unglossed(c).map((x) => `${pack.id}#${pointer}: ${x}`));
      }
    }
    expect(lists).toBeGreaterThan(1);
    expect(bad).toEqual([]);
  });
});
