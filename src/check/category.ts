/**
 * Category-code normalisation: the rules see the canonical position-category code (Latin and
 * Cyrillic look-alikes, digit 0 for the letter О), and the reader is told what changed. Only a value
 * shaped like a code is normalised: free text («"А" корпусы») is left as written.
 */
import type { Pack } from '../acts/pack.js';
import { CATEGORY_SERIES, CATEGORY_SUBSERIES, looksLikeCategoryCode, normaliseCategoryCode, type CodeChange, type NormalisedCode } from '../law/category-code.js';
import { t3, type Finding, type Text3 } from '../law/finding.js';
import type { PackageData } from '../rules/rule.js';
import type { CheckBatch } from './batch.js';

const SERIES = CATEGORY_SERIES.join(', ');
const SUBSERIES = CATEGORY_SUBSERIES.join(', ');

/**
 * How a pack reads a servant's category: none where the pack has no codes (asa-a-corps: cl. 7's «1-санат»/«2-санат» in a
 * closed list) or the value is not shaped like a code (free text is never rewritten); else the normalised code, what
 * changed and whether it is one of the act's. The check's reading, and the staff-list import's (src/serve/api.ts).
 */
export function categoryReading(pack: Pack, raw: string, normalise: (raw: string) => NormalisedCode = normaliseCategoryCode): NormalisedCode | undefined {
  return pack.categoryCodes && looksLikeCategoryCode(raw) ? normalise(raw) : undefined;
}

export function normaliseServant(pkg: PackageData, findings: Finding[], pack: Pack, wording: string, batch: CheckBatch): PackageData {
  const raw = pkg.servant.category;
  const n = categoryReading(pack, raw, (r) => batch.categoryCode(r));
  if (!n || !pack.categoryCodes) return pkg;
  // a code that no reading makes one of the act's (a series or sub-series letter the register has not): the rules
  // that go by category (forms, evaluators, indicators) cannot read it, and the reader is told so
  if (!n.valid)
    findings.push({
      ruleId: 'category-unknown',
      severity: 'warning',
      message: t3(
        `Лауазым санатының коды «${raw}» санаттардың ешқайсысы емес (серия ${SERIES}, ішкі серия ${SUBSERIES}, санат нөмірі 1–9, сызықшамен: «Е-R-3»): санатқа қарайтын ережелер оны оқи алмайды`,
        `Код категории «${raw}» не совпадает ни с одной категорией (серия ${SERIES}, подсерия ${SUBSERIES}, номер 1–9, через дефис: «Е-R-3»): правила, зависящие от категории, его не прочтут`,
        `Category code «${raw}» is none of the categories (series ${SERIES}, sub-series ${SUBSERIES}, number 1–9, hyphenated: «Е-R-3»): the rules that go by category cannot read it`,
      ),
      path: '/servant/category',
      cite: { act: pack.id, clause: pack.categoryCodes.clause, wording },
      facts: { found: raw, read: n.code },
    });
  if (n.code === raw || !n.valid) return pkg;
  const changed = batch.categoryWords(n);
  findings.push({
    ruleId: 'category-normalised',
    // One severity in every pack: the acts themselves print codes in the other script and with a digit 0
    // for the letter О (act 000 App. 4 «С-0-1», act 003 «D-0-1»), so the reading is reported, not a breach.
    severity: 'info',
    message: t3(
      `Лауазым санатының коды «${raw}» «${n.code}» ретінде оқылды (${changed.kk})`,
      `Код категории «${raw}» прочитан как «${n.code}» (${changed.ru})`,
      `Category code «${raw}» read as «${n.code}» (${changed.en})`,
    ),
    path: '/servant/category',
    // The place that prints the codes this one is read against.
    cite: { act: pack.id, clause: pack.categoryCodes.clause, wording },
    facts: { found: raw, normalised: n.code, changes: n.changes, valid: n.valid },
  });
  return { ...pkg, servant: { ...pkg.servant, category: n.code } };
}

/**
 * What changed, in words: «убраны пробелы», ««–» заменено на «-»», «латинская «C» → кириллическая «С»». The
 * bare «C→С» said nothing a reader could see (the two letters look alike; a removed space printed as « →»).
 */
export function changeWords(changes: readonly CodeChange[]): Text3 {
  const one = (c: CodeChange): Text3 => {
    const f = `«${c.from}»`;
    const t = `«${c.to}»`;
    switch (c.kind) {
      case 'space':
        return t3('бос орын алынды', 'убран пробел', 'a space removed');
      case 'dash':
        return t3(`${f} сызықшасы ${t} болып оқылды`, `${f} прочитано как дефис ${t}`, `${f} read as the hyphen ${t}`);
      case 'latin-to-cyrillic':
      case 'romanisation': {
        // «V» (Latin) is Cyrillic «В», Cyrillic «Р» and Latin «P» the Latin «R»: the scripts are named as they are
        const kk = (ch: string) => (/[A-Za-z]/.test(ch) ? `латынның «${ch}» әрпі` : /[\u0400-\u04FF]/.test(ch) ? `кириллицаның «${ch}» әрпі` : `«${ch}»`);
        const ru = (ch: string) => (/[A-Za-z]/.test(ch) ? `латинская «${ch}»` : /[\u0400-\u04FF]/.test(ch) ? `кириллическая «${ch}»` : `«${ch}»`);
        const en = (ch: string) => (/[A-Za-z]/.test(ch) ? `Latin «${ch}»` : /[\u0400-\u04FF]/.test(ch) ? `Cyrillic «${ch}»` : `«${ch}»`);
        return t3(`${kk(c.from)} ${kk(c.to)} болып оқылды`, `${ru(c.from)} прочитана как ${ru(c.to)}`, `${en(c.from)} read as ${en(c.to)}`);
      }
      case 'digit-zero':
        return t3(`${f} цифры ${t} әрпі болып оқылды`, `цифра ${f} прочитана как буква ${t}`, `the digit ${f} read as the letter ${t}`);
      case 'case':
        return t3(`кіші ${f} бас ${t} болып оқылды`, `строчная ${f} прочитана как заглавная ${t}`, `lower-case ${f} read as capital ${t}`);
      case 'hyphen-added':
        return t3('санат нөмірінің алдына сызықша қойылды', 'перед номером категории добавлен дефис', 'a hyphen added before the category number');
    }
  };
  const say = (l: keyof Text3): string => {
    const seen = new Map<string, number>();
    for (const c of changes) {
      const w = one(c)[l];
      seen.set(w, (seen.get(w) ?? 0) + 1);
    }
    return [...seen].map(([w, n]) => (n > 1 ? `${w} (×${n})` : w)).join('; ');
  };
  return { kk: say('kk'), ru: say('ru'), en: say('en') };
}
