/**
 * kyzylorda-maslikhat-2018: what act file 003 is — Kyzylorda oblast maslikhat Decision No. 68 of
 * 25.11.2021 amending Decision No. 199 of 29.03.2018 (the methodology for corps "B" servants of the
 * maslikhat apparatus, reg. No. 6257) and reproducing its Appendix 4 in the amended wording.
 * Nothing else of the 2018 methodology is in our texts.
 */
import type { ActMeta, PendingAmendment, Wording } from '../pack.js';
import type { Text3 } from '../../law/finding.js';

export const act: ActMeta = {
  source: '003_9e3c672faa21bf14.txt',
  issuer: { kk: 'Қызылорда облыстық мәслихаты', ru: 'Кызылординский областной маслихат', en: 'Kyzylorda oblast maslikhat' },
  kind: 'шешім',
  number: '68',
  date: '2021-11-25',
  title: {
    kk: '"Қызылорда облыстық мәслихатының аппараты" мемлекеттік мекемесінің "Б" корпусы мемлекеттік әкімшілік қызметшілерінің қызметін бағалаудың әдістемесін бекіту туралы" Қызылорда облыстық мәслихатының 2018 жылғы 29 наурыздағы № 199 шешіміне өзгеріс енгізу туралы',
    ru: 'О внесении изменения в решение Кызылординского областного маслихата от 29 марта 2018 года № 199 «Об утверждении методики оценки деятельности административных государственных служащих корпуса «Б» государственного учреждения «Аппарат Кызылординского областного маслихата»»',
    en: 'On amending Kyzylorda oblast maslikhat Decision No. 199 of 29.03.2018 approving the methodology for evaluating corps "B" servants of the state institution "Apparatus of the Kyzylorda oblast maslikhat"',
  },
};

/**
 * Decision No. 199 (29.03.2018) approved the methodology; its own entry into force is not in our
 * text, so its date is taken. Decision No. 68 took effect ten calendar days after its first
 * publication (p. 2), date not given: the earliest possible day, 2021-12-06, starts the wording we
 * hold. Both end with Decision No. 20 of 24.04.2023, in effect from signing.
 */
export const validity: { from: string; to: string; fromNote: Text3; entry: { clause: string; quote: string }; repealedBy: Text3; repeal: string } = {
  from: '2018-03-29',
  to: '2023-04-23',
  // Decision No. 199's own entry clause is not in our text: Decision No. 68's (which gave the wording we hold) is cited.
  entry: { clause: 'Decision No. 68 cl. 2', quote: 'Осы шешім алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.' },
  repeal: 'Kyzylorda oblast maslikhat Decision No. 20 of 24.04.2023',
  fromNote: {
    kk: '№ 199 шешімнің қолданысқа енгізілген күні бізде жоқ — шешім күні алынды; бізде тек 4-қосымшаның 2021 жылғы редакциясы бар (2021-12-06 бастап, № 68 шешімнің 2-т.: жарияланғаннан кейін күнтізбелік он күн; жариялану күні белгісіз).',
    ru: 'Дата введения в действие решения № 199 нам неизвестна — взята дата решения; у нас есть лишь редакция прил. 4 от 2021 г. (с 2021-12-06: п. 2 решения № 68 — через десять календарных дней после опубликования; дата опубликования неизвестна).',
    en: 'When Decision No. 199 took effect is not in our texts, so its date is used; we hold only the 2021 wording of App. 4 (from 2021-12-06: Decision No. 68 cl. 2, ten calendar days after publication, the publication date being unknown).',
  },
  repealedBy: {
    kk: 'Қызылорда облыстық мәслихатының 24.04.2023 № 20 шешімімен күші жойылды (қол қойылған күнінен бастап қолданысқа енгізіледі).',
    ru: 'Утратило силу решением Кызылординского областного маслихата от 24.04.2023 № 20 (вводится в действие со дня подписания).',
    en: 'Repealed by Kyzylorda oblast maslikhat Decision No. 20 of 24.04.2023 (in effect from signing).',
  },
};

export const wordings: Wording[] = [
  {
    from: '2021-12-06',
    to: '2023-04-23',
    date: '2021-11-25',
    by: 'Decision No. 68 of 25.11.2021',
    label: { kk: '4-қосымша, № 68 шешіммен өзгертілген редакция (2021-11-25)', ru: 'прил. 4 в редакции решения № 68 (2021-11-25)', en: 'App. 4 as amended by Decision No. 68 (2021-11-25)' },
  },
];

export const pending: PendingAmendment[] = [];
