/** asa-a-corps: Annex 1 of Order No. 13 (act 002); the order's own data is in ../asa-order-13/act.ts. */
import type { PendingAmendment, Wording } from '../pack.js';
import { ORDER_121, order52, orderAct } from '../asa-order-13/act.js';

export { validity } from '../asa-order-13/act.js';

export const act = orderAct({
  kk: '"А" корпусы мемлекеттік әкімшілік қызметшілерінің қызметін бағалау әдістемесі (1-қосымша)',
  ru: 'Методика оценки деятельности административных государственных служащих корпуса «А» (приложение 1)',
  en: 'Methodology for evaluating corps "A" administrative civil servants (Annex 1)',
});

/**
 * Annex 1 «жаңа редакцияда» by Order 121 «қолданысқа енгізілу тәртібін 4-т. қараңыз»: para 4 of Order 121
 * is not in our text. We take the same earliest day as Annex 2 (28.07.2025); cl. 26 pt. 3 (monitoring of
 * H1 2025 by 15.08.2025) shows the annex was in force by August 2025.
 */
export const wordings: Wording[] = [
  {
    ...ORDER_121,
    label: {
      kk: `${ORDER_121.label.kk}; енгізілу тәртібі (121 бұйрықтың 4-т.) мәтінде жоқ`,
      ru: `${ORDER_121.label.ru}; порядок введения (п. 4 приказа 121) в тексте отсутствует`,
      en: `${ORDER_121.label.en}; its entry-into-force rule (Order 121 para 4) is not in our text`,
    },
  },
];

/** The 5 notes «ЗҚАИ-ның ескертпесі!» in Annex 1. */
export const pending: PendingAmendment[] = [order52(['cl. 2 pt. 2', 'cl. 16 pt. 4', 'cl. 16 pt. 5', 'cl. 18', 'cl. 24 pt. 1'])];
