/**
 * A methodology laid out in a Word table of two columns in two languages side by side (the Kazakh text on one side,
 * the Russian on the other, clause by clause), as drafts prepared in both state languages are. One column is read as
 * the draft: the Kazakh one, whose wording the model (held in Kazakh) is compared with, or the left one when neither
 * is Kazakh. Reading both would make every clause twice. Our choice; the author is told which column was checked and
 * that the other was not (`./docx.ts` finds the layout); `draft import --column ru` reads the Russian one instead. Pure.
 */
import { t3, type Finding, type Text3 } from '../law/finding.js';

export interface ParallelColumns {
  /** The Markdown line (1-based) of the table's first paragraph read. */
  line: number;
  read: 'left' | 'right';
  /** The language of the column read and of the other, when their letters tell it. */
  readLanguage: 'kk' | 'ru' | null;
  otherLanguage: 'kk' | 'ru' | null;
}

const SIDE = { left: t3('сол жақ', 'левая', 'left'), right: t3('оң жақ', 'правая', 'right') } as const;
const LANGUAGE = {
  kk: t3('қазақ тілінде', 'на казахском языке', 'Kazakh'),
  ru: t3('орыс тілінде', 'на русском языке', 'Russian'),
} as const;

/** A column's language by its letters: Kazakh letters make it Kazakh, Cyrillic without them Russian. */
export function columnLanguage(text: string): 'kk' | 'ru' | null {
  if (/[әғқңөұүһӘҒҚҢӨҰҮҺ]/u.test(text)) return 'kk';
  return /[а-яё]/iu.test(text) ? 'ru' : null;
}

/** One warning at the table: which column was checked, in which language, and that the other was not. */
export function parallelColumnsFinding(p: ParallelColumns): Finding {
  const side = SIDE[p.read];
  const other = SIDE[p.read === 'left' ? 'right' : 'left'];
  const lang = (l: 'kk' | 'ru' | null, k: 'kk' | 'ru' | 'en'): string => (l ? LANGUAGE[l][k] : '');
  return {
    ruleId: 'draft/parallel-columns',
    severity: 'warning',
    path: '',
    place: { line: p.line, column: 1 },
    message: t3(
      `Әдістеме екі тілде қатар жазылған екі бағанды кестеде берілген: тек ${side.kk} баған${p.readLanguage ? ` (${lang(p.readLanguage, 'kk')})` : ''} тексерілді; ${other.kk} баған${p.otherLanguage ? ` (${lang(p.otherLanguage, 'kk')})` : ''} тексерілмеді — оны жеке жоба ретінде тексеріңіз.`,
      `Методика изложена в таблице в две колонки на двух языках: проверена только ${side.ru} колонка${p.readLanguage ? ` (${lang(p.readLanguage, 'ru')})` : ''}; ${other.ru} колонка${p.otherLanguage ? ` (${lang(p.otherLanguage, 'ru')})` : ''} не проверялась — проверьте её как отдельный проект.`,
      `The methodology is laid out in a two-column table in two languages side by side: only the ${side.en} column${p.readLanguage ? ` (${lang(p.readLanguage, 'en')})` : ''} was checked; the ${other.en} column${p.otherLanguage ? ` (${lang(p.otherLanguage, 'en')})` : ''} was not — check it as a draft of its own.`,
    ),
    facts: { read: p.read, readLanguage: p.readLanguage, otherLanguage: p.otherLanguage },
  };
}

/**
 * What `draft import` of such a file says on stderr: the Markdown holds one column, which, and how to take the other
 * (`--column` with its language, when its letters tell it).
 */
export function parallelColumnsImportNote(p: ParallelColumns): Text3 {
  const side = SIDE[p.read];
  const other = SIDE[p.read === 'left' ? 'right' : 'left'];
  const lang = (l: 'kk' | 'ru' | null, k: 'kk' | 'ru' | 'en'): string => (l ? ` (${LANGUAGE[l][k]})` : '');
  const hint = p.otherLanguage ? ` --column ${p.otherLanguage}` : '';
  return t3(
    `әдістеме екі тілде қатар жазылған: Markdown-қа тек ${side.kk} баған${lang(p.readLanguage, 'kk')} жазылды, ${other.kk} баған${lang(p.otherLanguage, 'kk')} алынбады${hint ? ` — оны алу үшін:${hint}` : ''}.`,
    `методика изложена на двух языках рядом: в Markdown записана только ${side.ru} колонка${lang(p.readLanguage, 'ru')}, ${other.ru} колонка${lang(p.otherLanguage, 'ru')} опущена${hint ? ` — чтобы взять её:${hint}` : ''}.`,
    `the methodology is laid out in two languages side by side: the Markdown holds only the ${side.en} column${lang(p.readLanguage, 'en')}; the ${other.en} column${lang(p.otherLanguage, 'en')} was left out${hint ? ` — to take it:${hint}` : ''}.`,
  );
}
