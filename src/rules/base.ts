/** What every rule kind takes besides its own parameters: the clause it implements and how to say it. */
import type { Severity, Text3 } from '../law/finding.js';
import type { RuleContext } from './rule.js';
import { pluralEn } from '../law/plural.js';
import { citesInText } from '../law/cite-text.js';

export interface RuleBase {
  /** `<methodology>/<name>` */
  id: string;
  severity?: Severity;
  clause: string;
  quote: string;
  title: Text3;
  note?: Text3;
  wording?: string;
  applies?(ctx: RuleContext): boolean;
}

/** Fill `{name}` placeholders in the three languages. */
export const fill = (t: Text3, vars: Record<string, string | number>): Text3 => {
  const sub = (s: string) => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
  return { kk: citesInText(sub(t.kk), 'kk'), ru: citesInText(sub(t.ru), 'ru'), en: pluralEn(sub(t.en)) };
};

/** "Title: detail" in each language. */
export const withTitle = (title: Text3, detail: Text3): Text3 => ({
  kk: `${title.kk}: ${detail.kk}`,
  ru: `${title.ru}: ${detail.ru}`,
  en: `${title.en}: ${detail.en}`,
});

export const baseOf = (b: RuleBase) => {
  const r: { id: string; severity: Severity; clause: string; quote: string; title: Text3; note?: Text3; wording?: string; applies?: RuleBase['applies'] } = {
    id: b.id,
    severity: b.severity ?? 'error',
    clause: b.clause,
    quote: b.quote,
    title: b.title,
  };
  if (b.note) r.note = b.note;
  if (b.wording) r.wording = b.wording;
  if (b.applies) r.applies = b.applies;
  return r;
};
