/**
 * Competency rule kind: a competency sheet checked against the behavioural-indicator catalogue
 * of the servant's position category («Құзыреттердің мінез-құлық индикаторлары», e.g. mic-2018
 * App. 4 with cl. 26–27 and the App. 3 sheet).
 *
 * What it checks, for each row of the sheet:
 * - the servant's (normalised) category has an indicator group in the catalogue (else: a coverage gap);
 * - every indicator named as not observed is one of the group's effective indicators for that competency;
 * - when the act's grading is given: the grade follows the threshold rule (e.g. 3/4): observed =
 *   effective − not observed, «meets» iff observed·den ≥ num·effective; a «does not meet» grade
 *   must name the indicators not observed. Without it (a pack holding the catalogue alone) only
 *   the two checks above run.
 *
 * Where a code sits in several groups (act 003's «*» exceptions), the group whose position
 * annotation the servant's position contains wins, else the group that lists the code as an exception.
 * Generic: the catalogue, the grades and the threshold are the pack's data.
 */
import { categoryCodeOf } from '../law/category-code.js';
import type { Text3 } from '../law/finding.js';
import { baseOf, fill, withTitle, type RuleBase, titleOf, reads, fromProvision, isFraction } from './base.js';
import { memo } from './memo.js';
import type { Report, Rule, RuleContext } from './rule.js';
import { NO_REPORTS } from './no-reports.js';

/** One category code of a group cell, as printed and normalised. */
export interface GroupCode {
  /** Canonical code (see `normaliseCategoryCode`). */
  code: string;
  /** As printed in the act. */
  printed: string;
  /** Position titles the act annotates the code with, e.g. «бөлім басшысы». */
  positions?: readonly string[];
  /** Marked «*»: persons other than those annotated for this code in another group. */
  except?: boolean;
}

export interface IndicatorGroup {
  id: string;
  /** The category cell as printed (one competency's row). */
  printed: string;
  codes: readonly GroupCode[];
}

export interface IndicatorCell {
  effective: readonly string[];
  ineffective: readonly string[];
  note?: Text3;
}

export interface CatalogueCompetency {
  /** Stable key, e.g. `management`. */
  key: string;
  /** Name as printed in the catalogue appendix. */
  name: string;
  /** Name as printed on the sheet (the form's row), if it differs. */
  sheetName: string;
  en: string;
  cells: Readonly<Record<string, IndicatorCell>>;
}

export interface CompetencyCatalogue {
  groups: readonly IndicatorGroup[];
  competencies: readonly CatalogueCompetency[];
}

export interface CompetencySpec extends RuleBase {
  catalogue: CompetencyCatalogue;
  /** JSON Pointer of the sheet's rows. */
  rows: string;
  /** Field names in a row. */
  competencyField: string;
  /** Field listing indicators: those not observed (grading), or the ones the evaluator cites (membership only). */
  notObservedField: string;
  /**
   * The grading of the act, when its text has one (e.g. mic-2018 cl. 27). Without it the rule only
   * checks that the category has indicators and that every listed indicator is the category's
   * (kyzylorda-maslikhat-2018 holds App. 4 alone: its grading clause is not in our text).
   */
  grading?: {
    resultField: string;
    /** Grade values meaning «meets» / «does not meet» (spelling variants of the act included). */
    meets: readonly string[];
    notMeets: readonly string[];
    /** Threshold as a fraction, e.g. [3, 4]: by default the provision's value. */
    threshold?: [number, number];
  };
  /** Which column a listed indicator may come from (default: effective only). */
  accept?: 'effective' | 'effective-or-ineffective';
  /** Where the servant's position title is (to resolve codes listed in several groups). */
  positionPath?: string;
}

/**
 * Comparison key of a text, after the act's own punctuation damage: no spaces (letter-spaced words,
 * wrapping), no brackets or quotation marks (act 003 prints stray «(» inside indicators: «Шешім
 * қабылдауда (қажетті ақпараттарды…»), no trailing punctuation, lower case.
 */
export const textKey = memo((s: string): string =>
  s
    .replace(/\s+/g, '')
    .replace(/[()[\]«»"“”„'‘’]/g, '')
    .replace(/[.;,:*]+$/u, '')
    .toLowerCase());

/** Competency row name key: the sheet prints «*» after names that only some servants are rated on. */
export const nameKey = memo((s: string): string => textKey(s.replace(/\*/g, '')));

export interface GroupChoice {
  group?: IndicatorGroup;
  code: string;
  /** All groups listing the code. */
  candidates: IndicatorGroup[];
  how: 'only' | 'managerial' | 'not-managerial' | 'position' | 'exception' | 'none' | 'ambiguous';
}

/**
 * The indicator group of a category code, per the catalogue. Where the code sits in several groups
 * (act 003: once annotated with a head's post, «бөлім басшысы», once marked «*» for everyone else),
 * the documented fact decides: a managerial post (`servant.managerial: true`) reads the group that
 * annotates the code with a head's post, any other the group that marks it «*». Only when the
 * package does not say whether the post is managerial are the position's words compared with the
 * annotation (else the «*» group).
 */
export function chooseGroup(catalogue: CompetencyCatalogue, rawCode: string, position = '', managerial?: boolean): GroupChoice {
  const code = categoryCodeOf(rawCode);
  const candidates = catalogue.groups.filter((g) => g.codes.some((c) => c.code === code));
  if (candidates.length === 0) return { code, candidates, how: 'none' };
  if (candidates.length === 1) return { code, candidates, group: candidates[0], how: 'only' };
  if (managerial === true) {
    const head = candidates.find((g) => g.codes.some((c) => c.code === code && !c.except && (c.positions ?? []).length > 0));
    if (head) return { code, candidates, group: head, how: 'managerial' };
  } else if (managerial === false) {
    const others = candidates.find((g) => g.codes.some((c) => c.code === code && c.except));
    if (others) return { code, candidates, group: others, how: 'not-managerial' };
  }
  const pos = position.toLowerCase();
  const byPosition = candidates.find((g) =>
    g.codes.some((c) => c.code === code && !c.except && (c.positions ?? []).some((p) => pos.includes(p.toLowerCase()))),
  );
  if (byPosition) return { code, candidates, group: byPosition, how: 'position' };
  const byException = candidates.find((g) => g.codes.some((c) => c.code === code && c.except));
  if (byException) return { code, candidates, group: byException, how: 'exception' };
  return { code, candidates, how: 'ambiguous' };
}

/** How the group was chosen, as said in a finding. */
const HOW: Record<GroupChoice['how'], { howKk: string; howRu: string; howEn: string }> = {
  only: { howKk: '', howRu: '', howEn: '' },
  managerial: { howKk: ', басшы лауазым', howRu: ', руководящая должность', howEn: ', a managerial post' },
  'not-managerial': { howKk: ', басшы емес лауазым', howRu: ', неруководящая должность', howEn: ', a non-managerial post' },
  position: { howKk: ', лауазымы бойынша', howRu: ', по должности', howEn: ', by the position title' },
  exception: { howKk: ', «*» ескертпесі бойынша', howRu: ', по сноске «*»', howEn: ', by the «*» exception' },
  none: { howKk: '', howRu: '', howEn: '' },
  ambiguous: { howKk: '', howRu: '', howEn: '' },
};

const NO_TEXTS: readonly unknown[] = Object.freeze([]);

/** A sheet row's competency as one group reads it. */
interface SheetRow {
  comp: CatalogueCompetency;
  cell: IndicatorCell;
  allowed: ReadonlyMap<string, string>;
  /** A listed text as written → its comparison key when the cell allows it, else null (bounded, per cell). */
  written: Map<string, string | null>;
}

/** The facts of a grade finding (a function, not a closure made for every row). */
const gradeFacts = (competency: string, group: string, category: string, effective: number, notObserved: number, observed: number, num: number, den: number, expected: string | undefined, found: string) => ({
  competency,
  group,
  category,
  effective,
  notObserved,
  observed,
  threshold: `${num}/${den}`,
  expected,
  found,
});

/** Whether `k` is among the first `n` of the list. */
function has(list: readonly string[], n: number, k: string): boolean {
  for (let i = 0; i < n; i++) if (list[i] === k) return true;
  return false;
}

export function competencyRule(given: CompetencySpec): Rule {
  const g = given.grading;
  const spec = g ? { ...given, grading: { ...g, threshold: fromProvision(given, g.threshold, 'grading.threshold', isFraction) } } : { ...given, grading: undefined };
  const byName = new Map<string, CatalogueCompetency>();
  for (const c of spec.catalogue.competencies) {
    byName.set(nameKey(c.sheetName), c);
    byName.set(nameKey(c.name), c);
  }
  const accept = spec.accept ?? 'effective';
  // The texts a row may list, by comparison key, for each cell of the catalogue: made once per cell, not per row.
  const allowedByCell = new Map<IndicatorCell, { allowed: ReadonlyMap<string, string>; written: Map<string, string | null> }>();
  const allowedOf = (cell: IndicatorCell): { allowed: ReadonlyMap<string, string>; written: Map<string, string | null> } => {
    let m = allowedByCell.get(cell);
    if (!m) {
      const effective = new Map(cell.effective.map((t) => [textKey(t), t]));
      const allowed = accept === 'effective' ? effective : new Map([...effective, ...cell.ineffective.map((t) => [textKey(t), t] as const)]);
      allowedByCell.set(cell, (m = { allowed, written: new Map() }));
    }
    return m;
  };
  /** A listed text's key when the row's cell allows it, else null: one lookup per text as written. */
  const allowedKey = (row: SheetRow, t: string): string | null => {
    let k = row.written.get(t);
    if (k === undefined) {
      const key = textKey(t);
      k = row.allowed.has(key) ? key : null;
      if (row.written.size < 10_000) row.written.set(t, k);
    }
    return k;
  };
  // The group a servant's code reads, by code, then position, then post (managerial unknown, yes, no): a
  // folder asks the same few (bounded; the choice is read-only, as the findings that name it copy what
  // they show). Maps of maps, so that no key string is built per package.
  const choices = new Map<string, Map<string, Array<GroupChoice | undefined>>>();
  let choiceCount = 0;
  const choiceOf = (code: string, position: string, managerial: boolean | undefined): GroupChoice => {
    const slot = managerial === undefined ? 0 : managerial ? 1 : 2;
    let byPosition = choices.get(code);
    let three = byPosition?.get(position);
    let c = three?.[slot];
    if (!c) {
      c = chooseGroup(spec.catalogue, code, position, managerial);
      if (choiceCount < 10_000) {
        if (!byPosition) choices.set(code, (byPosition = new Map()));
        if (!three) byPosition.set(position, (three = [undefined, undefined, undefined]));
        three[slot] = c;
        choiceCount++;
      }
    }
    return c;
  };
  // A sheet's row name as written → its competency, the group's cell of it and the texts that cell
  // allows (null: not the catalogue's, or no cell for the group), per group: one lookup per row. Bounded.
  const rowsByGroup = new Map<IndicatorGroup, Map<string, SheetRow | null>>();
  let rowCount = 0;
  const rowOf = (group: IndicatorGroup, name: string): SheetRow | null => {
    let byWritten = rowsByGroup.get(group);
    let row = byWritten?.get(name);
    if (row === undefined) {
      const comp = byName.get(nameKey(name));
      const cell = comp?.cells[group.id];
      row = comp && cell ? { comp, cell, ...allowedOf(cell) } : null;
      if (rowCount < 10_000) {
        if (!byWritten) rowsByGroup.set(group, (byWritten = new Map()));
        byWritten.set(name, row);
        rowCount++;
      }
    }
    return row;
  };
  const matched: string[] = [];
  return {
    ...baseOf(spec),
    reads: reads(spec.rows, `${spec.rows}/*/${spec.competencyField}`, `${spec.rows}/*/${spec.notObservedField}`, spec.grading ? `${spec.rows}/*/${spec.grading.resultField}` : undefined, spec.positionPath),
    check(ctx: RuleContext): Report[] {
      const rows = ctx.get(spec.rows);
      if (!Array.isArray(rows)) return NO_REPORTS;
      const position = spec.positionPath ? String(ctx.get(spec.positionPath) ?? '') : '';
      const managerial = ctx.pkg.servant['managerial'];
      const choice = choiceOf(ctx.pkg.servant.category, position, typeof managerial === 'boolean' ? managerial : undefined);
      if (!choice.group) {
        return [
          {
            path: '/servant/category',
            message: withTitle(
              titleOf(spec),
              fill(
                choice.how === 'ambiguous'
                  ? { kk: '{code} санаты бірнеше топта, лауазымы бойынша топ анықталмады', ru: 'категория {code} в нескольких группах, по должности группа не определена', en: 'category {code} is in several groups and the position does not tell which' }
                  : { kk: '{code} санаты үшін мінез-құлық индикаторлары белгіленбеген', ru: 'для категории {code} индикаторы поведения не установлены', en: 'no behavioural indicators are set for category {code}' },
                { code: choice.code },
              ),
            ),
            facts: { category: choice.code, groups: spec.catalogue.groups.map((g) => g.id), candidates: choice.candidates.map((g) => g.id) },
          },
        ];
      }
      const group = choice.group;
      let out: Report[] | undefined;
      if (choice.candidates.length > 1) {
        // The reader sees which group was read and on what fact (docs/format/<id>.md, «Indicator groups»).
        const at = group.codes.find((c) => c.code === choice.code);
        const why: Record<string, Text3> = {
          managerial: { kk: 'қызметші басшы лауазымда (servant.managerial), ал бұл топ кодты басшының лауазымымен береді', ru: 'должность руководящая (servant.managerial), а эта группа даёт код с должностью руководителя', en: 'the post is managerial (servant.managerial) and this group lists the code with a head\'s post' },
          'not-managerial': { kk: 'қызметші басшы лауазымда емес (servant.managerial), ал бұл топ кодты «*» белгісімен «басқалар» үшін береді', ru: 'должность неруководящая (servant.managerial), а эта группа даёт код со «*» для остальных', en: 'the post is not managerial (servant.managerial) and this group lists the code with «*» for everyone else' },
          position: { kk: 'лауазым атауында топтағы лауазым сөздері бар, «басшы лауазым» (servant.managerial) көрсетілмеген', ru: 'в названии должности есть слова должности группы, «руководящая должность» (servant.managerial) не указано', en: 'the position title contains the group\'s post words (servant.managerial not given)' },
          exception: { kk: '«басшы лауазым» (servant.managerial) көрсетілмеген, лауазым сөздері сәйкес келмейді: «*» тобы', ru: '«руководящая должность» (servant.managerial) не указано, слова должности не совпадают: группа «*»', en: 'servant.managerial not given and the post words do not match: the «*» group' },
        };
        const reason = why[choice.how];
        if (reason)
          (out ??= []).push({
            path: '/servant/category',
            severity: 'info',
            message: withTitle(
              titleOf(spec),
              fill(
                { kk: '{code} коды {groups} топтарында; {group} тобы оқылды: {whyKk}', ru: 'код {code} есть в группах {groups}; прочитана группа {group}: {whyRu}', en: 'code {code} is in groups {groups}; {group} is read: {whyEn}' },
                { code: choice.code, groups: choice.candidates.map((g) => g.id).join(', '), group: group.id, whyKk: reason.kk, whyRu: reason.ru, whyEn: reason.en },
              ),
            ),
            facts: { category: choice.code, candidates: choice.candidates.map((g) => g.id), group: group.id, chosenBy: choice.how, managerial: typeof managerial === 'boolean' ? managerial : null, positions: at?.positions ?? [] },
          });
      }
      for (let i = 0; i < rows.length; i++) {
        const row: unknown = rows[i];
        if (!row || typeof row !== 'object') continue;
        const r = row as Record<string, unknown>;
        const name = r[spec.competencyField];
        const sheetRow = typeof name === 'string' ? rowOf(group, name) : null;
        if (!sheetRow) continue; // the sheet's schema fixes the names; an unknown one is a schema error
        const { comp, cell } = sheetRow;
        const listedRaw = r[spec.notObservedField];
        // The distinct indicators listed that are the cell's: `matched[0 … notObserved − 1]`, the rule's own
        // scratch list (a row lists a few; a Set per row was made for every package).
        let notObserved = 0;
        // `j` counts the listed texts (strings) only, as the pointer to the j-th of them is built
        let j = -1;
        const listed: readonly unknown[] = Array.isArray(listedRaw) ? listedRaw : NO_TEXTS;
        for (let li = 0; li < listed.length; li++) {
          const t = listed[li];
          if (typeof t !== 'string') continue;
          j++;
          const k = allowedKey(sheetRow, t);
          if (k !== null) {
            if (!has(matched, notObserved, k)) matched[notObserved++] = k;
            continue;
          }
          (out ??= []).push({
            path: `${spec.rows}/${i}/${spec.notObservedField}/${j}`,
            message: withTitle(
              titleOf(spec),
              fill(
                { kk: '«{text}» — {code} санаты ({group} тобы{howKk}) үшін «{comp}» құзыретінің индикаторы емес', ru: '«{text}» — не индикатор компетенции «{comp}» для категории {code} (группа {group}{howRu})', en: '«{text}» is not an indicator of «{comp}» for category {code} (group {group}{howEn})' },
                { text: t, comp: comp.name, group: group.id, code: choice.code, howKk: HOW[choice.how].howKk, howRu: HOW[choice.how].howRu, howEn: HOW[choice.how].howEn },
              ),
            ),
            facts: { indicator: t, competency: comp.name, group: group.id, groupChosenBy: choice.how, category: choice.code, expectedOneOf: accept === 'effective' ? cell.effective : [...cell.effective, ...cell.ineffective] },
          });
        }
        const g = spec.grading;
        if (!g) continue;
        const num = g.threshold[0];
        const den = g.threshold[1];
        const result = r[g.resultField];
        const n = cell.effective.length;
        const observed = n - notObserved;
        const meets = observed * den >= num * n;
        const expected = meets ? g.meets[0] : g.notMeets[0];
        if (typeof result !== 'string') continue;
        if (g.notMeets.includes(result) && notObserved === 0) {
          (out ??= []).push({
            path: `${spec.rows}/${i}`,
            message: withTitle(titleOf(spec), fill({ kk: '«{comp}»: «{found}» бағасы қойылған, бірақ байқалмаған индикаторлар аталмаған', ru: '«{comp}»: оценка «{found}», но не названы ненаблюдавшиеся индикаторы', en: '«{comp}»: graded «{found}» but no indicator is named as not observed' }, { comp: comp.name, found: result })),
            facts: gradeFacts(comp.name, group.id, choice.code, n, notObserved, observed, num, den, expected, result),
          });
        } else if ((g.meets.includes(result) || g.notMeets.includes(result)) && g.meets.includes(result) !== meets) {
          (out ??= []).push({
            path: `${spec.rows}/${i}/${g.resultField}`,
            message: withTitle(
              titleOf(spec),
              fill(
                { kk: '«{comp}»: {n} индикатордың {observed} байқалған ({th} шегі), баға «{expected}» болуы тиіс, қойылғаны «{found}»', ru: '«{comp}»: наблюдалось {observed} из {n} индикаторов (порог {th}), оценка должна быть «{expected}», поставлена «{found}»', en: '«{comp}»: {observed} of {n} indicators observed (threshold {th}), so «{expected}», found «{found}»' },
                { comp: comp.name, n, observed, th: `${num}/${den}`, expected: expected ?? '', found: result },
              ),
            ),
            facts: gradeFacts(comp.name, group.id, choice.code, n, notObserved, observed, num, den, expected, result),
          });
        }
      }
      return out ?? NO_REPORTS;
    },
  };
}
