/**
 * The procedure shared by the 2018 corps "B" methodologies written on the Model methodology
 * (Agency Order No. 13 of 16.01.2018): mic-2018 (act 000) and almaty-maslikhat-2018 (act 001)
 * number the same 44 clauses alike. One entry per machine-checkable provision (reading notes:
 * M000-xx of act-000-003.md §I.4, 001-Vxx of act-001-004.md §A.4), built from the shared rule
 * kinds. Each pack gives its own params (values and places, with the verbatim words of its own act),
 * so a finding always cites the act that governs the package.
 */
import type { Rule, RuleContext } from '../../rules/rule.js';
import type { Place, Provision } from '../pack.js';
import { tenureRule, probationRule, absenceRule } from '../../rules/exclusion.js';
import { deadlineRule } from '../../rules/deadline.js';
import { countRule } from '../../rules/count.js';
import { gradeByCountRule, type CountBand } from '../../rules/grade-by-count.js';
import { sessionSizeRule, quorumRule, openVoteRule, majorityRule, secretaryNoVoteRule } from '../../rules/commission.js';
import { requiredRule, sameValueRule, signatoriesRule } from '../../rules/presence.js';
import { competencyRule, type CompetencyCatalogue } from '../../rules/competency.js';
import { rowSetRule } from '../../rules/row-set.js';
import { sessionCorrectionRule } from '../../rules/session-correction.js';
import { secretaryHrRule } from '../../rules/secretary-hr.js';
import { listedRule } from '../../rules/listed.js';

/** The values every pack of the family states, each with its clause and quote. */
export type ProcedureValues = {
  minTenureMonths: Provision<number>;
  returnWorkingDays: Provision<number>;
  absenceKinds: Provision<readonly string[]>;
  commissionMin: Provision<number>;
  planWorkingDays: Provision<number>;
  planResubmitWorkingDays: Provision<number>;
  sheetResubmitWorkingDays: Provision<number>;
  kpiCount: Provision<number>;
  kpiGrades: Provision<readonly CountBand[]>;
  achieved: Provision<readonly string[]>;
  kpiSubmitWorkingDays: Provision<number>;
  competencySubmitWorkingDays: Provision<number>;
  competencyThreshold: Provision<[number, number]>;
  meets: Provision<readonly string[]>;
  notMeets: Provision<readonly string[]>;
  competencyRows: Provision<readonly string[]>;
  publicServiceRows: Provision<readonly string[]>;
  noticeWorkingDays: Provision<number>;
  quorum: Provision<[number, number]>;
  decisions: Provision<readonly string[]>;
  familiariseWorkingDays: Provision<number>;
  refusalSignatories: Provision<{ hr: number; others: number }>;
  appealWorkingDays: Provision<number>;
};

/** The rules that read no value rest on a place of the act (clause and words), named like the rule (`planApproved` → `plan-approved`). */
export const PLACE_KEYS = [
  'probation', 'planForm', 'planApproved', 'planApprover', 'planApproverFirstHead',
  'kpiSheetForm', 'kpiSheetSigner', 'kpiSheetYear', 'kpiSheetApproved', 'kpiSheetApprover',
  'kpiSheetApproverFirstHead', 'competencySheetForm', 'competencySheetSigner', 'openVote', 'majority',
  'secretaryNoVote', 'secretaryHr', 'protocolForm', 'correctionColumn', 'protocolApproved',
  'refusalAct', 'intranet', 'planSignatures', 'protocolSignatures', 'protocolChairSigned', 'protocolRow',
] as const;
export type PlaceKey = (typeof PLACE_KEYS)[number];

/** A pack's params: the values, and the places its act has (a rule whose place the act lacks, e.g. a missing form's, is left out). */
export type ProcedureParams = ProcedureValues & Partial<Record<PlaceKey, Place>>;

export interface ProcedureSpec {
  id: string;
  params: ProcedureParams;
  catalogue: CompetencyCatalogue;
}

const at = [{ session: 'date' as const }];
const firstHead = (ctx: RuleContext) => ctx.pkg.servant['supervisorIsFirstHead'] === true;
const notFirstHead = (ctx: RuleContext) => !firstHead(ctx);
const countIs = (path: string, n: number) => (ctx: RuleContext) => {
  const v = ctx.get(path);
  return Array.isArray(v) && v.length === n;
};

export function procedureRules({ id, params, catalogue }: ProcedureSpec): Rule[] {
  // A rule resting on a place the pack's act does not have (almaty: App. 5's signature blocks) is not built.
  const withPlace = (k: PlaceKey, make: (provision: Place) => Rule): Rule[] => {
    const place = params[k];
    return place ? [make(place)] : [];
  };
  const rules: Rule[] = [
    // M000-01
    tenureRule({
      id: `${id}/tenure`, provision: params.minTenureMonths,
      at,
      title: { kk: 'Лауазымда {value} айдан кем болған қызметші бағаланбайды', ru: 'Служащий менее {value} мес. в должности не оценивается', en: 'A servant less than {value} month(s) in the position is not evaluated' },
    }),
    // M000-02
    ...withPlace('probation', (provision) =>
      probationRule({
        id: `${id}/probation`, provision, at,
        title: { kk: 'Сынақ мерзімінде бағалау өткізілмейді', ru: 'В период испытательного срока оценка не проводится', en: 'No evaluation during probation' },
      }),
    ),
    // M000-03 (evaluated during the absence)
    absenceRule({
      id: `${id}/absence`, provision: params.absenceKinds, at,
      title: { kk: 'Демалыстағы, іссапардағы т.б. қызметші жұмысқа оралғаннан кейін бағаланады', ru: 'Отсутствующий служащий оценивается после выхода на работу', en: 'An absent servant is evaluated after returning to work' },
    }),
    // M000-03 (more than 5 working days after returning)
    deadlineRule({
      id: `${id}/evaluation-after-return`, provision: params.returnWorkingDays,
      from: { event: 'returned-to-work' }, to: { session: 'date' }, unit: 'working-days',
      title: { kk: 'Жұмысқа қайта кіріскеннен кейін {value} жұмыс күні ішінде бағалау', ru: 'Оценка в течение {value} рабочих дней после выхода на работу', en: 'Evaluation within {value} working day(s) of returning to work' },
    }),
    // M000-04
    sessionSizeRule({
      id: `${id}/commission-size`, provision: params.commissionMin,
      title: { kk: 'Комиссия мүшелерінің саны {value} адамнан кем болмауы тиіс', ru: 'Членов комиссии не менее {value}', en: 'The commission has at least {value} member(s)' },
    }),
    // M000-05
    deadlineRule({
      id: `${id}/plan-deadline`, provision: params.planWorkingDays,
      from: { field: '/period/from' }, to: { field: '/forms/workPlan/supervisorSignature/date' }, unit: 'working-days',
      title: { kk: 'НМИ бағалау кезеңі басталғаннан кейін {value} жұмыс күні ішінде жеке жұмыс жоспарында анықталады', ru: 'ЦИ определяются в индивидуальном плане в течение {value} рабочих дней с начала периода', en: 'KPIs are set in the work plan within {value} working day(s) of the period start' },
    }),
    // M000-06
    ...withPlace('planForm', (provision) =>
      requiredRule({
        id: `${id}/plan-form`, provision,
        when: { session: true }, require: { field: '/forms/workPlan' }, path: '/forms',
        title: { kk: 'Жеке жұмыс жоспары 1-қосымшадағы нысанда жасалады', ru: 'Индивидуальный план составляется по форме прил. 1', en: 'The work plan is drawn up on the App. 1 form' },
      }),
    ),
    // M000-07
    ...withPlace('planApproved', (provision) =>
      requiredRule({
        id: `${id}/plan-approved`, provision,
        when: { field: '/forms/workPlan' }, require: { field: '/forms/workPlan/approvedBy/date' }, path: '/forms/workPlan/approvedBy',
        title: { kk: 'Жеке жұмыс жоспары бекітілген (күні көрсетілген)', ru: 'Индивидуальный план утверждён (с датой)', en: 'The work plan is approved (dated)' },
      }),
    ),
    ...withPlace('planApprover', (provision) =>
      sameValueRule({
        id: `${id}/plan-approver`, provision, applies: notFirstHead,
        path: '/forms/workPlan/approvedBy/name', equals: '/servant/superiorManager',
        title: { kk: 'Жеке жұмыс жоспарын жоғары тұрған басшы бекітеді', ru: 'Индивидуальный план утверждает вышестоящий руководитель', en: 'The superior manager approves the work plan' },
      }),
    ),
    ...withPlace('planApproverFirstHead', (provision) =>
      sameValueRule({
        id: `${id}/plan-approver-first-head`, provision, applies: firstHead,
        path: '/forms/workPlan/approvedBy/name', equals: '/servant/directSupervisor',
        title: { kk: 'Тікелей басшы бірінші басшы болса, жоспарды сол бекітеді', ru: 'Если непосредственный руководитель — первый руководитель, план утверждает он', en: 'Where the direct supervisor is the first head, the first head approves the plan' },
      }),
    ),
    // M000-08
    deadlineRule({
      id: `${id}/plan-resubmission`, provision: params.planResubmitWorkingDays,
      from: { event: 'plan-returned' }, to: { event: 'plan-resubmitted' }, unit: 'working-days',
      title: { kk: 'Түзетілген жоспар {value} жұмыс күнінен кешіктірілмей қайта енгізіледі', ru: 'Исправленный план вносится повторно не позднее {value} рабочих дней', en: 'The corrected plan is resubmitted within {value} working day(s)' },
    }),
    // M000-10
    countRule({
      id: `${id}/kpi-count`, provision: params.kpiCount, path: '/forms/workPlan/kpis',
      title: { kk: 'НМИ саны {value}', ru: 'Количество ЦИ — {value}', en: 'The work plan has {value} KPI(s)' },
    }),
    countRule({
      id: `${id}/kpi-sheet-count`, provision: params.kpiCount, path: '/forms/kpiSheet/kpis',
      title: { kk: 'Бағалау парағындағы НМИ саны {value}', ru: 'В оценочном листе {value} ЦИ', en: 'The KPI sheet has {value} KPI(s)' },
    }),
    // M000-12
    ...withPlace('kpiSheetForm', (provision) =>
      requiredRule({
        id: `${id}/kpi-sheet-form`, provision,
        when: { session: true }, require: { field: '/forms/kpiSheet' }, path: '/forms',
        title: { kk: 'НМИ бойынша бағалау парағы толтырылған', ru: 'Оценочный лист по ЦИ заполнен', en: 'The KPI evaluation sheet is filled in' },
      }),
    ),
    ...withPlace('kpiSheetSigner', (provision) =>
      sameValueRule({
        id: `${id}/kpi-sheet-signer`, provision,
        path: '/forms/kpiSheet/supervisorSignature/name', equals: '/servant/directSupervisor',
        title: { kk: 'НМИ бағалау парағын тікелей басшы толтырады және қол қояды', ru: 'Оценочный лист по ЦИ заполняет и подписывает непосредственный руководитель', en: 'The direct supervisor fills in and signs the KPI sheet' },
      }),
    ),
    // M000-13
    gradeByCountRule({
      id: `${id}/kpi-grade`, provision: params.kpiGrades, applies: countIs('/forms/kpiSheet/kpis', params.kpiCount.value),
      items: '/forms/kpiSheet/kpis', achievedField: 'achieved', achievedValue: params.achieved.value[0], grade: '/forms/kpiSheet/result',
      title: { kk: 'НМИ бағасы орындалған НМИ санына сәйкес', ru: 'Оценка по ЦИ соответствует числу выполненных ЦИ', en: 'The KPI grade follows the number of KPIs achieved' },
    }),
    // M000-14
    ...withPlace('kpiSheetYear', (provision) =>
      sameValueRule({
        id: `${id}/kpi-sheet-year`, severity: 'warning', provision,
        path: '/forms/kpiSheet/year', equals: '/forms/workPlan/year',
        title: { kk: 'НМИ жоспар құрылған жыл қорытындысы бойынша бағаланады', ru: 'ЦИ оцениваются по итогам года, на который составлен план', en: 'KPIs are evaluated for the year of the plan' },
      }),
    ),
    // M000-15
    ...withPlace('kpiSheetApproved', (provision) =>
      requiredRule({
        id: `${id}/kpi-sheet-approved`, provision,
        when: { field: '/forms/kpiSheet' }, require: { field: '/forms/kpiSheet/approvedBy/date' }, path: '/forms/kpiSheet/approvedBy',
        title: { kk: 'Жоғары тұрған басшы бағалау парағына қол қойған (күні)', ru: 'Вышестоящий руководитель подписал оценочный лист (дата)', en: 'The superior manager signed the KPI sheet (dated)' },
      }),
    ),
    ...withPlace('kpiSheetApprover', (provision) =>
      sameValueRule({
        id: `${id}/kpi-sheet-approver`, provision, applies: notFirstHead,
        path: '/forms/kpiSheet/approvedBy/name', equals: '/servant/superiorManager',
        title: { kk: 'Бағалау парағын жоғары тұрған басшы қарайды', ru: 'Оценочный лист рассматривает вышестоящий руководитель', en: 'The superior manager reviews the KPI sheet' },
      }),
    ),
    ...withPlace('kpiSheetApproverFirstHead', (provision) =>
      sameValueRule({
        id: `${id}/kpi-sheet-approver-first-head`, provision, applies: firstHead,
        path: '/forms/kpiSheet/approvedBy/name', equals: '/servant/directSupervisor',
        note: { kk: '«Оның қарауына» — бірінші басшының қарауына деп оқылды (11-т. сияқты).', ru: '«На его рассмотрение» прочитано как «на рассмотрение первого руководителя» (как в п. 11).', en: '«оның қарауына» is read as "to the first head" (as in cl. 11).' },
        title: { kk: 'Тікелей басшы бірінші басшы болса, парақты сол қарайды', ru: 'Если непосредственный руководитель — первый руководитель, лист рассматривает он', en: 'Where the direct supervisor is the first head, the first head reviews the sheet' },
      }),
    ),
    // M000-17
    deadlineRule({
      id: `${id}/kpi-sheet-resubmission`, provision: params.sheetResubmitWorkingDays,
      from: { event: 'kpi-sheet-returned' }, to: { event: 'kpi-sheet-resubmitted' }, unit: 'working-days',
      title: { kk: 'Түзетілген бағалау парағы {value} жұмыс күнінен кешіктірілмей қайта енгізіледі', ru: 'Исправленный оценочный лист вносится повторно не позднее {value} рабочих дней', en: 'The corrected KPI sheet is resubmitted within {value} working day(s)' },
    }),
    // M000-18
    deadlineRule({
      id: `${id}/kpi-sheet-to-commission`, provision: params.kpiSubmitWorkingDays,
      from: { field: '/forms/kpiSheet/approvedBy/date' }, to: { event: 'kpi-sheet-to-commission' }, unit: 'working-days',
      title: { kk: 'НМИ бағалау парағы {value} жұмыс күні ішінде Комиссияға ұсынылады', ru: 'Оценочный лист по ЦИ передаётся в комиссию в течение {value} рабочих дней', en: 'The KPI sheet reaches the commission within {value} working day(s)' },
    }),
    // M000-19
    ...withPlace('competencySheetForm', (provision) =>
      requiredRule({
        id: `${id}/competency-sheet-form`, provision,
        when: { session: true }, require: { field: '/forms/competencySheet' }, path: '/forms',
        title: { kk: 'Құзыреттер бойынша бағалау парағы толтырылған', ru: 'Оценочный лист по компетенциям заполнен', en: 'The competency sheet is filled in' },
      }),
    ),
    ...withPlace('competencySheetSigner', (provision) =>
      sameValueRule({
        id: `${id}/competency-sheet-signer`, provision,
        path: '/forms/competencySheet/supervisorSignature/name', equals: '/servant/directSupervisor',
        title: { kk: 'Құзыреттерді тікелей басшы бағалайды', ru: 'Компетенции оценивает непосредственный руководитель', en: 'The direct supervisor evaluates the competencies' },
      }),
    ),
    // M000-20, M000-21
    competencyRule({
      id: `${id}/competencies`, provision: params.competencyThreshold,
      catalogue, rows: '/forms/competencySheet/rows', competencyField: 'competency', notObservedField: 'notObserved', positionPath: '/servant/position',
      grading: { resultField: 'result', meets: params.meets.value, notMeets: params.notMeets.value },
      title: { kk: 'Құзырет бағасы санаттың мінез-құлық индикаторларына және {0}/{1} ережесіне сәйкес', ru: 'Оценка компетенции соответствует индикаторам категории и правилу {0}/{1}', en: "Competency grades follow the category's indicators and the {0}/{1} rule" },
    }),
    // M000-22
    rowSetRule({
      id: `${id}/competency-rows`, provision: params.publicServiceRows,
      rows: '/forms/competencySheet/rows', keyField: 'competency',
      always: params.competencyRows.value.filter((n) => !params.publicServiceRows.value.includes(n)),
      conditional: { field: '/servant/publicServices', equals: true },
      title: { kk: 'Бағалау парағында 3-қосымшадағы құзыреттер (мемлекеттік қызмет көрсету бойынша құзыреттер тек тиісті қызметшіге)', ru: 'В листе компетенции прил. 3 (по госуслугам — только при их оказании)', en: 'The sheet rates the App. 3 competencies (the public-service ones only where duties include public services)' },
    }),
    // M000-23
    deadlineRule({
      id: `${id}/competency-sheet-to-commission`, provision: params.competencySubmitWorkingDays,
      from: { field: '/forms/competencySheet/supervisorSignature/date' }, to: { event: 'competency-sheet-to-commission' }, unit: 'working-days',
      title: { kk: 'Құзыреттер бағалау парағы {value} жұмыс күні ішінде Комиссияға ұсынылады', ru: 'Лист по компетенциям передаётся в комиссию в течение {value} рабочих дней', en: 'The competency sheet reaches the commission within {value} working day(s)' },
    }),
    // M000-24
    deadlineRule({
      id: `${id}/notice`, severity: 'warning', provision: params.noticeWorkingDays,
      from: { session: 'date' }, to: { event: 'notice' }, unit: 'working-days', direction: 'before',
      title: { kk: 'Бағалау туралы {value} жұмыс күні бұрын хабарлау', ru: 'Уведомление об оценке за {value} рабочих дней', en: 'Notice of the evaluation {value} working day(s) ahead' },
    }),
    // M000-25
    quorumRule({
      id: `${id}/quorum`, provision: params.quorum,
      title: { kk: 'Отырысқа құрамның кемінде {0}/{1} бөлігі қатысады', ru: 'На заседании присутствует не менее {0}/{1} состава', en: 'At least {0}/{1} of the commission attend' },
    }),
    // M000-27
    ...withPlace('openVote', (provision) =>
      openVoteRule({
        id: `${id}/open-vote`, provision,
        title: { kk: 'Шешім ашық дауыс беру арқылы қабылданады', ru: 'Решение принимается открытым голосованием', en: 'The decision is taken by open vote' },
      }),
    ),
    // M000-28
    ...withPlace('majority', (provision) =>
      majorityRule({
        id: `${id}/majority`, provision,
        chairCasting: true,
        note: { kk: 'Көпшілік қатысқан мүшелердің берген дауыстарынан есептеледі.', ru: 'Большинство считается от голосов присутствующих членов.', en: 'The majority is counted over the votes cast by members present.' },
        title: { kk: 'Шешім көпшілік дауыспен, тең болса төраға дауысымен', ru: 'Решение большинством, при равенстве — голос председателя', en: "Majority vote, the chair's vote decides a tie" },
      }),
    ),
    // M000-29
    ...withPlace('secretaryNoVote', (provision) =>
      secretaryNoVoteRule({
        id: `${id}/secretary-no-vote`, provision,
        title: { kk: 'Комиссия хатшысы дауыс беруге қатыспайды', ru: 'Секретарь комиссии не голосует', en: 'The secretary does not vote' },
      }),
    ),
    ...withPlace('secretaryHr', (provision) =>
      secretaryHrRule({
        id: `${id}/secretary-hr`, provision,
        title: { kk: 'Комиссия хатшысы — персоналды басқару қызметінің қызметшісі', ru: 'Секретарь комиссии — работник службы управления персоналом', en: 'The secretary is an HR-service employee' },
      }),
    ),
    // M000-31
    ...withPlace('protocolForm', (provision) =>
      requiredRule({
        id: `${id}/protocol-form`, provision,
        when: { session: true }, require: { field: '/forms/protocol' }, path: '/forms',
        title: { kk: 'Комиссия отырысының хаттамасы (5-қосымша) бар', ru: 'Есть протокол заседания комиссии (прил. 5)', en: 'The session protocol (App. 5) is there' },
      }),
    ),
    // M000-32
    ...withPlace('correctionColumn', (provision) =>
      sessionCorrectionRule({
        id: `${id}/correction-column`, provision,
        revise: params.decisions.value.slice(1, 2),
        title: { kk: 'Қайта қарау кезінде түзетілген нәтиже хаттамада көрсетіледі', ru: 'При пересмотре исправленный результат указывается в протоколе', en: 'A revised result is written in the correction column' },
      }),
    ),
    // M000-33
    ...withPlace('protocolApproved', (provision) =>
      requiredRule({
        id: `${id}/protocol-approved`, provision,
        when: { field: '/forms/protocol' }, require: { field: '/forms/protocol/approvedBy/date' }, path: '/forms/protocol/approvedBy',
        title: { kk: 'Нәтижелерді уәкілетті тұлға бекіткен (күні)', ru: 'Результаты утверждены уполномоченным лицом (дата)', en: 'The authorised person approved the results (dated)' },
      }),
    ),
    ...withPlace('protocolRow', (provision) =>
      listedRule({
        id: `${id}/protocol-row`, provision,
        rows: '/forms/protocol/rows', field: 'servant', oneOf: ['/servant/fullName', '/servant/id'],
        title: { kk: 'Қызметшінің нәтижесі хаттамада тіркелген', ru: 'Результат служащего занесён в протокол', en: "The servant's result is recorded in the protocol" },
      }),
    ),
    // M000-34
    deadlineRule({
      id: `${id}/familiarisation`, provision: params.familiariseWorkingDays,
      from: { field: '/forms/protocol/approvedBy/date' }, to: { event: ['familiarised', 'familiarisation-refused'] }, unit: 'working-days',
      title: { kk: 'Қызметші нәтижелермен {value} жұмыс күні ішінде таныстырылады', ru: 'Ознакомление с результатами в течение {value} рабочих дней', en: 'The servant is acquainted with the results within {value} working day(s)' },
    }),
    // M000-35
    ...withPlace('refusalAct', (provision) =>
      requiredRule({
        id: `${id}/refusal-act`, provision,
        when: { event: 'familiarisation-refused' }, require: { field: '/forms/refusalAct' }, path: '/forms',
        title: { kk: 'Танысудан бас тартқанда акт жасалады', ru: 'При отказе от ознакомления составляется акт', en: 'A refusal to be acquainted is recorded in an act' },
      }),
    ),
    signatoriesRule({
      id: `${id}/refusal-act-signatories`, provision: params.refusalSignatories,
      path: '/forms/refusalAct/signatories',
      title: { kk: 'Актіге персоналды басқару қызметі және басқа {others} қызметші қол қояды', ru: 'Акт подписывают служба персонала и {others} других служащих', en: 'The act is signed by the HR service and {others} other employee(s)' },
    }),
    // M000-36
    ...withPlace('intranet', (provision) =>
      requiredRule({
        id: `${id}/intranet`, severity: 'warning', provision,
        when: { event: 'familiarisation-refused' }, require: { event: 'sent-via-intranet' }, path: '/events',
        title: { kk: 'Бас тартқанда нәтиже интранет-портал арқылы жолданады', ru: 'При отказе результат направляется через интранет-портал', en: 'After a refusal the result is sent via the intranet portal' },
      }),
    ),
    // M000-37
    deadlineRule({
      id: `${id}/appeal-deadline`, severity: 'warning', provision: params.appealWorkingDays,
      from: { session: 'date' }, to: { event: 'appeal-filed' }, unit: 'working-days', stale: false,
      title: { kk: 'Шағым шешім шыққан күннен бастап {value} жұмыс күні ішінде', ru: 'Жалоба в течение {value} рабочих дней со дня решения', en: 'An appeal is filed within {value} working day(s) of the decision' },
    }),
    // M000-40 (the signature blocks a machine can see)
    ...withPlace('planSignatures', (provision) =>
      requiredRule({
        id: `${id}/plan-signatures`, severity: 'warning', provision,
        when: { field: '/forms/workPlan' }, require: { field: '/forms/workPlan/servantSignature/date' }, path: '/forms/workPlan/servantSignature',
        title: { kk: 'Жоспарға қызметші қол қойған (күні)', ru: 'План подписан служащим (дата)', en: 'The servant signed the plan (dated)' },
      }),
    ),
    ...withPlace('protocolSignatures', (provision) =>
      requiredRule({
        id: `${id}/protocol-signatures`, severity: 'warning', provision,
        when: { field: '/forms/protocol' }, require: { field: '/forms/protocol/secretary/date' }, path: '/forms/protocol/secretary',
        title: { kk: 'Хаттамаға хатшы қол қойған (күні)', ru: 'Протокол подписан секретарём (дата)', en: 'The secretary signed the protocol (dated)' },
      }),
    ),
    ...withPlace('protocolChairSigned', (provision) =>
      requiredRule({
        id: `${id}/protocol-chair-signed`, severity: 'warning', provision,
        when: { field: '/forms/protocol' }, require: { field: '/forms/protocol/chair/date' }, path: '/forms/protocol/chair',
        title: { kk: 'Хаттамаға төраға қол қойған (күні)', ru: 'Протокол подписан председателем (дата)', en: 'The chair signed the protocol (dated)' },
      }),
    ),
  ];
  return rules;
}
