/**
 * Every field of every methodology's package (servant, period, each appendix form, events, session) has its
 * label in Kazakh, Russian and English (web/field-labels.ts), the Kazakh one still the schema's title (the
 * act's), and the table holds no label of a field that no longer exists.
 */
import { describe, expect, it } from 'vitest';
import { packageSchema } from '../../src/acts/envelope.js';
import { PACKS } from '../../src/acts/index.js';
import { FIELD_LABELS, SESSION_CODE_WORDS, fieldLabel } from '../../web/field-labels.js';

type Schema = { title?: string; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; then?: Schema; else?: Schema };

/** Each titled field of a schema with its pointer, as the page walks it (a list's rows as `*`). */
function fields(s: Schema, at = '', out: { pointer: string; title: string }[] = []): { pointer: string; title: string }[] {
  if (at && s.title !== undefined) out.push({ pointer: at, title: s.title });
  for (const [k, v] of Object.entries(s.properties ?? {})) fields(v, `${at}/${k}`, out);
  if (s.items) fields(s.items, `${at}/*`, out);
  for (const v of [...(s.anyOf ?? []), ...(s.then ? [s.then] : []), ...(s.else ? [s.else] : [])]) fields(v, at, out);
  return out;
}

/** What is wrong with the labels of one methodology's schema: a field without its three labels, or with a stale Kazakh one. */
function problems(id: string, schema: Schema): string[] {
  const out: string[] = [];
  for (const { pointer, title } of fields(schema)) {
    const l = fieldLabel(id, pointer);
    if (!l) out.push(`${id} ${pointer}: no label`);
    else {
      if (l.kk !== title) out.push(`${id} ${pointer}: the Kazakh label is «${l.kk}», the schema's title «${title}»`);
      // a label of letters is translated into letters of its language («№» stays «№»)
      const words = /\p{L}/u.test(l.kk);
      if (!l.ru.trim() || (words && !/[а-яё]/i.test(l.ru))) out.push(`${id} ${pointer}: no Russian label`);
      if (!l.en.trim() || (words && !/[a-z]/i.test(l.en))) out.push(`${id} ${pointer}: no English label`);
    }
  }
  return out;
}

describe('field labels in three languages', () => {
  it('every field of every methodology has its Kazakh (the schema\'s), Russian and English label', () => {
    let n = 0;
    for (const pack of PACKS) {
      const schema = packageSchema(pack) as Schema;
      n += fields(schema).length;
      expect(problems(pack.id, schema)).toEqual([]);
    }
    expect(n).toBeGreaterThan(600);
  });

  it('a field the table does not know, or whose Kazakh title changed, is named', () => {
    const pack = PACKS.find((p) => p.id === 'asa-b-model')!;
    const schema = structuredClone(packageSchema(pack)) as Schema;
    schema.properties!['servant']!.properties!['nickname'] = { title: 'лақап аты' };
    schema.properties!['period']!.properties!['from']!.title = 'кезеңнің бірінші күні';
    expect(problems(pack.id, schema).sort()).toEqual([
      'asa-b-model /period/from: the Kazakh label is «бағалау кезеңінің басы», the schema\'s title «кезеңнің бірінші күні»',
      'asa-b-model /servant/nickname: no label',
    ]);
  });

  it('the table holds no label of a field that no methodology has', () => {
    const used = new Set<string>();
    for (const pack of PACKS) {
      for (const { pointer } of fields(packageSchema(pack) as Schema)) {
        used.add(`${pack.id}#${pointer}` in FIELD_LABELS ? `${pack.id}#${pointer}` : pointer);
      }
    }
    expect(Object.keys(FIELD_LABELS).filter((k) => !used.has(k))).toEqual([]);
  });

  // the page shows a choice of codes by their words (sessionUiSchema); the field's label naming three codes or more
  // read «role in the session: chair, deputy-chair, member, secretary» above the choice of «председатель»…
  it('no label lists the codes of a choice the page shows in words', () => {
    const listing = Object.entries(FIELD_LABELS).flatMap(([key, l]) =>
      Object.values(SESSION_CODE_WORDS).flatMap((table) => {
        const codes = Object.keys(table);
        return (['kk', 'ru', 'en'] as const).filter((lang) => codes.filter((c) => new RegExp(`(^|[\\s:(,])${c}($|[\\s,;)])`).test(l[lang])).length >= 3).map((lang) => `${key} ${lang}: ${l[lang]}`);
      }),
    );
    expect(listing).toEqual([]);
  });
});
