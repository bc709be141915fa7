/** Act 002 Annex 1: the corps "А" methodology. Act-level data (issuer, registration, Order 121, Order 52) is shared with asa-b-model. */
import type { ActMeta, Wording } from '../pack.js';
import { ACT_002_SOURCE, ISSUER, validity as orderValidity, wording2025 } from '../asa-b-model/act.js';

export { pendingA as pending } from '../asa-b-model/act.js';

export const act: ActMeta = {
  source: ACT_002_SOURCE,
  issuer: ISSUER,
  kind: 'бұйрық',
  number: '13',
  date: '2018-01-16',
  registration: { number: '16299', date: '2018-02-01' },
  title: {
    kk: '"А" корпусы мемлекеттік әкімшілік қызметшілерінің қызметін бағалау әдістемесі (1-қосымша)',
    ru: 'Методика оценки деятельности административных государственных служащих корпуса «А» (приложение 1)',
    en: 'Methodology for evaluating corps "A" administrative civil servants (Annex 1)',
  },
};

export const validity = orderValidity;

/**
 * Annex 1 «жаңа редакцияда» by Order 121 «қолданысқа енгізілу тәртібін 4-т. қараңыз»: para 4 of Order 121
 * is not in our text. We take the same earliest day as Annex 2 (28.07.2025); cl. 26 pt. 3 (monitoring of
 * H1 2025 by 15.08.2025) shows the annex was in force by August 2025.
 */
export const wording: Wording = {
  ...wording2025,
  label: {
    kk: `${wording2025.label.kk}; енгізілу тәртібі (121 бұйрықтың 4-т.) мәтінде жоқ`,
    ru: `${wording2025.label.ru}; порядок введения (п. 4 приказа 121) в тексте отсутствует`,
    en: `${wording2025.label.en}; its entry-into-force rule (Order 121 para 4) is not in our text`,
  },
};
