/**
 * Filling templates: Handlebars-filled Markdown. Templates are trusted repository files; they are
 * compiled with `strict` (a missing plain `{{x}}` is an error), `noEscape` (the output is Markdown,
 * not HTML) and `knownHelpersOnly` (only the helpers below). Data never becomes markup: every string
 * of the view has its special characters stood in for by private-use ones (data-text.ts) that no
 * parser reads, and the document model maps them back into its text runs — so a name with `*`, `|`,
 * `<`, a CR or a line break stays text.
 *
 * Blank and filled forms are one template: data fields go through `field`, which prints the value or,
 * when it is absent, the underscores of the original form.
 */
import type Handlebars from 'handlebars';
import runtime from 'handlebars/runtime.js';
import { fillSkeleton, shapeOf, templatePaths } from './template-paths.js';
import type { UsedPath } from './template-paths.js';
import { decodeValue, encodeValue } from './data-text.js';
import { ParserNotLoaded } from './parsers.js';
import { t3, type Text3 } from '../law/finding.js';
import { sessionWordKk } from '../rules/session-words.js';

export class TemplateError extends Error {
  override name = 'TemplateError';
  /** The message in kk/ru/en (a plain string is the same in all three: a place and a quoted engine text). */
  readonly text: Text3;
  constructor(message: string | Text3) {
    const text = typeof message === 'string' ? t3(message, message, message) : message;
    super(text.en);
    this.text = text;
  }
}

/** A template Handlebars could not read or run: its name, then Handlebars' own first line, quoted. */
export const templateFailed = (name: string, e: unknown): TemplateError => {
  const detail = (e as Error).message.split('\n')[0] ?? '';
  return new TemplateError(t3(`${name}: үлгі қатесі (Handlebars): ${detail}`, `${name}: ошибка шаблона (Handlebars): ${detail}`, `${name}: ${detail}`));
};

/** Runs the templates the build compiled: Handlebars' runtime, without its compiler. */
const hb = (runtime as unknown as typeof Handlebars).create();

/** A value as it enters the Markdown (its special characters stood in for); see data-text.ts. */
export const escapeMarkdown = encodeValue;

/** Deep copy of plain data with every string's special characters stood in for. */
export function toView(value: unknown): unknown {
  if (typeof value === 'string') return encodeValue(value);
  if (Array.isArray(value)) return value.map(toView);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toView(v);
    return out;
  }
  return value;
}

const underscores = (n: number): string => '\\_'.repeat(Math.max(1, Math.min(200, Math.floor(n))));

const present = (v: unknown): boolean => v !== undefined && v !== null && v !== '';

/** Numbers are written with a decimal comma, as the acts write them («2,99»). */
export function formatNumber(v: number): string {
  const s = Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100);
  return s.replace('.', ',');
}

/** ISO date → DD.MM.YYYY, the form used throughout the acts (as data: its dots are stood in for). */
export function formatDate(v: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  return m ? encodeValue(`${m[3]}.${m[2]}.${m[1]}`) : v;
}

/** «Тегі Аты Әкесінің аты» → «Тегі А. Ә.»; the value arrives Markdown-escaped and leaves escaped. */
export function initialsOf(escaped: string): string {
  const plain = decodeValue(escaped).trim();
  const words = plain.split(/\s+/);
  if (words.length < 2 || /\./.test(plain) || !words.slice(1).every((w) => /^\p{Lu}/u.test(w))) return escaped;
  const [surname, ...rest] = words;
  return escapeMarkdown(`${surname} ${rest.map((w) => `${[...w][0]}.`).join(' ')}`);
}

/**
 * «Тегі Аты Әкесінің аты» → «А. Тегі», as an order's signature names its signer (act 000's own order: «Министр /
 * Д. Абаев»); a name already written with initials, or of one word, is left as it is. Escaped in, escaped out.
 */
export function signatoryOf(escaped: string): string {
  const plain = decodeValue(escaped).trim();
  const words = plain.split(/\s+/);
  if (words.length < 2 || /\./.test(plain) || !words.every((w) => /^\p{Lu}/u.test(w))) return escaped;
  const [surname, given] = words;
  return escapeMarkdown(`${[...(given ?? '')][0]}. ${surname}`);
}

function show(v: unknown): string {
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'иә' : 'жоқ';
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(decodeValue(v))) return formatDate(decodeValue(v));
  return String(v);
}

/** The helpers a template may call. Kept few on purpose; templates/README in docs/render.md. */
export const HELPERS = {
  /** `{{field value 40}}`: the value, or 40 underscores when absent (the blank form). */
  field(value: unknown, width: unknown): string {
    return present(value) ? show(value) : underscores(typeof width === 'number' ? width : 20);
  },
  /**
   * `{{initials value 24}}`: where a form asks for «тегі, аты-жөнінің бірінші әріптері» (surname and
   * initials), a full name «Қасымова Әйгерім Нұрланқызы» is printed «Қасымова Ә. Н.»; a name already
   * written with initials, or of one word, is printed as it is; absent, the underscores.
   */
  initials(value: unknown, width: unknown): string {
    if (!present(value)) return underscores(typeof width === 'number' ? width : 20);
    if (typeof value !== 'string') return show(value);
    return initialsOf(value);
  },
  /** `{{signatory value}}`: the signer of an order as its signature names him or her, «Н. Сейітов»; nothing when absent. */
  signatory(value: unknown): string {
    if (!present(value)) return '';
    return typeof value === 'string' ? signatoryOf(value) : show(value);
  },
  /** `{{opt value}}`: the value, or nothing when absent (comment cells of a blank form). */
  opt(value: unknown): string {
    return present(value) ? show(value) : '';
  },
  /** `{{blank 40}}`: a line of underscores. */
  blank(width: unknown): string {
    return underscores(typeof width === 'number' ? width : 20);
  },
  /** `{{num value}}`: a number with a decimal comma, or nothing when absent. */
  num(value: unknown): string {
    return typeof value === 'number' ? formatNumber(value) : present(value) ? String(value) : '';
  },
  /** `{{date value}}`: DD.MM.YYYY, or nothing. */
  date(value: unknown): string {
    if (typeof value !== 'string') return '';
    const plain = decodeValue(value);
    // only a real date is rewritten; anything else stays as it came
    return /^\d{4}-\d{2}-\d{2}$/.test(plain) ? formatDate(plain) : value;
  },
  /** `{{inc @index}}`: 1-based position in a loop. */
  inc(value: unknown): string {
    return typeof value === 'number' ? String(value + 1) : '';
  },
  /**
   * `{{incWhere ../session.members @index "present"}}`: the 1-based position of item `@index` among the items of the
   * list whose `key` is true — a table of the members present numbered 1, 2, 3 with no gap where one was absent.
   */
  incWhere(list: unknown, index: unknown, key: unknown): string {
    if (!Array.isArray(list) || typeof index !== 'number') return '';
    let n = 0;
    for (let i = 0; i <= index && i < list.length; i++) if ((list[i] as Record<string, unknown> | null | undefined)?.[String(key)] === true) n++;
    return String(n);
  },
  /**
   * `{{sessionWord "role" role}}`: the Kazakh word for a session code (a member's role, the ballot, a vote) from the
   * one table, src/rules/session-words.ts; a code the table lacks is printed as it is (the schema allows none).
   * `{{sessionWord "presence" present}}` takes a member's `present` flag: «қатысты» or «қатыспады».
   */
  sessionWord(table: unknown, code: unknown): string {
    if (typeof code === 'boolean') return sessionWordKk(String(table), code) ?? String(code);
    if (typeof code !== 'string') return '';
    return sessionWordKk(String(table), decodeValue(code)) ?? code;
  },
  /** `{{#if (eq parameter "Тәртіптік жазалардың болмауы")}}`: compares text as written (data arrives Markdown-escaped). */
  eq(a: unknown, b: unknown): boolean {
    const plain = (v: unknown): unknown => (typeof v === 'string' ? decodeValue(v) : v);
    return plain(a) === plain(b);
  },
} as const;

export const HELPER_NAMES = new Set(Object.keys(HELPERS));

function registerHelpers(env: typeof Handlebars): void {
  for (const [name, fn] of Object.entries(HELPERS)) {
    env.registerHelper(name, function (this: unknown, ...args: unknown[]) {
      // the last argument is Handlebars' options object
      return (fn as (...a: unknown[]) => unknown)(...args.slice(0, -1));
    });
  }
}
registerHelpers(hb);

const knownHelpers = Object.fromEntries([...HELPER_NAMES].map((n) => [n, true]));
const OPTIONS = { strict: true, noEscape: true, knownHelpersOnly: true, knownHelpers };

/** Handlebars with its compiler (./template-compiler.ts), once loaded: for a template the build did not compile. */
interface Compiler {
  parse(source: string): hbs.AST.Program;
  compile(source: string): HandlebarsTemplateDelegate;
  precompile(source: string): string;
}
let compiler: Compiler | undefined;

export function provideCompiler(full: typeof Handlebars): void {
  const env = full.create();
  registerHelpers(env);
  compiler = { parse: (s) => env.parse(s), compile: (s) => env.compile(s, OPTIONS), precompile: (s) => env.precompile(s, OPTIONS) as string };
}

const theCompiler = (): Compiler => {
  if (!compiler) throw new ParserNotLoaded('handlebars', () => import('./template-compiler.js'));
  return compiler;
};

export type Filler = (context: Record<string, unknown>) => string;

const cache = new Map<string, Filler>();

/**
 * Templates compiled by the build (scripts/build-templates.ts): Handlebars' template code and the data paths the
 * template reads, keyed by `sourceKey` of the template text. Compiling at run time was a tenth of a one-form
 * `render`; a template the build did not see (another --templates folder, an edited file) is compiled as before.
 */
export interface Precompiled {
  /** Handlebars' template specification, as `Handlebars.precompile` writes it (evaluated by the module that holds it). */
  spec: TemplateSpecification;
  /** The data paths the template reads (`templatePaths`), for the skeleton of containers it walks through. */
  paths: string[][];
}
const precompiled = new Map<string, Precompiled>();

/** The lookup key of a template text: its length and two 32-bit FNV-1a hashes of its UTF-16 code units. */
export function sourceKey(source: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ source.length;
  for (let i = 0; i < source.length; i++) {
    const x = source.charCodeAt(i);
    a = Math.imul(a ^ x, 16777619) >>> 0;
    b = Math.imul(b ^ x ^ (i & 0xff), 2246822519) >>> 0;
  }
  return `${source.length}-${a.toString(16)}-${b.toString(16)}`;
}

export function providePrecompiledTemplates(entries: Iterable<[string, Precompiled]>): void {
  for (const [k, v] of entries) precompiled.set(k, v);
}

/** What the build writes for one template: the specification as JavaScript text and the paths it reads. */
export function precompileTemplate(source: string, name = 'template'): { spec: string; paths: string[][] } {
  const c = theCompiler();
  try {
    return { spec: c.precompile(source), paths: templatePaths(source, name).map((u) => u.path) };
  } catch (e) {
    throw templateFailed(name, e);
  }
}

/** Compile (cached by source text), or take what the build compiled. */
export function compileTemplate(source: string, name = 'template'): Filler {
  let f = cache.get(source);
  if (f) return f;
  let tpl: HandlebarsTemplateDelegate;
  let shape: ReturnType<typeof shapeOf>;
  const pre = precompiled.size ? precompiled.get(sourceKey(source)) : undefined;
  if (pre) {
    tpl = hb.template(pre.spec);
    shape = shapeOf(pre.paths.map((path) => ({ path }) as UsedPath));
  } else {
    const c = theCompiler();
    try {
      c.parse(source);
      tpl = c.compile(source);
    } catch (e) {
      throw templateFailed(name, e);
    }
    shape = shapeOf(templatePaths(source, name));
  }
  f = (context) => {
    try {
      return tpl(fillSkeleton(toView(context), shape) as Record<string, unknown>, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
    } catch (e) {
      throw templateFailed(name, e);
    }
  };
  cache.set(source, f);
  return f;
}

export function parseTemplate(source: string): hbs.AST.Program {
  return theCompiler().parse(source);
}
