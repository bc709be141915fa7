/**
 * What every rule kind takes besides its own parameters: the provision it implements (its clause,
 * quote and note, read from the pack's data rather than restated) and how to say it. A title may
 * name the provision's value as `{value}` (a record's numbers by key: `{min}`, `{max}`), so a number is
 * written once, in the provision.
 */
import { decimalComma } from '../law/number-text.js';
import type { Severity, Text3 } from '../law/finding.js';
import type { DatedValue, Place, Provision } from '../law/provision.js';
import type { RuleContext } from './rule.js';
import { pluralEn } from '../law/plural.js';
import { citesInText } from '../law/cite-text.js';
import { dayText } from '../law/day-text.js';

export interface RuleBase {
  /** `<methodology>/<name>` */
  id: string;
  severity?: Severity;
  /** The provision the rule implements: its clause, quote and note (and `{value}`, `{min}`… in the title). */
  provision?: Provision<unknown> | DatedValue<unknown> | Place;
  /** The clause and quote, where no provision of the pack's data holds them (a test finds the quote in the clause). */
  clause?: string;
  quote?: string;
  title: Text3;
  /** The reading choice shown with every finding; by default the provision's, `null` for none. */
  note?: Text3 | null;
  wording?: string;
  applies?(ctx: RuleContext): boolean;
}

/**
 * Message templates split once at their `{name}` placeholders (even places: text, odd: names), so
 * filling one is a few concatenations instead of a RegExp replace per language and finding. Keyed by
 * the template's text: templates are the code's constants, so the map stays small (bounded anyway).
 */
const SPLIT = new Map<string, readonly string[]>();
function parts(template: string): readonly string[] {
  let p = SPLIT.get(template);
  if (!p) {
    p = template.split(/\{(\w+)\}/);
    if (SPLIT.size < 10_000) SPLIT.set(template, p);
  }
  return p;
}

/**
 * A value as text. In Kazakh and Russian (`local`) a fraction is written with a decimal comma («2,99») and
 * a day as «14.04.2026», as the acts and the officials print them (../law/day-text.ts); English keeps
 * «2.99» and «2026-04-14». Facts keep the ISO day: only the sentence changes.
 */
const valueText = (v: string | number, local: boolean): string =>
  !local ? String(v) : typeof v === 'number' ? decimalComma(v) : dayText(v, 'kk');

function sub(template: string, vars: Record<string, string | number>, local: boolean): string {
  const p = parts(template);
  let out = p[0]!;
  for (let i = 1; i < p.length; i += 2) {
    const k = p[i]!;
    out += (k in vars ? valueText(vars[k]!, local) : `{${k}}`) + p[i + 1]!;
  }
  return out;
}

const fillKk = (t: Text3, vars: Record<string, string | number>): string => citesInText(sub(t.kk, vars, true), 'kk');
const fillRu = (t: Text3, vars: Record<string, string | number>): string => citesInText(sub(t.ru, vars, true), 'ru');
const fillEn = (t: Text3, vars: Record<string, string | number>): string => pluralEn(sub(t.en, vars, false));
const FILL = { kk: fillKk, ru: fillRu, en: fillEn } as const;

/**
 * A finding's text made only when a language is read, each language once: most findings of a batch
 * are counted, filtered or written in one language, and building the three texts of every finding
 * was a tenth of the check. It reads as a Text3 (`kk`, `ru`, `en`) and JSON.stringify writes it as
 * `{"kk", "ru", "en"}`, as before; its own keys are none (the texts are the prototype's getters), so
 * a copy by spread or structured clone must go through `plainText` (src/law/finding.ts) — the
 * worker threads of `bagalau check` send their findings that way. A kind of text says only how one
 * language is made (`make`); the caching and the JSON are this class's.
 */
abstract class LazyText implements Text3 {
  #kk: string | undefined;
  #ru: string | undefined;
  #en: string | undefined;
  protected abstract make(lang: keyof Text3): string;
  get kk(): string {
    return (this.#kk ??= this.make('kk'));
  }
  get ru(): string {
    return (this.#ru ??= this.make('ru'));
  }
  get en(): string {
    return (this.#en ??= this.make('en'));
  }
  toJSON(): Text3 {
    return { kk: this.kk, ru: this.ru, en: this.en };
  }
}

/** A template with its `{name}` placeholders filled (see fill). */
class Filled extends LazyText {
  readonly #t: Text3;
  readonly #vars: Record<string, string | number>;
  constructor(t: Text3, vars: Record<string, string | number>) {
    super();
    this.#t = t;
    this.#vars = vars;
  }
  protected make(lang: keyof Text3): string {
    return FILL[lang](this.#t, this.#vars);
  }
}

/** "Title: detail", each language joined when it is read. */
class Titled extends LazyText {
  readonly #title: Text3;
  readonly #detail: Text3;
  constructor(title: Text3, detail: Text3) {
    super();
    this.#title = title;
    this.#detail = detail;
  }
  protected make(lang: keyof Text3): string {
    return `${this.#title[lang]}: ${this.#detail[lang]}`;
  }
}

/**
 * Fill `{name}` placeholders in the three languages (fractions with a decimal comma in kk and ru), each
 * when it is first read. `vars` is read then, not now: a caller hands over an object it no longer changes.
 */
export const fill = (t: Text3, vars: Record<string, string | number>): Text3 => new Filled(t, vars);

/** The same, the three texts made now (a rule's title, made once per rule). */
const fillNow = (t: Text3, vars: Record<string, string | number>): Text3 => ({ kk: fillKk(t, vars), ru: fillRu(t, vars), en: fillEn(t, vars) });

/** A rule kind's declaration of the pointers it reads (see `Rule.reads`): absent ones left out, each once. */
export function reads(...ptrs: ReadonlyArray<string | undefined | readonly (string | undefined)[]>): readonly string[] {
  const out = new Set<string>();
  for (const p of ptrs) for (const x of typeof p === 'string' || p === undefined ? [p] : p) if (x !== undefined) out.add(x);
  return [...out];
}

/**
 * A kind's field that is the provision's value (a deadline's count of days, a list's exact size, a
 * session's minimum): a spec gives the field only where its value is not the provision's, as
 * src/acts/rule-table.ts does for rules.json rows, so the value is written once. Throws at build time
 * when neither gives it.
 */
export function fromProvision<T>(spec: RuleBase, own: T | undefined, field: string, is: (v: unknown) => v is T): T {
  if (own !== undefined) return own;
  const p = spec.provision;
  if (p && 'value' in p && is(p.value)) return p.value;
  throw new Error(`${spec.id}: no ${field}, and the provision's value is not one`);
}

/** The provision's value when it is a record of numbers (`{min, max}`), else undefined. */
const provisionRecord = (spec: RuleBase): Record<string, unknown> | undefined => {
  const p = spec.provision;
  return p && 'value' in p && p.value !== null && typeof p.value === 'object' && !Array.isArray(p.value) ? (p.value as Record<string, unknown>) : undefined;
};

export const isNumber = (v: unknown): v is number => typeof v === 'number';

/** A kind's number that is one key of the provision's value (`{min, max}`, `{hr, others}`): the spec's own, else that key's. */
export function fromProvisionKey(spec: RuleBase, own: number | undefined, key: string): number {
  const v = provisionRecord(spec)?.[key];
  return fromProvision(spec, own ?? (isNumber(v) ? v : undefined), key, isNumber);
}
export const isFraction = (v: unknown): v is [number, number] => Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number');
export const isStrings = (v: unknown): v is readonly string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * A list's or a value's bounds (exactly, at least, at most): the spec's own, else the provision's value
 * (a number: exactly; a record: its `min` and `max`). Throws at build time when neither gives one.
 */
export function boundsOf<S extends RuleBase & { exactly?: number; min?: number; max?: number }>(spec: S): S {
  if (spec.exactly !== undefined || spec.min !== undefined || spec.max !== undefined) return spec;
  const p = spec.provision;
  if (p && 'value' in p && typeof p.value === 'number') return { ...spec, exactly: p.value };
  const r = provisionRecord(spec);
  const min = typeof r?.['min'] === 'number' ? r['min'] : undefined;
  const max = typeof r?.['max'] === 'number' ? r['max'] : undefined;
  if (min === undefined && max === undefined) throw new Error(`${spec.id}: no bound, and the provision's value is not one`);
  return { ...spec, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

/** "Title: detail" in each language, each joined when it is first read (a finding's message). */
export const withTitle = (title: Text3, detail: Text3): Text3 => new Titled(title, detail);

/** A value as a title names it: a number or word as `{value}`, each number or word of a record by its key (`{min}`, `{max}`), of a tuple by its place (`{0}/{1}` for a fraction). */
function valueVars(v: unknown): Record<string, string | number> {
  const word = (x: unknown): x is string | number => typeof x === 'number' || typeof x === 'string';
  if (word(v)) return { value: v };
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter((e): e is [string, string | number] => word(e[1])));
  return {};
}

/** The rule's title as its findings say it: `{value}`, `{min}`… filled from the provision (once per spec). */
const TITLES = new WeakMap<RuleBase, Text3>();
export function titleOf(b: RuleBase): Text3 {
  let t = TITLES.get(b);
  if (!t) {
    const vars = b.provision && 'value' in b.provision ? valueVars(b.provision.value) : {};
    t = Object.keys(vars).length > 0 && /\{\w+\}/.test(`${b.title.kk}${b.title.ru}${b.title.en}`) ? fillNow(b.title, vars) : b.title;
    TITLES.set(b, t);
  }
  return t;
}

export const baseOf = (b: RuleBase) => {
  const clause = b.provision?.clause ?? b.clause;
  const quote = b.provision?.quote ?? b.quote;
  if (clause === undefined || quote === undefined) throw new Error(`${b.id}: a rule needs a provision or a clause and its quote`);
  const title = titleOf(b);
  const note = b.note === null ? undefined : (b.note ?? b.provision?.note);
  const r: { id: string; severity: Severity; clause: string; quote: string; title: Text3; note?: Text3; wording?: string; applies?: RuleBase['applies'] } = {
    id: b.id,
    severity: b.severity ?? 'error',
    clause,
    quote,
    title,
  };
  if (note) r.note = note;
  if (b.wording) r.wording = b.wording;
  if (b.applies) r.applies = b.applies;
  return r;
};

/** A list's or a count's bounds as a finding's facts keep them: `= 5`, `≥ 3, ≤ 5`, `≥ 1`. */
export const boundsSigns = (b: { exactly?: number; min?: number; max?: number }): string =>
  b.exactly !== undefined ? `= ${b.exactly}` : [b.min !== undefined ? `≥ ${b.min}` : '', b.max !== undefined ? `≤ ${b.max}` : ''].filter(Boolean).join(', ');

/** «expected 3 to 5, found 2» in each language: a count's message after its rule's title. */
export const countMismatch = (said: Text3, found: number): Text3 =>
  fill({ kk: 'күтілгені {kk}, табылғаны {found}', ru: 'ожидалось {ru}, найдено {found}', en: 'expected {en}, found {found}' }, { kk: said.kk, ru: said.ru, en: said.en, found });

/**
 * A list's or a count's bounds as a reader says them: «5»; «от 3 до 5» / «3–5» / «3 to 5»; «не менее 3» /
 * «кемінде 3» / «at least 3»; «не более 5» / «көп дегенде 5» / «at most 5». A finding's facts keep the bounds' signs
 * (`= 5`, `≥ 3, ≤ 5`); its message says them in words.
 */
export function boundsText(b: { exactly?: number; min?: number; max?: number }): Text3 {
  if (b.exactly !== undefined) return { kk: String(b.exactly), ru: String(b.exactly), en: String(b.exactly) };
  if (b.min !== undefined && b.max !== undefined) return { kk: `${b.min}–${b.max}`, ru: `от ${b.min} до ${b.max}`, en: `${b.min} to ${b.max}` };
  if (b.min !== undefined) return { kk: `кемінде ${b.min}`, ru: `не менее ${b.min}`, en: `at least ${b.min}` };
  if (b.max !== undefined) return { kk: `көп дегенде ${b.max}`, ru: `не более ${b.max}`, en: `at most ${b.max}` };
  return { kk: '', ru: '', en: '' };
}

/**
 * A form of the package by its caption in each language («Приложение 4: оценка методом ранжирования», quoted as the
 * captions are), or by its key in «» where the runner gives no captions: a message names the form the officer holds,
 * not the file's key («rankingSheet»).
 */
export function formName(ctx: RuleContext, key: string): Text3 {
  return ctx.caption?.(`/forms/${key}`) ?? { kk: `«${key}»`, ru: `«${key}»`, en: `«${key}»` };
}
