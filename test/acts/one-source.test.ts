/**
 * One source for each legal value (issue 12, "done when" 1): a quote or a number held by a pack's
 * params stands in the packs' data and nowhere else in src/: not in the rules that read it, not in an
 * engine, not in the code that reads the data. The data are a pack's folder but its code (rules.ts,
 * procedure.ts, family.ts, index.ts, and params.ts, which only reads params.json): the params.json files
 * (the family's b-corps-2018/params.json too), catalogues and the other JSON files, the forms and
 * appendices that print the act's own headings, act.ts. The params themselves are read from those files
 * (`pack.params` is what `readParams` gave from them), so the scan covers the data files.
 *
 * What counts, and the false positives we leave out on purpose (text is compared as the act tests compare it,
 * with the one normaliser of act-text.ts, so «А» and "А", a dash or a line break do not hide a restated quote):
 * - Quotes: every params quote of 25 characters or more, found (whitespace folded, comments left out)
 *   in code outside the data. Shorter quotes are headings («Құзыреттер атауы») too common to tell a
 *   restatement from a form that prints them. Comments are left out: a rule kind's doc example may cite
 *   a clause. So are src/draft/model/asa-b-model-text.ts and asa-b-model-act.ts: the model's text itself
 *   (generated from the act file) and that text as parsed, the source every quote is taken from, not a
 *   restatement of one.
 * - Numbers in a rule's code: a number literal in a rule file (comments and strings left out) equal to a
 *   number of the pack's params, other than 0 and 1 (a first item, "one of") and the arguments of text
 *   formatting (`precision`, `slice`, `padStart`): the rule takes it from the provision or the catalogue.
 * - A provision passed on piecemeal in a rule's code (`clause: v.clause`, `quote: …quote`): the rule takes it whole.
 * - Days of the year in a rule's code: «`${year}-02-01`» or a whole date is a date limit the params hold
 *   («1 ақпанына дейін»), read through `dateLimit`; strings are scanned here, comments are not.
 * - Numbers: in the titles of rules (the only text of a rule a reader sees besides the provision), a
 *   number in digits equal to a value of the pack's params, or a number word (kk, ru, en) equal to a
 *   value of the rule's own provision, is a restated value: the title names it as `{value}` (or `{min}`,
 *   `{day}`, `{0}/{1}`…) and takes it from the provision. Digits that cite a place («App. 4»,
 *   «5-қосымша», «прил. 5/7», «cl. 17», «17-тармақ», «1-санат») are references, not values, and are left
 *   out; so are years (2018–2100). Number words are matched against the rule's own provision only:
 *   «one quarter», «бір жауап» say how many of a thing there are, and match some other param's 1 by
 *   chance.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../src/acts/index.js';
import type { Pack, Place, Provision } from '../../src/acts/pack.js';
import { normalise } from './act-text.js';

/** Source text as the act tests read the act: escapes undone, then the one normaliser (act-text.ts): «» and "" alike, dashes, white space. */
const fold = (s: string): string => normalise(s.replace(/\\(['"`\\])/g, '$1'));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : /\.(ts|json)$/.test(n) ? [p] : [];
  });
}
/** Code only: a comment citing the act's words (a rule kind's doc example) is not a value the program uses. */
const code = (s: string): string => s.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"])\/\/[^\n]*/g, '$1');
const SRC_RAW = filesUnder('src').filter((f) => f.endsWith('.ts')).map((f) => ({ f, src: readFileSync(f, 'utf8') }));
const SRC = filesUnder('src').map((f) => ({ f, text: fold(code(readFileSync(f, 'utf8'))) }));

/**
 * Where the act's words may stand: a pack's folder except its rules (params, the catalogues and JSON
 * tables, the forms and appendices that print the act's headings, the act's metadata), and the copy
 * of the model text the draft checker aligns against (generated from the act file itself).
 */
const isData = (f: string): boolean =>
  (/^src\/acts\/[^/]+\/[^/]+$/.test(f) && !/\/(rules|procedure|family|index|params)\.ts$/.test(f)) || f === 'src/draft/model/asa-b-model-text.ts' || f === 'src/draft/model/asa-b-model-act.ts';

/** Every quote a pack's params hold, dated ones included. */
function quotesOf(pack: Pack): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [k, p] of Object.entries(pack.params)) {
    out.push([k, p.quote]);
    if ('dated' in p) for (const d of p.dated ?? []) out.push([`${k} (from ${d.from})`, d.quote]);
  }
  return out;
}

/** Every number a pack's params hold (in values, records, tables and dated values). */
function numbersOf(pack: Pack): Set<number> {
  const out = new Set<number>();
  const walk = (v: unknown): void => {
    if (typeof v === 'number') out.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const p of Object.values(pack.params)) {
    if ('value' in p) walk(p.value);
    if ('dated' in p) for (const d of p.dated ?? []) walk(d.value);
  }
  return out;
}

/** A number word in kk, ru or en, as a whole word (JS `\\b` knows no Cyrillic, so letters are looked for around it). */
const word = (...forms: string[]): RegExp => new RegExp(`(?<!\\p{L})(?:${forms.join('|')})(?!\\p{L})`, 'iu');
const WORDS: Record<number, RegExp> = {
  1: word('(?<!the )one', 'single', 'бір', 'один', 'одн(?:ого|ой|а|у)'),
  2: word('two', 'both', 'екі(?:сі)?', 'дв(?:а|ух|е|умя)'),
  3: word('three', 'thirds?', 'үш(?:тен)?', 'тр(?:и|ёх|ех|етей)'),
  4: word('four', 'төрт', 'чет(?:ыре|ырёх|ырех)'),
  5: word('five', 'бес', 'пят(?:и|ь)'),
  7: word('seven', 'жеті', 'сем(?:и|ь)'),
  10: word('ten', 'он', 'десят(?:и|ь)'),
};

/** Digits in a title that are values, not references to a place or a year. */
function numbersInTitle(t: string): number[] {
  const refs = /(App\.|cl\.|pt\.|прил\.|приложени[еяюи]|п\.|пп\.|ч\.|Annex|parameter|параметр\p{L}*|row|строк\p{L}*)\s*\d+(?:\/\d+)*|\d+(?:\/\d+)*\s*-?\s*(қосымша|тармақ|параметр|жол|санат|т\.|б\.)|(категори[яи]|Category|category)\s*\d|\d-санат/giu;
  return [...t.replace(/\{\w+\}/g, ' ').replace(refs, ' ').matchAll(/\d+(?:[.,]\d+)?/g)].map((m) => Number(m[0].replace(',', '.'))).filter((n) => !(n >= 2018 && n <= 2100));
}

/**
 * The title literals of a rule file: `title: { kk: '…', ru: '…', en: '…' }` or `title: t('…', '…', '…')`; `all`
 * counts every `title:`. A rules.json (rules stated as data, src/acts/rule-table.ts) gives each row's title
 * and the provision key the row names.
 */
function titlesOf(file: string): { titles: Array<{ line: number; text: string; provision: string | undefined }>; all: number } {
  const src = readFileSync(file, 'utf8');
  if (file.endsWith('.json')) {
    const rows = JSON.parse(src) as Array<{ title?: { kk: string; ru: string; en: string }; provision?: string; name: string }>;
    const titles = rows.flatMap((r) => (r.title ? [{ line: src.slice(0, src.indexOf(`"name": "${r.name}"`)).split('\n').length, text: [r.title.kk, r.title.ru, r.title.en].join(' | '), provision: r.provision }] : []));
    return { titles, all: [...src.matchAll(/"title":/g)].length };
  }
  const str = `(?:'(?:[^'\\\\]|\\\\.)*'|"(?:[^"\\\\]|\\\\.)*"|\`(?:[^\`\\\\]|\\\\.)*\`)`;
  const obj = `\\{\\s*kk:\\s*(${str}),\\s*ru:\\s*(${str}),\\s*en:\\s*(${str}),?\\s*\\}`;
  const call = `t\\(\\s*(${str}),\\s*(${str}),\\s*(${str}),?\\s*\\)`;
  const re = new RegExp(`title:\\s*(?:${obj}|${call})`, 'g');
  const titles = [...src.matchAll(re)].map((m) => {
    // the provision of the rule spec the title is in: the last `provision: <params>.<key>` since the spec's `id:`
    const spec = src.slice(src.lastIndexOf('id: `', m.index), m.index);
    const provision = [...spec.matchAll(/provision: params\.(\w+)/g)].pop()?.[1];
    return { line: src.slice(0, m.index).split('\n').length, text: m.slice(1).filter(Boolean).join(' | '), provision };
  });
  return { titles, all: [...src.matchAll(/\btitle:/g)].length };
}

/** A rule file's code without comments, strings and the arguments of text formatting. */
const bareCode = (src: string): string =>
  code(src)
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '""')
    .replace(/precision:\s*\d+/g, '')
    .replace(/\.(slice|padStart|substring)\([^)]*\)/g, '');

/** Number literals in a rule file's code that are numbers of the pack's params (0 and 1 left out). */
const numbersInCode = (src: string, values: ReadonlySet<number>): number[] =>
  [...bareCode(src).matchAll(/(?<![\w.$])\d+(?:\.\d+)?(?![\w])/g)].map((m) => Number(m[0])).filter((n) => n > 1 && values.has(n));

/**
 * Calendar days written in a rule file's code (comments left out, strings kept: a day is written as text):
 * «-02-01» in `${year}-02-01`, a whole date «2025-07-01». A day of the year an act fixes («1 ақпанына дейін»)
 * is a value of its params (a date limit), read through `dateLimit`, not written again.
 */
const daysInCode = (src: string): string[] => [...code(src).matchAll(/(?<![\w.])(?:\d{4})?-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)/g)].map((m) => m[0]);

/**
 * A provision's clause or words passed on piecemeal in a rule's code (`clause: v.clause`, `quote: P.x.quote`,
 * `note: v.note`) instead of the provision itself (`provision: v`), which gives the rule all three.
 */
const spreadsInCode = (src: string): string[] => [...code(src).matchAll(/\b(clause|quote|note):\s*[\w.]+\.\1\b(?!\s*[.([?])/g)].map((m) => m[0]);

/**
 * A value passed again beside its provision: `count: params.x.value` (or `min: params.x.value.min`) in a
 * spec that says `provision: params.x`. A rule kind takes such a field from the provision's value
 * (src/rules/base.ts `fromProvision`, `boundsOf`), so a spec gives it only where it differs. A value
 * derived from the provision (`params.x.value.slice(1, 2)`) is not a restatement.
 */
function valuesBesideProvision(src: string): string[] {
  const text = code(src);
  const found = new Set<string>();
  for (const call of text.matchAll(/\(\{/g)) {
    let depth = 0;
    let end = call.index + 1;
    for (; end < text.length; end++) {
      if (text[end] === '{') depth++;
      else if (text[end] === '}' && --depth === 0) break;
    }
    const spec = text.slice(call.index + 1, end + 1);
    for (const p of spec.matchAll(/\bprovision:\s*([\w.]+?)(?![\w.])/g)) {
      const name = p[1]!.replace(/\./g, '\\.');
      for (const m of spec.matchAll(new RegExp(`\\b\\w+:\\s*(?:\\[\\.\\.\\.)?${name}\\.value(?:\\.\\w+)?(?=\\s*[,}\\]])`, 'g'))) found.add(m[0]);
    }
  }
  return [...found];
}

describe('no rule spec passes its provision\'s value again beside it', () => {
  for (const f of filesUnder('src/acts').filter((x) => x.endsWith('.ts')))
    it(f, () => expect(valuesBesideProvision(readFileSync(f, 'utf8'))).toEqual([]));
});

/** The code files whose rules a pack runs (rules.ts, and the family's or the order's shared rule files). */
const CODE_FILES = (pack: Pack): string[] => [
  join('src/acts', pack.id, 'rules.ts'),
  ...(pack.id === 'mic-2018' || pack.id === 'almaty-maslikhat-2018' ? ['src/acts/b-corps-2018/procedure.ts', 'src/acts/b-corps-2018/family.ts'] : []),
  ...(pack.id.startsWith('asa-') ? ['src/acts/asa-order-13/rules.ts'] : []),
];

const RULE_FILES = (pack: Pack): string[] => {
  const own = [join('src/acts', pack.id, 'rules.ts'), ...(existsSync(join('src/acts', pack.id, 'rules.json')) ? [join('src/acts', pack.id, 'rules.json')] : [])];
  return pack.id === 'mic-2018' || pack.id === 'almaty-maslikhat-2018' ? [...own, 'src/acts/b-corps-2018/procedure.ts'] : own;
};

/** The places outside the data where a pack's params quotes stand. */
function restatedQuotes(pack: Pack, files: ReadonlyArray<{ f: string; text: string }>): string[] {
  const found: string[] = [];
  for (const [k, q] of quotesOf(pack)) {
    const fq = fold(q);
    if (fq.length < 25) continue;
    for (const { f, text } of files) if (!isData(f) && text.includes(fq)) found.push(`${k}: ${f}`);
  }
  return found;
}

describe('a quote of a pack\'s params stands only in the packs\' data', () => {
  for (const pack of PACKS) it(pack.id, () => expect(restatedQuotes(pack, SRC)).toEqual([]));
});

/**
 * Part of a params quote written again: a string literal of code outside the data (30 characters or more, Kazakh
 * words in it) that stands inside a quote of some pack's params — the draft checker's model quoted three such
 * fragments (cl. 17 pt. 1, cl. 17 pt. 4, cl. 24) beside the pack's places for the same clauses.
 */
function restatedWords(files: ReadonlyArray<{ f: string; src: string }>): string[] {
  const quotes = PACKS.flatMap((p) => quotesOf(p).map(([k, q]) => [`${p.id}.${k}`, fold(q)] as const));
  const found = new Set<string>();
  for (const { f, src } of files) {
    if (isData(f)) continue;
    for (const m of code(src).matchAll(/'((?:[^'\\\n]|\\.){30,})'|"((?:[^"\\\n]|\\.){30,})"|`((?:[^`\\$]|\\.){30,})`/g)) {
      const lit = fold((m[1] ?? m[2] ?? m[3])!);
      if (!/\p{Script=Cyrillic}{4}/u.test(lit)) continue;
      const hit = quotes.find(([, q]) => q.includes(lit));
      if (hit) found.add(`${f}: ${hit[0]}`);
    }
  }
  return [...found];
}

/**
 * Words of the act that code outside the data holds for another reason than to state a provision, each with why.
 * A case here must still be found (the list cannot outlive what it excuses).
 */
const NOT_RESTATEMENTS: Record<string, string> = {
  // the family's servant field is captioned in the act's words (a schema title, as forms.ts captions are)
  'src/acts/b-corps-2018/family.ts: mic-2018.kpiSheetApproverFirstHead': 'a form field caption',
  // a table of legal references names the Agency, whose name the amending decision's quote contains
  'src/draft/data/legal-references.ts: kyzylorda-maslikhat-2018.amendedB3': 'an authority\'s name',
  // the report's glossary is keyed by the act's enum words (result phrases, absence kinds, competency rows) to
  // give their ru/en glosses (and the evaluator bases of App. 1–2); the glosses belong with the packs' word lists
  // (a gap reported in issue 12's audit)
  'src/report/enum-gloss.ts: asa-b-model.bands': 'glossary keys',
  'src/report/enum-gloss.ts: mic-2018.meets': 'glossary keys',
  'src/report/enum-gloss.ts: mic-2018.absenceKinds': 'glossary keys',
  'src/report/enum-gloss.ts: mic-2018.publicServiceRows': 'glossary keys',
  'src/report/enum-gloss.ts: asa-b-model.evaluatorHelpAbove': 'glossary keys',
};

describe('no code outside the data writes part of a params quote again', () => {
  const found = restatedWords(SRC_RAW);
  it('the words found are only the excused ones', () => expect(found.filter((x) => !(x in NOT_RESTATEMENTS))).toEqual([]));
  it('every excuse is still needed', () => expect(Object.keys(NOT_RESTATEMENTS).filter((x) => !found.includes(x))).toEqual([]));
});

describe('no rule\'s code writes a number of its pack\'s params', () => {
  for (const pack of PACKS)
    it(pack.id, () => {
      const values = numbersOf(pack);
      expect(CODE_FILES(pack).flatMap((f) => numbersInCode(readFileSync(f, 'utf8'), values).map((n) => `${f}: ${n}`))).toEqual([]);
    });
});

describe('no rule\'s code writes a day of the year', () => {
  for (const pack of PACKS)
    it(pack.id, () => {
      expect(CODE_FILES(pack).flatMap((f) => daysInCode(readFileSync(f, 'utf8')).map((d) => `${f}: ${d}`))).toEqual([]);
    });
});

describe('no rule\'s code passes a provision\'s clause, words or note apart from the provision', () => {
  for (const pack of PACKS)
    it(pack.id, () => {
      expect(CODE_FILES(pack).flatMap((f) => spreadsInCode(readFileSync(f, 'utf8')).map((d) => `${f}: ${d}`))).toEqual([]);
    });
});

/**
 * A count in words in a title («four parameters», «үш сұрағының», «трёх вопросов»): the count a catalogue or a
 * provision gives, written again. A title names it as `{count}` (a list's length, src/acts/rule-table.ts) or
 * `{value}`, or not at all. Two to nine; «он» is also a Russian pronoun, «both» names two people, not a count.
 */
const COUNT_WORDS = word(
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
  'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз',
  'дв(?:а|ух|ум|умя|е)', 'тр(?:и|ёх|ех|ём|ем|емя)', 'чет(?:ыре|ырёх|ырех|ырём|ырем|ырьмя)', 'пят(?:ь|и|ью)', 'шест(?:ь|и|ью)', 'сем(?:ь|и|ью)', 'вос(?:емь|ьми)', 'девят(?:ь|и|ью)',
);

describe('no rule title writes a count in words', () => {
  for (const pack of PACKS)
    it(pack.id, () => {
      // the titles as written (`{count}` and `{value}` unfilled), in the pack's rule files
      const found = RULE_FILES(pack).flatMap((f) => titlesOf(f).titles.filter((x) => COUNT_WORDS.test(x.text)).map((x) => `${f}:${x.line} «${x.text.slice(0, 90)}»`));
      expect(found).toEqual([]);
    });
});

describe('no rule title restates a number of its pack\'s params', () => {
  for (const pack of PACKS)
    it(pack.id, () => {
      const values = numbersOf(pack);
      const found: string[] = [];
      for (const f of RULE_FILES(pack)) {
        const { titles, all } = titlesOf(f);
        expect(titles.length, `${f}: every title is read`).toBe(all);
        for (const { line, text, provision } of titles) {
          for (const n of numbersInTitle(text)) if (values.has(n)) found.push(`${f}:${line} ${n} in «${text.slice(0, 90)}»`);
          const own = provision ? numbersOf({ params: { x: (pack.params as Record<string, Provision<unknown> | Place>)[provision]! } } as unknown as Pack) : new Set<number>();
          for (const [n, re] of Object.entries(WORDS)) if (own.has(Number(n)) && re.test(text)) found.push(`${f}:${line} «${n}» as a word in «${text.slice(0, 90)}»`);
        }
      }
      expect(found).toEqual([]);
    });
});

describe('the scan can fail', () => {
  it('finds a quote restated in a rule file or an engine, not in a comment or the data', () => {
    const pack = PACKS.find((p) => p.id === 'mic-2018')!;
    const q = pack.params['kpiCount']!.quote.length >= 25 ? pack.params['kpiCount']!.quote : pack.params['appealWorkingDays']!.quote;
    const planted = (f: string, src: string) => ({ f, text: fold(code(src)) });
    expect(
      restatedQuotes(pack, [
        planted('src/acts/b-corps-2018/procedure.ts', `deadlineRule({ clause: 'cl. 43', quote: '${q}' })`),
        planted('src/check/run.ts', `const x = "${q}";`),
        planted('src/rules/deadline.ts', `/** e.g. «${q}» */ const y = 1;`),
        // the data file holds it; the code that reads the data does not restate it
        planted('src/acts/mic-2018/params.json', `{ "appealWorkingDays": { "value": 10, "clause": "cl. 43", "quote": "${q}" } }`),
        planted('src/acts/mic-2018/params.ts', `p(10, 'cl. 43', '${q}')`),
      ]).map((x) => x.split(': ')[1]),
    ).toEqual(['src/acts/b-corps-2018/procedure.ts', 'src/check/run.ts', 'src/acts/mic-2018/params.ts']);
  });
  it('reads the titles of a rules.json with the provision each row names', () => {
    const { titles, all } = titlesOf('src/acts/asa-b-model/rules.json');
    expect(titles.length).toBe(all);
    const t = titles.find((x) => x.text.includes('{value} жұмыс күні ішінде ақпараттық жүйеге'))!;
    expect(t.provision).toBe('protocolPostDays');
    expect(numbersInTitle(t.text.replace('{value}', '3'))).toEqual([3]);
  });
  it('finds a number of the params written in a rule\'s code, not in a comment, a string or a formatting argument', () => {
    const values = numbersOf(PACKS.find((p) => p.id === 'sjc-apparatus')!);
    expect(values.has(3)).toBe(true);
    expect(numbersInCode("countEachRule({ pattern: '/a/3', exactly: 3 }); // 3 questions", values)).toEqual([3]);
    expect(numbersInCode("countRule({ exactly: 1, min: 0, precision: 2, at: p.slice(0, 10).padStart(5, '0') }); /* 5 */ const s = '10 days';", values)).toEqual([]);
  });
  it('finds a quote restated with other quotation marks, dashes or line breaks, or escaped in a string', () => {
    const pack = PACKS.find((p) => p.id === 'asa-a-corps')!;
    const q = pack.params['category1Agreement']!.quote;
    expect(q).toContain('"А"');
    const retyped = q.replace(/"А"/g, '«А»').replace(/ – /g, ' — ').replace('осы Әдістемеге', 'осы\n   Әдістемеге');
    const planted = (f: string, src: string) => ({ f, text: fold(code(src)) });
    expect(restatedQuotes(pack, [planted('src/acts/asa-a-corps/rules.ts', `const q = '${retyped}';`)])).toEqual(['category1Agreement: src/acts/asa-a-corps/rules.ts']);
    expect(restatedQuotes(pack, [planted('src/rules/deadline.ts', `const q = "${q.replace(/"/g, '\\"')}";`)])).toEqual(['category1Agreement: src/rules/deadline.ts']);
  });
  it('finds part of a params quote written again in a string, not a short or Latin one', () => {
    const q = PACKS.find((p) => p.id === 'asa-b-model')!.params['feedbackMeeting']!.quote;
    const part = q.slice(q.indexOf('бағалаушы'), q.indexOf('кері'));
    expect(part.length).toBeGreaterThan(30);
    expect(restatedWords([{ f: 'src/draft/model/x.ts', src: `const p = { clause: 'cl. 24', wording: '${part}' };` }])).toEqual(['src/draft/model/x.ts: asa-b-model.feedbackMeeting']);
    expect(restatedWords([{ f: 'src/draft/model/x.ts', src: `const p = { wording: 'кездесу өткізеді', en: 'the evaluator meets the servant and gives feedback' }; // '${part}'` }])).toEqual([]);
    expect(restatedWords([{ f: 'src/acts/asa-b-model/params.json', src: `'${part}'` }])).toEqual([]);
  });
  it('finds a provision passed on piecemeal, not one passed whole', () => {
    expect(spreadsInCode('dateLimitRule({ id, clause: v.clause, quote: v.quote, note: P.kpiCount.note, at })')).toEqual(['clause: v.clause', 'quote: v.quote', 'note: P.kpiCount.note']);
    expect(spreadsInCode("dateLimitRule({ id, provision: v, clause: 'cl. 5', note: null }) // clause: v.clause")).toEqual([]);
    // a place computed from the provision's (App. 1 → App. 2) is not a copy
    expect(spreadsInCode("({ ...pr, clause: pr.clause.replace(/^App\\. \\d+/, 'App. 2') })")).toEqual([]);
  });
  it('finds a provision\'s value passed again beside it, not a value derived from it or another provision\'s', () => {
    expect(valuesBesideProvision("deadlineRule({ id, provision: params.planDays, from, count: params.planDays.value, unit: 'working-days' })")).toEqual(['count: params.planDays.value']);
    expect(valuesBesideProvision('countEachRule({ id, provision: params.respondents, min: params.respondents.value.min,\n max: params.respondents.value.max })')).toEqual(['min: params.respondents.value.min', 'max: params.respondents.value.max']);
    expect(valuesBesideProvision('gradeByCountRule({ provision: params.kpiGrades, grading: { bands: [...params.kpiGrades.value] } })')).toEqual(['bands: [...params.kpiGrades.value']);
    expect(valuesBesideProvision('sessionCorrectionRule({ provision: params.decisions, revise: params.decisions.value.slice(1, 2) })')).toEqual([]);
    expect(valuesBesideProvision('gradeByCountRule({ provision: params.kpiGrades, applies: countIs(p, params.kpiCount.value) })')).toEqual([]);
    expect(valuesBesideProvision('deadlineRule({ provision: params.planDays }); countRule({ exactly: params.planDays.value })')).toEqual([]);
  });
  it('finds a day of the year written in a rule\'s code, as a template or a whole date, not in a comment', () => {
    expect(daysInCode("const a = (ctx) => x < `${year(ctx)}-02-01`; const b = d >= '2025-07-01';")).toEqual(['-02-01', '2025-07-01']);
    expect(daysInCode('/** before 1 February (`${y}-02-01`) */ const c = dateLimit(p.value, period); // -07-01')).toEqual([]);
    expect(daysInCode("const n = a - 10 - 20; const s = x.slice(0, 10);")).toEqual([]);
  });
  it('finds a count in words in a title, in any of the three languages, not «он» (he) nor «both»', () => {
    expect(['Ranking on the four parameters of App. 4', 'Әр құзыреттің үш сұрағының әрқайсысына', 'по каждому из трёх вопросов', 'по четырём параметрам'].filter((x) => COUNT_WORDS.test(x))).toHaveLength(4);
    expect(['Если руководитель — первый руководитель, план утверждает он', 'Both the authorized person and the servant sign', 'Category 1: the {count} mandatory KPIs', 'бесінші параметр'].filter((x) => COUNT_WORDS.test(x))).toEqual([]);
  });
  it('finds a number in a title, as digits or as a word, and passes over references', () => {
    expect(numbersInTitle('Evaluation within 5 working days (App. 4, cl. 17 pt. 3, 5-қосымша, 7-т. 3-б., 2025, {0}/{1})')).toEqual([5]);
    expect(WORDS[7]!.test('notified seven days before')).toBe(true);
    expect(WORDS[1]!.test('бірінші басшы')).toBe(false);
    expect(WORDS[7]!.test('Әңгімелесу туралы жеті күн бұрын')).toBe(true);
    expect(WORDS[2]!.test('на заседании не менее двух третей')).toBe(true);
    expect(WORDS[1]!.test('the one cl. 17 assigns')).toBe(false);
  });
});
