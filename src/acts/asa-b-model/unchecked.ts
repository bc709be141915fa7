/** Provisions of Annex 2 a package cannot show, and why (act-002 notes §5.2 items not in rules.ts). */
import type { Unchecked } from '../pack.js';

const u = (clause: string, kk: string, ru: string, en: string): Unchecked => ({ clause, reason: { kk, ru, en } });

export const unchecked: Unchecked[] = [
  u('cl. 2', 'Мемлекеттік органның өз әдістемесі үлгіліктен өзгеше болуы мүмкін; бұл пакет үлгілік әдістемені тексереді.', 'Методика госоргана может отличаться от типовой; пакет проверяется по типовой.', 'A state body may approve its own methodology; this pack checks the model one.'),
  u('cl. 4 pt. 1; cl. 9; cl. 18 pt. 1', 'Ақпараттық жүйе арқылы жүргізу пакетте көрінбейді.', 'Проведение через информационную систему в пакете не видно.', 'Whether the steps went through the "Е-қызмет" system is not visible in a package.'),
  u('cl. 4 pt. 2', 'Автоматтандырылған бағалау жүйесінің ерекшеліктері органның ішкі құжаттарында.', 'Особенности автоматизированной системы — во внутренних документах органа.', 'Bodies with an automated system follow their internal documents, which we do not hold.'),
  u('cl. 5 pt. 2–3', 'Жылдық қорытынды баға (тоқсандық бағалардың орташасы, 30 қаңтарға дейін) бір тоқсандық пакетте жоқ.', 'Годовая итоговая оценка (среднее квартальных, до 30 января) не входит в квартальный пакет.', 'The annual grade (mean of the quarters, by 30 January) is not part of a one-quarter package.'),
  u('cl. 10 pt. 1', 'Нәтижелерді ақпараттық жүйеде алу пакетте көрінбейді.', 'Получение результатов в ИС в пакете не видно.', 'Receipt of results in the IS is not visible in a package.'),
  u('cl. 10 pt. 2', 'Хабарлау тәсілі (тапсырыс хат, телефонограмма…) оқиғада жазылмайды; тек мерзімі тексеріледі.', 'Способ уведомления (заказное письмо, телефонограмма…) в событии не записывается; проверяется только срок.', 'The channel of the notice (registered letter, telephonogram…) is not recorded in events; only the time limit is checked.'),
  u('cl. 11', 'Өтініштің кімге берілгені (тағайындау құқығы бар лауазымды адам) пакетте жоқ.', 'Адресат заявления (лицо с правом назначения) в пакете не указан.', 'Whom the application was addressed to is not recorded.'),
  u('cl. 12', 'Шағым мерзімі Әкімшілік рәсімдік-процестік кодексте, бұл әдістемеде емес.', 'Срок обжалования установлен АППК, а не методикой.', 'The appeal time limit is set by the Administrative Procedural Code, not by this methodology.'),
  u('cl. 13', 'Құжаттарды үш жыл сақтау пакеттен тексерілмейді.', 'Хранение документов три года по пакету не проверяется.', 'Keeping the documents for three years cannot be seen in a package.'),
  u('cl. 14', 'Құпиялылық пакеттен тексерілмейді.', 'Конфиденциальность по пакету не проверяется.', 'Confidentiality cannot be seen in a package.'),
  u('cl. 15; cl. 16; cl. 22', 'Персоналды басқару қызметінің ұйымдастыру міндеттері пакетте жазылмайды.', 'Организационные обязанности службы персонала в пакете не отражаются.', 'The HR service’s organisational duties are not recorded in a package.'),
  u('cl. 18 pt. 3', 'Бағаланатындар 20-дан асқанда қосымша бағалаушылар: пакетте бір қызметші; evaluator.basis арқылы белгіленеді.', 'Дополнительные оценивающие при более чем 20 оцениваемых: в пакете один служащий; указывается через evaluator.basis.', 'Co-evaluators when more than 20 are evaluated: a package holds one servant; state it with evaluator.basis.'),
  u('cl. 20 pt. 2', 'Тексеру комиссиясы мүшелері үшін мәслихат шешімі пакетте жазылмайды.', 'Решение маслихата для членов ревизионной комиссии в пакете не отражается.', 'The maslikhat decision for audit-commission members is not recorded in a package.'),
  u('cl. 23 pt. 1–4', 'Сессиядағы талқылау барысы хаттама өрістерінде жоқ.', 'Ход обсуждения на сессии в полях протокола отсутствует.', 'The course of the discussion is not in the protocol fields.'),
  u('cl. 24', 'Кездесу тақырыптары (жетістіктер, дағдылар, мансап) мазмұн мәселесі; тек кездесудің болғаны тексеріледі.', 'Темы встречи — вопрос содержания; проверяется только факт встречи.', 'The topics of the feedback meeting are content; only that it happened is checked.'),
  u('App. 1, App. 2 (*)', '0 балл «толық орындамаған жағдайда» — бағалаушының пайымы.', '0 баллов «при полном неисполнении» — усмотрение оценивающего.', 'Grade 0 "when the parameter was not fulfilled" is the evaluator’s judgement.'),
  u('App. 1, App. 2 (row 5)', 'Жаза болмаса 5-параметрді төмендетуге мәтін тыйым салмайды.', 'Текст не запрещает снижать параметр 5 без взыскания.', 'The text does not forbid grading parameter 5 below 5 without a sanction.'),
];
