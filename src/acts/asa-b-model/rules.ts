/**
 * The machine-checkable provisions of Annex 2 (act-002 notes §5.2, B-01…B-28), each built from a
 * shared rule kind with the parameters of params.ts. What cannot be checked from a package is in
 * unchecked.ts with the reason.
 */
import type { Provision } from '../pack.js';
import type { Rule } from '../../rules/rule.js';
import { placeOf } from '../../law/provision.js';
import { capByFactRule } from '../../rules/cap-by-fact.js';
import { combineRules } from '../../rules/combine.js';
import { assignedFormRequiredRule, evaluatorAssignmentRule, formAssignmentRule, type AssignmentCase } from '../../rules/form-assignment.js';
import { holdsAny } from '../../rules/form-missing.js';
import { dismissed, eligible as eligibleIn, inPostRules } from '../asa-order-13/rules.js';
import { LIGHT_SANCTIONS, MANAGERIAL_PARAMETERS, NON_MANAGERIAL_PARAMETERS, OTHER_SANCTIONS, PT1_ALWAYS, PT1_IF_HEAD, SANCTION_PARAMETER, SESSION_KINDS } from './catalogue.js';
import { FORM_KEYS } from './forms.js';
import appendices from './appendices.json' with { type: 'json' };
import { params } from './params.js';
import NOTES from './notes.json' with { type: 'json' };
import ROWS from './rules.json' with { type: 'json' };
import { tableRules, type RuleRow } from '../rule-table.js';

const ID = 'asa-b-model';
const SHEETS = FORM_KEYS;

/**
 * App. 1 (managerial) and App. 2 (non-managerial) print the same note and the same row 5: params name
 * App. 1's place, and a finding about the other sheet cites the same words in App. 2.
 */
/** A provision printed on both sheets, at its place on sheet k (App. 1 → App. 2 for the non-managerial sheet): the appendix that holds the form. */
const onSheet = <T,>(k: string, pr: Provision<T>): Provision<T> => {
  const no = appendices.find((a) => a.formKey === k)?.no;
  if (no === undefined) throw new Error(`asa-b-model: no appendix holds the form «${k}»`);
  return { ...pr, clause: pr.clause.replace(/^App\. \d+/, `App. ${no}`) };
};

/** One rule over whichever sheet the package holds (a package holds one of the two). */
const overSheets = (make: (key: (typeof SHEETS)[number]) => Rule): Rule => combineRules(SHEETS.map(make));

/** cl. 6: is the servant to be evaluated at all (one month in the post, 15 working days worked)? */
const eligible = eligibleIn(params);
/**
 * cl. 5: the evaluation's date is the date its sheet is signed. A package that holds no sheet is told so by
 * `form-required` (the sheet cl. 17 assigns, with the cl. 5 limit), not a second time by `quarterly-deadline`.
 */
const graded = (ctx: Parameters<typeof eligible>[0]): boolean => eligible(ctx) && holdsAny(ctx, SHEETS);

const DIRECT = { kk: 'тікелей басшы', ru: 'непосредственный руководитель', en: 'direct supervisor' };
const HEAD = { kk: 'құрылымдық бөлімшенің/мемлекеттік органның басшысы', ru: 'руководитель структурного подразделения/госоргана', en: 'head of the structural unit/state body' };


/** cl. 17, in the order its parts apply; a finding cites the part of the case that applied. */
const CASES: AssignmentCase[] = [
  { ...placeOf(params.formByCategoryPt1), categories: PT1_ALWAYS.map((c) => c.code), form: 'managerialSheet', evaluator: '/servant/directSupervisor', evaluatorLabel: DIRECT },
  { ...placeOf(params.formByCategoryPt1), categories: PT1_IF_HEAD.map((c) => c.code), managerial: true, form: 'managerialSheet', evaluator: '/servant/directSupervisor', evaluatorLabel: DIRECT },
  { ...placeOf(params.formByCategoryPt3), categories: PT1_IF_HEAD.map((c) => c.code), managerial: false, form: 'nonManagerialSheet', evaluator: '/servant/directSupervisor', evaluatorLabel: DIRECT },
  { ...placeOf(params.formByCategoryPt2), managerial: true, form: 'managerialSheet', evaluator: '/servant/unitHead', evaluatorLabel: HEAD },
  { ...placeOf(params.formByCategoryPt4), managerial: false, form: 'nonManagerialSheet', evaluator: '/servant/unitHead', evaluatorLabel: HEAD },
];

/** Rules that need code (catalogues, the two sheets); the rest, and the order, are in rules.json. */
const code = {
  'in-post': inPostRules(ID, 'tenure-one-month', params),
  'form-and-evaluator': [
    formAssignmentRule({
      id: `${ID}/form-by-category`,
      provision: params.formByCategoryPt1,
      note: NOTES.formByCategory,
      cases: CASES,
      forms: SHEETS,
      title: { kk: 'Бағалау парағының нысаны лауазым санатына сай', ru: 'Форма оценочного листа соответствует категории', en: 'The sheet (App. 1 or App. 2) is the one cl. 17 assigns' },
    }),
    evaluatorAssignmentRule({
      id: `${ID}/evaluator-by-category`,
      provision: params.formByCategoryPt1,
      note: NOTES.formByCategory,
      cases: CASES,
      forms: SHEETS,
      namePath: '/evaluator/name',
      basisPath: '/evaluator/basis',
      title: { kk: 'Бағалаушы — 17-тармақ атаған адам', ru: 'Оценивает лицо, названное в п. 17', en: 'The evaluator is the person cl. 17 names' },
    }),
    assignedFormRequiredRule({
      id: `${ID}/form-required`,
      provision: params.formByCategoryPt1,
      note: NOTES.formRequired,
      cases: CASES,
      forms: SHEETS,
      due: params.quarterlyLimit.value,
      applies: eligible,
      title: { kk: 'Пакетте 17-тармақ тағайындаған бағалау парағы бар', ru: 'В пакете есть оценочный лист, назначенный п. 17', en: 'The package holds the sheet cl. 17 assigns (App. 1 or App. 2)' },
    }),
  ],
  'sanction-cap':
    overSheets((k) =>
      capByFactRule({
        id: `${ID}/sanction-cap`,
        provision: onSheet(k, params.sanctionCaps),
        items: [`/forms/${k}/grades`],
        keyField: 'parameter',
        key: SANCTION_PARAMETER,
        valueField: 'grade',
        facts: '/servant/disciplinarySanctions',
        kindField: 'kind',
        dateField: 'appliedOn',
        caps: [
          { kinds: LIGHT_SANCTIONS, max: params.sanctionCaps.value.light },
          { kinds: OTHER_SANCTIONS, max: params.sanctionCaps.value.other },
        ],
        title: { kk: 'Тоқсанда жаза қолданылса, 5-параметр бағасы {light} ({other}) баллдан аспайды', ru: 'При взыскании в квартале оценка параметра 5 не выше {light} ({other})', en: 'A sanction in the quarter caps parameter 5 at {light} ({other})' },
      }),
    ),
};

export const rules = (): Rule[] => tableRules(ID, params, ROWS as readonly RuleRow[], {
  applies: { eligible, graded, dismissed },
  lists: { managerial: MANAGERIAL_PARAMETERS, 'non-managerial': NON_MANAGERIAL_PARAMETERS },
  over: { sheets: { keys: SHEETS, place: onSheet } },
  sessionKinds: SESSION_KINDS,
  code,
});
