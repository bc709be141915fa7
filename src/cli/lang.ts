/**
 * The language the command speaks before its options are parsed (usage errors, date errors):
 * `--lang X` on the command line, else the locale (LC_ALL, LC_MESSAGES, LANG: kk_KZ, ru_RU…), else Kazakh.
 * A config file's `lang` applies once it is read (see config.ts).
 */
import { Option } from 'commander';
import type { Lang } from '../law/finding.js';

const isLang = (s: string | undefined): s is Lang => s === 'kk' || s === 'ru' || s === 'en';

export function langFromLocale(env: NodeJS.ProcessEnv = process.env): Lang | undefined {
  for (const v of [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']]) {
    const m = v ? /^([a-z]{2})/i.exec(v) : null;
    const code = m?.[1]?.toLowerCase();
    if (code && isLang(code)) return code;
  }
  return undefined;
}

export function langFromArgv(argv: readonly string[] = process.argv): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang' && isLang(argv[i + 1])) return argv[i + 1] as Lang;
    if (a.startsWith('--lang=') && isLang(a.slice(7))) return a.slice(7) as Lang;
  }
  return undefined;
}

let configured: Lang | undefined;
/** Set by a config file's `lang` (weaker than --lang, stronger than the locale). */
export function setConfigLang(lang: Lang | undefined): void {
  configured = lang;
}

export function cliLang(): Lang {
  return langFromArgv() ?? configured ?? langFromLocale() ?? 'kk';
}

/** `--lang`: its default is the language the CLI speaks without it (see cliLang), shown in the help. */
export const langOption = (): Option => new Option('--lang <lang>').choices(['kk', 'ru', 'en']).default(cliLang());
