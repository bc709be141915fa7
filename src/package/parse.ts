/**
 * Text → data, refusing what would hurt: syntax errors are findings with their place;
 * nesting deeper than a form can be, and keys that would reach object prototypes
 * (`__proto__`, `constructor`, `prototype`), are reported and dropped. Pure: no I/O.
 */
import { parseDocument, LineCounter } from 'yaml';
import { t3, type Finding } from '../law/finding.js';
import { pointer } from '../law/json-pointer.js';

export const MAX_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface Parsed {
  data?: unknown;
  findings: Finding[];
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

/** JSON with the strictness of JSON (YAML would accept more and hide a typo). */
function parseJson(text: string): Parsed {
  try {
    return { data: JSON.parse(text), findings: [] };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const m = /position (\d+)/.exec(msg);
    const place = m ? placeAt(text, Number(m[1])) : undefined;
    return {
      findings: [inputError(t3(`JSON синтаксис қатесі: ${msg}`, `Синтаксическая ошибка JSON: ${msg}`, `JSON syntax error: ${msg}`), place)],
    };
  }
}

function parseYaml(text: string): Parsed {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false, strict: true });
  if (doc.errors.length > 0) {
    return {
      findings: doc.errors.slice(0, 5).map((err) => {
        const p = lc.linePos(err.pos[0]);
        const msg = err.message.split('\n')[0] ?? err.message;
        return inputError(t3(`YAML синтаксис қатесі: ${msg}`, `Синтаксическая ошибка YAML: ${msg}`, `YAML syntax error: ${msg}`), { line: p.line, column: p.col });
      }),
    };
  }
  try {
    return { data: doc.toJS({ maxAliasCount: 50 }), findings: [] };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { findings: [inputError(t3(`YAML оқылмады: ${msg}`, `YAML не прочитан: ${msg}`, `YAML could not be read: ${msg}`))] };
  }
}

/** Walks the data once: drops forbidden keys and cuts nesting deeper than MAX_DEPTH. */
function sanitise(value: unknown, path: Array<string | number>, findings: Finding[]): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (path.length >= MAX_DEPTH) {
    findings.push(inputError(t3(`Тым терең кірістірілген құрылым (${MAX_DEPTH} деңгейден артық)`, `Слишком глубокая вложенность (более ${MAX_DEPTH} уровней)`, `Nesting deeper than ${MAX_DEPTH} levels`), undefined, pointer(...path)));
    return null;
  }
  if (Array.isArray(value)) return value.map((v, i) => sanitise(v, [...path, i], findings));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      findings.push(inputError(t3(`Рұқсат етілмеген кілт «${key}» алынып тасталды`, `Недопустимый ключ «${key}» удалён`, `Forbidden key «${key}» dropped`), undefined, pointer(...path, key)));
      continue;
    }
    out[key] = sanitise((value as Record<string, unknown>)[key], [...path, key], findings);
  }
  return out;
}

export function parseText(text: string, kind: 'json' | 'yaml'): Parsed {
  const parsed = kind === 'json' ? parseJson(text) : parseYaml(text);
  if (parsed.data === undefined) return parsed;
  const findings: Finding[] = [];
  const data = sanitise(parsed.data, [], findings);
  return { data, findings: [...parsed.findings, ...findings] };
}

/** Which parser: by extension, else by the first character. */
export const kindOf = (file: string, text: string): 'json' | 'yaml' =>
  /\.json$/i.test(file) ? 'json' : /\.ya?ml$/i.test(file) ? 'yaml' : /^\s*[{[]/.test(text) ? 'json' : 'yaml';
