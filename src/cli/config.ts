/**
 * The project's config file, found in the working folder or above it: `bagalau.config.yaml`
 * (or `.yml`, `.json`) or `.bagalaurc` (YAML or JSON).
 *
 *   lang: ru                       # default language of messages
 *   today: 2026-12-04              # the check date (reproducible reports)
 *   calendar: [calendar-2027.json] # extra calendar data, relative to the config file
 *   ignore: [archive/, "*.draft.yaml"]   # gitignore syntax, added to .bagalauignore
 *   severity:                      # a body's own policy: a rule's severity raised, lowered or off
 *     mic-2018/familiarisation: warning
 *     "asa-b-model/*": error
 *
 * Every override is shown beside each finding it changed. A bad config is a usage error naming
 * the file and the key.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { t3, type Lang, type Severity } from '../law/finding.js';
import { readDate } from './dates.js';
import { UsageError } from './usage-error.js';

export const CONFIG_NAMES = ['bagalau.config.yaml', 'bagalau.config.yml', 'bagalau.config.json', '.bagalaurc'] as const;

export type SeverityOverride = Severity | 'off';

export interface Config {
  /** The file it was read from (shown beside each override). */
  file: string;
  lang?: Lang;
  today?: string;
  calendar?: string[];
  ignore?: string[];
  severity?: Record<string, SeverityOverride>;
}

/** The nearest config file from `dir` upwards, if any. */
export function findConfig(dir = process.cwd()): string | undefined {
  let d = resolve(dir);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const p = join(d, name);
      if (existsSync(p)) return p;
    }
    const up = dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

const bad = (file: string, key: string, kk: string, ru: string, en: string) =>
  new UsageError(t3(`${file}: «${key}»: ${kk}`, `${file}: «${key}»: ${ru}`, `${file}: «${key}»: ${en}`));

const strings = (file: string, key: string, v: unknown): string[] => {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  throw bad(file, key, 'жол немесе жолдар тізімі болуы керек', 'должно быть строкой или списком строк', 'must be a string or a list of strings');
};

export function readConfig(path: string): Config {
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(t3(`${path}: баптау файлы оқылмады: ${(e as Error).message}`, `${path}: файл настроек не прочитан: ${(e as Error).message}`, `${path}: the config file could not be read: ${(e as Error).message}`));
  }
  const config: Config = { file: path };
  if (data === null || data === undefined) return config;
  if (typeof data !== 'object' || Array.isArray(data)) throw bad(path, '/', 'кілт: мән жұптары болуы керек', 'должен быть набором «ключ: значение»', 'must be a mapping of keys to values');
  const base = dirname(path);
  for (const [key, v] of Object.entries(data as Record<string, unknown>)) {
    switch (key) {
      case 'lang':
        if (v !== 'kk' && v !== 'ru' && v !== 'en') throw bad(path, key, 'kk, ru немесе en', 'kk, ru или en', 'kk, ru or en');
        config.lang = v;
        break;
      case 'today': {
        const iso = typeof v === 'string' ? readDate(v) : v instanceof Date ? v.toISOString().slice(0, 10) : undefined;
        if (!iso) throw bad(path, key, 'күн 2026-12-04 немесе 04.12.2026 түрінде', 'дата вида 2026-12-04 или 04.12.2026', 'a date such as 2026-12-04 or 04.12.2026');
        config.today = iso;
        break;
      }
      case 'calendar':
        config.calendar = strings(path, key, v).map((f) => resolve(base, f));
        break;
      case 'ignore':
        config.ignore = strings(path, key, v);
        break;
      case 'severity': {
        if (v === null || typeof v !== 'object' || Array.isArray(v)) throw bad(path, key, 'ереже: деңгей жұптары', 'пары «правило: уровень»', 'pairs of rule: severity');
        const out: Record<string, SeverityOverride> = {};
        for (const [rule, sev] of Object.entries(v as Record<string, unknown>)) {
          if (sev !== 'error' && sev !== 'warning' && sev !== 'info' && sev !== 'off') throw bad(path, `${key}.${rule}`, 'error, warning, info немесе off', 'error, warning, info или off', 'error, warning, info or off');
          out[rule] = sev;
        }
        config.severity = out;
        break;
      }
      default:
        throw bad(path, key, `белгісіз кілт (бары: lang, today, calendar, ignore, severity)`, `неизвестный ключ (есть: lang, today, calendar, ignore, severity)`, `unknown key (known: lang, today, calendar, ignore, severity)`);
    }
  }
  return config;
}

/** The override for a rule id: an exact id wins over a pattern ending in `*`. */
export function overrideFor(severity: Record<string, SeverityOverride> | undefined, ruleId: string): SeverityOverride | undefined {
  if (!severity) return undefined;
  if (Object.hasOwn(severity, ruleId)) return severity[ruleId];
  let best: { len: number; sev: SeverityOverride } | undefined;
  for (const [pat, sev] of Object.entries(severity))
    if (pat.endsWith('*') && ruleId.startsWith(pat.slice(0, -1)) && (!best || pat.length > best.len)) best = { len: pat.length, sev };
  return best?.sev;
}
