/**
 * A place in a package as the officer sees it on paper: the form (appendix) and the field by their captions,
 * a list's row by its number — «НМИ бойынша бағалау парағы (2-қосымша…)» › «нысаналы мақсатты индикаторлар», 4-жол
 * › «Нақты мәні» — in the user's language. Kazakh: the schema's own titles (the act's words, each pack's forms.ts);
 * Russian and English: the working translations of src/acts/field-labels.ts. The JSON Pointer stays the finding's
 * `path`, for tools and the web page.
 */
import { packageSchema } from '../acts/envelope.js';
import { fieldTranslation } from '../acts/field-labels.js';
import type { Pack } from '../acts/pack.js';
import type { Lang, Text3 } from '../law/finding.js';

type Schema = { title?: string; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; oneOf?: Schema[]; allOf?: Schema[]; then?: Schema; else?: Schema };

const unescape = (t: string): string => t.replace(/~1/g, '/').replace(/~0/g, '~');
const escape = (t: string): string => t.replace(/~/g, '~0').replace(/\//g, '~1');
const tokens = (pointer: string): string[] => (pointer === '' ? [] : pointer.split('/').slice(1).map(unescape));
const isIndex = (t: string): boolean => /^(0|[1-9]\d*)$/.test(t);

/** The schemas a step may lead into: the property (or the rows) of this schema or of any of its branches. */
function step(s: Schema, key: string): Schema[] {
  const branches = [s, ...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? []), ...(s.then ? [s.then] : []), ...(s.else ? [s.else] : [])];
  return branches.flatMap((b) => {
    const next = key === '*' ? b.items : b.properties?.[key];
    return next ? [next] : [];
  });
}

/** The schema's title at a pointer whose rows are `*` (the first branch that has one). */
function titleAt(root: Schema, pattern: string): string | undefined {
  let at: Schema[] = [root];
  for (const t of tokens(pattern)) {
    at = at.flatMap((s) => step(s, t));
    if (at.length === 0) return undefined;
  }
  return at.find((s) => s.title !== undefined)?.title;
}

const SCHEMAS = new WeakMap<Pack, Schema>();
const schemaOf = (pack: Pack): Schema => {
  let s = SCHEMAS.get(pack);
  if (!s) SCHEMAS.set(pack, (s = packageSchema(pack) as Schema));
  return s;
};

/**
 * The caption of one field of a pack's package (`/forms/kpiSheet/kpis/*\/actual`, rows as `*`) in three languages:
 * the schema's Kazakh title, and its translations (the Kazakh again where the table has none).
 */
export function fieldCaption(pack: Pack | undefined, pattern: string): Text3 | undefined {
  if (!pack) return undefined;
  const kk = titleAt(schemaOf(pack), pattern);
  if (kk === undefined) return undefined;
  const tr = fieldTranslation(pack.id, pattern);
  return { kk, ru: tr?.ru ?? kk, en: tr?.en ?? kk };
}

const ROW: Record<Lang, (n: number) => string> = { kk: (n) => `${n}-жол`, ru: (n) => `строка ${n}`, en: (n) => `row ${n}` };

/**
 * The captions from the package's top down to `pointer` (`base` is where the validated document sits in the package:
 * '' for a package, '/session' for a session file, whose own name the finding carries), or undefined if the schema
 * names none of the steps. A step without a caption is left out; a row is «4-жол» after its list. The package's
 * `forms` is left out: the form's own caption says it.
 */
export function fieldPlace(pack: Pack | undefined, pointer: string, base = ''): Text3 | undefined {
  if (!pack) return undefined;
  const steps: { label?: Text3; row?: number }[] = [];
  let pattern = base;
  for (const t of tokens(pointer)) {
    if (isIndex(t)) {
      pattern += '/*';
      const last = steps[steps.length - 1];
      if (last && last.row === undefined) last.row = Number(t) + 1;
      else steps.push({ row: Number(t) + 1 });
      continue;
    }
    pattern += `/${escape(t)}`;
    if (pattern === '/forms') continue;
    const label = fieldCaption(pack, pattern);
    steps.push(label ? { label } : {});
  }
  if (!steps.some((s) => s.label)) return undefined;
  const say = (lang: Lang): string =>
    steps
      .filter((s) => s.label || s.row !== undefined)
      .map((s) => [s.label ? `«${s.label[lang]}»` : undefined, s.row !== undefined ? ROW[lang](s.row) : undefined].filter(Boolean).join(', '))
      .join(' › ');
  return { kk: say('kk'), ru: say('ru'), en: say('en') };
}
