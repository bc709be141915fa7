/** asa-b-model: Annex 2 of Order No. 13 (act 002); the order's own data is in ../asa-order-13/act.ts. */
import type { PendingAmendment, Wording } from '../pack.js';
import { ORDER_121, order52, orderAct } from '../asa-order-13/act.js';

export { validity } from '../asa-order-13/act.js';

export const act = orderAct({
  kk: '"Б" корпусы мемлекеттік әкімшілік қызметшілерінің қызметін бағалау Үлгілік әдістемесі (2-қосымша)',
  ru: 'Типовая методика оценки деятельности административных государственных служащих корпуса «Б» (приложение 2)',
  en: 'Model methodology for evaluating corps "B" administrative civil servants (Annex 2)',
});

export const wordings: Wording[] = [ORDER_121];

/** The 9 notes «ЗҚАИ-ның ескертпесі!» in Annex 2. */
export const pending: PendingAmendment[] = [order52(['cl. 4 pt. 1', 'cl. 5 pt. 2', 'cl. 9', 'cl. 10 pt. 1', 'cl. 13', 'cl. 18 pt. 1', 'cl. 23 pt. 5', 'App. 1', 'App. 2'])];
