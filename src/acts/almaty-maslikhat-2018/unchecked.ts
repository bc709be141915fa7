/** almaty-maslikhat-2018 provisions a package cannot show, and why (reading notes act-001-004.md §A.4 ids in comments). */
import type { Unchecked } from '../pack.js';

const u = (clause: string, kk: string, ru: string, en: string): Unchecked => ({ clause, reason: { kk, ru, en } });

export const UNCHECKED: Unchecked[] = [
  // M000-04 (second half)
  u('cl. 5', 'Комиссия құрамын уәкілетті тұлғаның анықтағаны және ПБҚ жұмыс органы екені пакетте тек бұйрық деректемелерімен көрінеді; бұйрық мәтіні тексерілмейді.', 'Что состав определило уполномоченное лицо и рабочий орган — служба персонала, в пакете видно лишь по реквизитам приказа; его текст не проверяется.', 'That the authorised person set the composition and HR is the working body shows only as the order reference; the order itself is not checked.'),
  // M000-38
  u('cl. 7', 'Бонус, ротация т.б. шешімдері бағалау пакетінде жоқ.', 'Решения о бонусах, ротации и т. п. в пакет оценки не входят.', 'Decisions on bonuses, rotation and the like are not part of an evaluation package.'),
  // M000-39
  u('cl. 8, 15', 'Құжаттарды сақтау (үш жыл, ПБҚ-да) пакеттен көрінбейді.', 'Хранение документов (три года, в службе персонала) из пакета не видно.', 'Retention (three years, by HR) cannot be seen in a package.'),
  // M000-09
  u('cl. 13', 'НМИ-дің нақтылығы, қолжетімділігі, стратегиялық мақсатқа бағытталуы — мазмұнды баға (бағандардың толтырылғанын сызба тексереді, мерзімін kpi-deadline-in-period ережесі).', 'Конкретность, достижимость, связь ЦИ со стратегической целью — содержательная оценка (заполненность столбцов проверяет схема, сроки — правило kpi-deadline-in-period).', 'Whether KPIs are specific, attainable and tied to the strategic goal is a judgement (the schema checks the columns are filled, kpi-deadline-in-period the deadlines).'),
  // M000-11
  u('cl. 16', 'Тоқсандық мониторинг пен жазбаша ұсыныстардың нысаны жоқ.', 'Для ежеквартального мониторинга и письменных предложений нет формы.', 'Quarterly monitoring and written recommendations have no form.'),
  // M000-13 (second half)
  u('cl. 18', '«Қол жетті» белгісі нақты мәннің жоспарлыға толық жетуімен салыстырылмайды: көрсеткіштің бағыты (көп/аз жақсы) нысанда жоқ.', 'Отметка «достигнут» не сверяется с фактическим значением: направление показателя в форме не указано.', '«Achieved» is not compared with the actual value: the form does not say whether more or less is better.'),
  // M000-16
  u('cl. 22', 'Түзетуге жіберу себебі (дәлелдердің жеткіліксіздігі) еркін мәтін.', 'Причина возврата на доработку — свободный текст.', 'The reason for sending a sheet back is free text.'),
  // M000-20 (count)
  u('cl. 26', 'Бір құзыреттегі индикаторлар саны (≤ 10) — 4-қосымшаның өз қасиеті; пакет оны өзгертпейді (тесттер тексереді).', 'Число индикаторов на компетенцию (≤ 10) — свойство прил. 4; пакет его не меняет (проверяется тестами).', 'At most 10 indicators per competency is a property of App. 4 itself, checked by the tests, not by packages.'),
  // M000-24 (first half), M000-30
  u('cl. 29, 35', 'Кестенің және отырыс күнінің төрағамен келісілгені пакетте жазылмайды.', 'Согласование графика и даты заседания с председателем в пакете не фиксируется.', 'Agreement of the schedule and the session date with the chair is not recorded in a package.'),
  // M000-26
  u('cl. 31', 'Комиссия құрамының өзгеру тарихы (бұйрыққа өзгерістер) пакетте жоқ.', 'История изменений состава комиссии (изменения приказа) в пакете отсутствует.', 'The history of changes to the commission (amending orders) is not in a package.'),
  // M000-33 (second half)
  u('cl. 36, 39, App. 5', '5-қосымша (хаттама нысаны) мәтінде жоқ: оның бағандары мен қолдары тексерілмейді; тек 38–39-т. атағандары (түзету бағаны, уәкілетті тұлғаның бекітуі).', 'Прил. 5 (форма протокола) в тексте отсутствует: его графы и подписи не проверяются; только названное в пп. 38–39 (графа исправления, утверждение уполномоченным лицом).', 'App. 5 (the protocol form) is missing: its columns and signatures are not checked, only what cl. 38–39 name (the correction column, the authorised person\'s approval).'),
  u('cl. 11', '«мемлекеттік органның (жергілікті атқарушы органның) бірінші басшысы» — мәслихат атқарушы орган емес (үлгілік мәтіннің қалдығы); бірінші басшы белгісі пакеттегі supervisorIsFirstHead өрісінен алынады.', '«первый руководитель государственного органа (местного исполнительного органа)» — маслихат не исполнительный орган (остаток типового текста); признак берётся из поля supervisorIsFirstHead.', '«first head of the state body (local executive body)» — a maslikhat is not an executive body (a model-text leftover); the package says so in supervisorIsFirstHead.'),
  // M000-36 (second half)
  u('cl. 42', 'Нәтиженің қызметтік тізімге енгізілуі пакеттен көрінбейді.', 'Внесение результата в послужной список из пакета не видно.', 'Entry of the result in the service record cannot be seen in a package.'),
  // M000-37 (second half)
  u('cl. 43–44', 'Шағымды қараған орган мен оның шешімі, сот тәртібі — пакеттен тыс.', 'Орган, рассмотревший жалобу, его решение и судебный порядок — вне пакета.', 'The body deciding an appeal, its outcome and court appeals are outside the package.'),
];
