/**
 * Text → data, refusing what would hurt: syntax errors are findings with their place;
 * nesting deeper than a form can be, and keys that would reach object prototypes
 * (`__proto__`, `constructor`, `prototype`), are reported and dropped. Text nested past
 * MAX_PARSE_DEPTH is refused before a recursive parser sees it, and YAML aliases may not
 * expand the data past MAX_EXPANDED_SIZE (an alias is a pointer, a renderer prints it again
 * each time). Pure: no I/O.
 */
import { LineCounter, type Document } from 'yaml';
import { jsonErrorText, yamlErrorText } from './yaml-messages.js';
import { t3, type Finding } from '../law/finding.js';
import { pointer } from '../law/json-pointer.js';
import { jsonTooDeepAt, MAX_PARSE_DEPTH, MAX_YAML_TOKENS, parseYamlDocument, TooDeepError, TooManyTokensError } from './bounded.js';

/** Nesting kept in the data; deeper values are cut (with a finding). */
export const MAX_DEPTH = 32;
/** Numbers a form can hold: any count, grade, percent or sum of them stays exact and finite. */
export const MAX_NUMBER = 1e15;
/** Alias references resolved per file (the yaml library counts nested ones). */
export const MAX_ALIASES = 50;
/**
 * Characters of string data plus one per value, after aliases are expanded: a package of at most
 * MAX_BYTES bytes without aliases stays under it, so only alias amplification is refused.
 */
export const MAX_EXPANDED_SIZE = 2 * 1024 * 1024;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface Parsed {
  data?: unknown;
  findings: Finding[];
}

/**
 * The YAML syntax tree the data was read from, for the places of findings (source-map.ts): a file with findings
 * is then not parsed a second time. None for JSON, for a file that could not be read, and under a «%YAML 1.1»
 * directive (the places' own parse reads keys such as `yes` by the 1.1 schema, unlike the data's).
 */
export interface YamlTree {
  doc: Document.Parsed;
  lc: LineCounter;
}

const inputError = (message: Finding['message'], place?: { line: number; column: number }, path = ''): Finding => {
  const f: Finding = { ruleId: 'input', severity: 'error', message, path };
  if (place) f.place = place;
  return f;
};

function placeAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) { line++; last = i; }
  return { line, column: offset - last };
}

const tooDeep = (text: string, offset: number): Finding =>
  inputError(
    t3(
      `Тым терең кірістірілген құрылым (${MAX_PARSE_DEPTH} деңгейден артық) немесе жабылмаған жақша: файл талданбады`,
      `Слишком глубокая вложенность (более ${MAX_PARSE_DEPTH} уровней) или незакрытая скобка: файл не разобран`,
      `Nesting deeper than ${MAX_PARSE_DEPTH} levels, or an unclosed bracket: the file was not parsed`,
    ),
    placeAt(text, offset),
  );

/** JSON with the strictness of JSON (YAML would accept more and hide a typo). */
function parseJson(text: string): Parsed & { tree?: YamlTree } {
  const deep = jsonTooDeepAt(text);
  if (deep >= 0) return { findings: [tooDeep(text, deep)] };
  try {
    return { data: JSON.parse(text), findings: [] };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const m = /position (\d+)/.exec(msg);
    const place = m ? placeAt(text, Number(m[1])) : undefined;
    return {
      findings: [inputError(jsonErrorText(msg), place)],
    };
  }
}

function parseYaml(text: string): Parsed & { tree?: YamlTree } {
  const lc = new LineCounter();
  let doc;
  try {
    // schema 'core' even under a `%YAML 1.1` directive: 1.1 would turn dates into timestamps and yes/no into booleans
    doc = parseYamlDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false, strict: true, schema: 'core' });
  } catch (e) {
    if (e instanceof TooDeepError) return { findings: [tooDeep(text, e.offset)] };
    if (e instanceof TooManyTokensError) {
      return {
        findings: [
          inputError(
            t3(
              `YAML құрылымы тым көп (${MAX_YAML_TOKENS} таңбалауыштан артық): бұл бағалау пакеті емес, файл талданбады`,
              `Слишком много элементов YAML (более ${MAX_YAML_TOKENS} лексем): это не пакет оценки, файл не разобран`,
              `Too many YAML tokens (more than ${MAX_YAML_TOKENS}): not an evaluation package, the file was not parsed`,
            ),
            placeAt(text, e.offset),
          ),
        ],
      };
    }
    throw e;
  }
  const notes: Finding[] = [];
  const yaml11 = !!doc.directives?.yaml.explicit && doc.directives.yaml.version === '1.1';
  if (yaml11) {
    notes.push({
      ruleId: 'input-encoding',
      severity: 'info',
      message: t3(
        '«%YAML 1.1» директивасы: файл YAML 1.2 ережелерімен оқылды (күндер мен yes/no — мәтін)',
        'Директива «%YAML 1.1»: файл прочитан по правилам YAML 1.2 (даты и yes/no — текст)',
        'A «%YAML 1.1» directive: the file was read under YAML 1.2 rules (dates and yes/no stay text)',
      ),
      path: '',
      facts: { yamlVersion: '1.1', readAs: '1.2' },
    });
  }
  if (doc.errors.length > 0) {
    return {
      findings: doc.errors.slice(0, 5).map((err) => {
        const p = lc.linePos(err.pos[0]);
        const msg = err.message.split('\n')[0] ?? err.message;
        return inputError(yamlErrorText(err.code, msg), { line: p.line, column: p.col });
      }),
    };
  }
  try {
    const data: unknown = doc.toJS({ maxAliasCount: MAX_ALIASES });
    return yaml11 ? { data, findings: notes } : { data, findings: notes, tree: { doc, lc } };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { findings: [inputError(t3(`YAML оқылмады: ${msg}`, `YAML не прочитан: ${msg}`, `YAML could not be read: ${msg}`))] };
  }
}

class TooLarge extends Error {}

/**
 * Walks the data once: drops forbidden keys, cuts nesting deeper than MAX_DEPTH, and counts
 * the expanded size (throws TooLarge past MAX_EXPANDED_SIZE, so the walk itself stays bounded).
 * With `copy` every object and array is copied (YAML's: an alias shares one object between places, a copy
 * unshares them); without it (JSON.parse's data, which shares none) an object or array is copied only when
 * something in it changes, and clean data comes back as it went in (copying every object of every package
 * was ~5 % of a folder check).
 */
function sanitise(value: unknown, path: Array<string | number>, findings: Finding[], budget: { left: number }, copy: boolean): unknown {
  if (--budget.left < 0) throw new TooLarge();
  if (typeof value === 'string' && (budget.left -= value.length) < 0) throw new TooLarge();
  if (typeof value === 'number' && !(Math.abs(value) <= MAX_NUMBER)) {
    // 1e308 is a number, but two of them add up to Infinity in a sum of grades; YAML's .inf and .nan are not numbers a form holds
    findings.push(inputError(t3(`Сан тым үлкен немесе сан емес: ${value} (шегі ±10¹⁵)`, `Число слишком велико или не число: ${value} (предел ±10¹⁵)`, `Number too large, or not a number: ${value} (limit ±10^15)`), undefined, pointer(...path)));
    return null;
  }
  if (value === null || typeof value !== 'object') return value;
  if (path.length >= MAX_DEPTH) {
    findings.push(inputError(t3(`Тым терең кірістірілген құрылым (${MAX_DEPTH} деңгейден артық)`, `Слишком глубокая вложенность (более ${MAX_DEPTH} уровней)`, `Nesting deeper than ${MAX_DEPTH} levels`), undefined, pointer(...path)));
    return null;
  }
  // `path` is the walk's one stack (a step pushed before a value, popped after it): no array per value
  if (Array.isArray(value)) {
    let arr: unknown[] | undefined = copy ? [] : undefined;
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      const v = sanitise(value[i], path, findings, budget, copy);
      path.pop();
      if (arr === undefined && v !== value[i]) arr = value.slice(0, i);
      if (arr !== undefined) arr.push(v);
    }
    return arr ?? value;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  let out: Record<string, unknown> | undefined = copy ? {} : undefined;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    if (FORBIDDEN_KEYS.has(key)) {
      findings.push(inputError(t3(`Рұқсат етілмеген кілт «${key}» алынып тасталды`, `Недопустимый ключ «${key}» удалён`, `Forbidden key «${key}» dropped`), undefined, pointer(...path, key)));
      out ??= keysBefore(obj, keys, k);
      continue;
    }
    if ((budget.left -= key.length) < 0) throw new TooLarge();
    path.push(key);
    const v = sanitise(obj[key], path, findings, budget, copy);
    path.pop();
    if (out === undefined && v !== obj[key]) out = keysBefore(obj, keys, k);
    if (out !== undefined) out[key] = v;
  }
  return out ?? value;
}

/** A copy of the first k keys of an object (those before the first that changes, kept as they are). */
function keysBefore(obj: Record<string, unknown>, keys: readonly string[], k: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let j = 0; j < k; j++) out[keys[j]!] = obj[keys[j]!];
  return out;
}

export function parseText(text: string, kind: 'json' | 'yaml'): Parsed {
  return readText(text, kind).parsed;
}

/** parseText, and the YAML syntax tree the data came from (for its places). */
export function readText(text: string, kind: 'json' | 'yaml'): { parsed: Parsed; tree?: YamlTree } {
  if (isBlank(text, kind)) return { parsed: { findings: [emptyFile()] } };
  const { tree, ...parsed } = kind === 'json' ? parseJson(text) : parseYaml(text);
  if (parsed.data === undefined) return { parsed };
  const findings: Finding[] = [];
  try {
    const data = sanitise(parsed.data, [], findings, { left: MAX_EXPANDED_SIZE }, kind === 'yaml');
    const out = { data, findings: [...parsed.findings, ...findings] };
    return tree ? { parsed: out, tree } : { parsed: out };
  } catch (e) {
    if (!(e instanceof TooLarge)) throw e;
    return { parsed: {
      findings: [
        ...parsed.findings,
        inputError(
          t3(
            `Деректер тым үлкен: YAML сілтемелері (alias) ашылғанда ${MAX_EXPANDED_SIZE} таңбадан асады`,
            `Данные слишком велики: после раскрытия ссылок YAML (alias) больше ${MAX_EXPANDED_SIZE} символов`,
            `Data too large: with its YAML aliases expanded it exceeds ${MAX_EXPANDED_SIZE} characters`,
          ),
        ),
      ],
    } };
  }
}

/**
 * Nothing but white space (YAML: and comments, `---`, `...`): a file saved empty, or cut before its first key. Said so,
 * instead of «not an evaluation package: no top-level methodology field» (YAML reads it as null) or «the file ended
 * before the JSON did», which send the reader looking for a key or a bracket.
 */
function isBlank(text: string, kind: 'json' | 'yaml'): boolean {
  if (kind === 'json') return !/\S/.test(text);
  // line by line, stopping at the first line with content: a package's first line already has its first key
  for (let from = 0; from < text.length;) {
    const end = text.indexOf('\n', from);
    const line = text.slice(from, end < 0 ? text.length : end).trim();
    if (line !== '' && line !== '---' && line !== '...' && !line.startsWith('#')) return false;
    from = end < 0 ? text.length : end + 1;
  }
  return true;
}

const emptyFile = (): Finding =>
  inputError(t3(
    'Файл бос: онда бағалау пакеті жоқ (файл бос сақталған не соңына дейін жазылмаған болуы мүмкін)',
    'Файл пуст: в нём нет пакета оценки (возможно, он сохранён пустым или записан не до конца)',
    'The file is empty: it holds no evaluation package (it may have been saved empty or not written to the end)',
  ));

/** Which parser: by extension, else by the first character. */
export const kindOf = (file: string, text: string): 'json' | 'yaml' =>
  /\.json$/i.test(file) ? 'json' : /\.ya?ml$/i.test(file) ? 'yaml' : /^\s*[{[]/.test(text) ? 'json' : 'yaml';
