/** kyzylorda-maslikhat-2018: everything of Decision No. 199 beyond App. 4 is not in our text (reading notes §II.2, §II.4). */
import type { Unchecked } from '../pack.js';

const u = (clause: string, kk: string, ru: string, en: string): Unchecked => ({ clause, reason: { kk, ru, en } });

export const UNCHECKED: Unchecked[] = [
  u('Decision No. 199, clauses', '2018 жылғы әдістеменің тармақтары (НМИ, құзыреттерді бағалау тәртібі, комиссия, мерзімдер, таныстыру, шағым) бізде жоқ; басқа актілерден алынбайды.', 'Пункты методики 2018 г. (ЦИ, порядок оценки компетенций, комиссия, сроки, ознакомление, обжалование) у нас отсутствуют; из других актов не заимствуются.', 'The clauses of the 2018 methodology (KPIs, how competencies are graded, the commission, deadlines, familiarisation, appeal) are not in our text and are not borrowed from other acts.'),
  u('Decision No. 199, App. 1–3, 5', 'Нысандар (жоспар, парақтар, хаттама) мәтінде жоқ: құзыреттер парағының жолдары мен баға сөздері тексерілмейді.', 'Формы (план, листы, протокол) в тексте отсутствуют: строки и слова оценки листа компетенций не проверяются.', 'The forms (plan, sheets, protocol) are not in our text: the sheet\'s rows and grade words are not checked.'),
  // K003-01
  u('Decision No. 68 cl. 1–2', 'B-3 ескертпесінің ескі/жаңа сөздері — құжат мәтінінің мәселесі; пакетте тек лауазым атауы бар. Редакция кезеңмен таңдалады (2021-12-06 бастап).', 'Старая/новая формулировка примечания к B-3 — вопрос текста документа; в пакете только должность. Редакция выбирается по периоду (с 2021-12-06).', 'Old vs new wording of the B-3 annotation concerns document text; a package holds only the position title. The wording is chosen by the period (from 2021-12-06).'),
  // K003-06
  u('App. 4 (damaged text)', 'Бұзылған мәтіннің (V-, С-Р-, D-0-, БАСТАМАШЫЛДЫҚ G3) құжаттарда қайталануы — рендер/жоба тексерушісінің ісі; мұнда санат кодтары қалыпқа келтіріледі.', 'Повтор повреждённого текста (V-, С-Р-, D-0-, БАСТАМАШЫЛДЫҚ G3) в документах — дело проверки черновиков; здесь коды категорий нормализуются.', 'Reproducing damaged text (V-, С-Р-, D-0-, the БАСТАМАШЫЛДЫҚ G3 cell) in documents is for the draft checker; here category codes are normalised.'),
];
