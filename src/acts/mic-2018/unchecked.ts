/** mic-2018 provisions a package cannot show, and why (reading notes §I.4 ids in comments). */
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
  u('cl. 13', 'НМИ-дің нақтылығы, қолжетімділігі, стратегиялық мақсатқа бағытталуы — мазмұнды баға; нысанда мерзім мен байланыс бағандары жоқ.', 'Конкретность, достижимость, связь ЦИ со стратегической целью — содержательная оценка; в форме нет столбцов срока и связи.', 'Whether KPIs are specific, attainable and tied to the strategic goal is a judgement; the form has no deadline or linkage column.'),
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
  u('cl. 39', 'Хаттамадағы нәтиже мәліметінің мазмұны нысанда анықталмаған («Бағалау нәтижелері туралы мәлімет»).', 'Содержание графы «Сведения о результатах оценки» в форме не определено.', 'What the «Бағалау нәтижелері туралы мәлімет» column must hold is not defined.'),
  // M000-36 (second half)
  u('cl. 42', 'Нәтиженің қызметтік тізімге енгізілуі пакеттен көрінбейді.', 'Внесение результата в послужной список из пакета не видно.', 'Entry of the result in the service record cannot be seen in a package.'),
  // M000-37 (second half)
  u('cl. 43–44', 'Шағымды қараған орган мен оның шешімі, сот тәртібі — пакеттен тыс.', 'Орган, рассмотревший жалобу, его решение и судебный порядок — вне пакета.', 'The body deciding an appeal, its outcome and court appeals are outside the package.'),
];
