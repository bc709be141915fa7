/**
 * The findings the engine itself raises (not a pack's rules), beside the engine that raises them: each
 * id with its severity, what it says, and what it rests on — the act's clause, the amending or
 * repealing act, or the file itself. `bagalau explain <id>` prints these; tests prove every id the
 * checker can emit is here.
 */
import type { Severity, Text3 } from '../law/finding.js';

export interface EngineRule {
  /** The usual severity (a few ids vary with the case: the message says why). */
  severity: Severity;
  title: Text3;
  /** What the finding rests on, and what its `cite` names. */
  basis: Text3;
}

const FILE: Text3 = {
  kk: 'Файлдың өзі туралы; актіге сілтемесі жоқ.',
  ru: 'О самом файле; ссылки на акт нет.',
  en: 'About the file itself; no act is cited.',
};

export const ENGINE_RULES: Readonly<Record<string, EngineRule>> = {
  input: {
    severity: 'error',
    title: { kk: 'Файл оқылмады немесе бағалау пакеті емес', ru: 'Файл не прочитан или не является пакетом оценки', en: 'The file could not be read, or is not an evaluation package' },
    basis: FILE,
  },
  'input-encoding': {
    severity: 'info',
    title: { kk: 'Файлдың кодтауы туралы', ru: 'О кодировке файла', en: 'How the file\'s encoding was read' },
    basis: FILE,
  },
  'input-session': {
    severity: 'error',
    title: { kk: 'Сілтеме жасалған отырыс файлы оқылмады', ru: 'Файл заседания по ссылке не прочитан', en: 'The referenced session file could not be read' },
    basis: FILE,
  },
  schema: {
    severity: 'error',
    title: { kk: 'Пакет әдістеме нысанының JSON сызбасына сәйкес емес', ru: 'Пакет не соответствует JSON-схеме формы методики', en: 'The package does not match the JSON Schema of the methodology\'s forms' },
    basis: {
      kk: 'Нысандардың сызбалары актінің қосымшаларынан жасалған (schemas/<id>/, docs/format/<id>.md).',
      ru: 'Схемы форм построены по приложениям акта (schemas/<id>/, docs/format/<id>.md).',
      en: 'The form schemas are built from the act\'s appendices (schemas/<id>/, docs/format/<id>.md).',
    },
  },
  'unknown-methodology': {
    severity: 'error',
    title: { kk: 'Белгісіз әдістеме', ru: 'Неизвестная методика', en: 'Unknown methodology id' },
    basis: { kk: 'Бар әдістемелер: bagalau methodologies.', ru: 'Имеющиеся методики: bagalau methodologies.', en: 'The methodologies held: bagalau methodologies.' },
  },
  'outside-validity': {
    severity: 'error',
    title: { kk: 'Кезең әдістеменің қолданылу мерзімінен тыс', ru: 'Период вне срока действия методики', en: 'The period lies outside the methodology\'s validity' },
    basis: {
      kk: 'Күші жойылғаннан кейінгі кезең — күшін жойған актіге, қолданысқа енгізілгенге дейінгі кезең — қолданысқа енгізу тармағына (мысалы, бұйрықтың 5-тармағы) сілтейді.',
      ru: 'Период после утраты силы ссылается на отменивший акт, период до введения в действие — на пункт о введении в действие (например, п. 5 приказа).',
      en: 'A period after the repeal cites the repealing act; a period before entry into force cites the clause that puts the act into force (e.g. order cl. 5).',
    },
  },
  'partly-outside-validity': {
    severity: 'warning',
    title: { kk: 'Кезеңнің бір бөлігі әдістеме күшінде болмаған кезге түседі', ru: 'Часть периода вне срока действия методики', en: 'Part of the period lies outside the methodology\'s validity' },
    basis: {
      kk: '«outside-validity» сияқты: күшін жойған актіге немесе қолданысқа енгізу тармағына сілтейді.',
      ru: 'Как «outside-validity»: ссылается на отменивший акт или на пункт о введении в действие.',
      en: 'As «outside-validity»: cites the repealing act or the entry-into-force clause.',
    },
  },
  'step-after-repeal': {
    severity: 'error',
    title: { kk: 'Рәсімнің қадамы әдістеменің күші жойылғаннан кейін жасалған', ru: 'Шаг процедуры сделан после утраты силы методики', en: 'A step of the procedure is dated after the methodology was repealed' },
    basis: {
      kk: 'Оқиға, нысандағы қол қою/бекіту, отырыс күні, оны бекіту немесе құру бұйрығы тексеріледі; күшін жойған актіге сілтейді.',
      ru: 'Проверяются события, подписи/утверждения на формах, дата заседания, его утверждение и приказ о создании; ссылается на отменивший акт.',
      en: 'Events, signatures and approvals on the forms, the session\'s date, its approval and the order forming it are checked; cites the repealing act.',
    },
  },
  'step-before-entry': {
    severity: 'error',
    title: { kk: 'Рәсімнің қадамы әдістеме қолданысқа енгізілгенге дейін жасалған', ru: 'Шаг процедуры сделан до введения методики в действие', en: 'A step of the procedure is dated before the methodology came into force' },
    basis: {
      kk: 'Қолданысқа енгізу тармағына (мысалы, бұйрықтың 5-тармағы) сілтейді.',
      ru: 'Ссылается на пункт о введении в действие (например, п. 5 приказа).',
      en: 'Cites the clause that puts the act into force (e.g. order cl. 5).',
    },
  },
  'wording-not-held': {
    severity: 'warning',
    title: { kk: 'Кезеңде күшінде болған редакцияның мәтіні бізде жоқ', ru: 'Текста редакции, действовавшей в период, у нас нет', en: 'We do not hold the wording in force for the period' },
    basis: {
      kk: 'Бізде бар редакцияны берген актіге сілтейді (мысалы, 28.07.2025 № 121 бұйрық): одан бұрынғы мәтін бізде жоқ. Күші жойылған актінің пакетіне берілмейді.',
      ru: 'Ссылается на акт, давший имеющуюся у нас редакцию (например, приказ № 121 от 28.07.2025): прежнего текста у нас нет. Пакету отменённого акта не выдаётся.',
      en: 'Cites the act that gave the wording we hold (e.g. Order No. 121 of 28.07.2025): the text before it is what we lack. Not raised for a package of a repealed act.',
    },
  },
  'amendment-not-held': {
    severity: 'warning',
    title: { kk: 'Кезеңге мәтіні бізде жоқ өзгеріс әсер етеді', ru: 'Период затронут изменением, текста которого у нас нет', en: 'The period is touched by an amendment whose wording we do not hold' },
    basis: {
      kk: 'Өзгертетін актіге сілтейді (мысалы, 31.03.2026 № 52 бұйрық) және ол өзгертетін тармақтарды атайды.',
      ru: 'Ссылается на изменяющий акт (например, приказ № 52 от 31.03.2026) и называет изменяемые пункты.',
      en: 'Cites the amending act (e.g. Order No. 52 of 31.03.2026) and names the provisions it amends.',
    },
  },
  'category-normalised': {
    severity: 'info',
    title: { kk: 'Лауазым санатының коды қалыпқа келтірілді', ru: 'Код категории нормализован', en: 'The position-category code was normalised (look-alike letters, digit 0, dashes, spaces)' },
    basis: {
      kk: 'Тек код пішіндес мән қалыпқа келтіріледі (мысалы «C-0-4» → «С-О-4»); актілердің өздері кодтарды осылай басады, сондықтан бұл бұзушылық емес — ақпарат. Сілтеме: актінің кодтарды басқан жері (мысалы, 4-қосымша немесе 17-тармақтың 1-бөлігі).',
      ru: 'Нормализуется только значение в форме кода (например «C-0-4» → «С-О-4»); сами акты печатают коды так, поэтому это не нарушение — информация. Ссылка: место акта, где напечатаны коды (например, прил. 4 или п. 17 ч. 1).',
      en: 'Only a value shaped like a code is normalised (e.g. «C-0-4» → «С-О-4»); the acts themselves print codes that way, so it is not a breach: info. Cites the place of the act that prints the codes (e.g. App. 4, or cl. 17 pt. 1).',
    },
  },
  'category-unknown': {
    severity: 'warning',
    title: { kk: 'Лауазым санатының коды танылмады', ru: 'Код категории не распознан', en: 'The position-category code is none of the categories' },
    basis: {
      kk: 'Код пішіндес мән қалыпқа келтірілгеннен кейін де санат емес (мысалы «Q-3», «С-Х-1»): нысандарды, бағалаушыны, индикаторларды санатқа қарай анықтайтын ережелер оны оқи алмайды. Сілтеме: актінің кодтарды басқан жері.',
      ru: 'Значение в форме кода и после нормализации не категория (например «Q-3», «С-Х-1»): правила, определяющие по категории формы, оценивающего, индикаторы, его не прочтут. Ссылка: место акта, где напечатаны коды.',
      en: 'A value shaped like a code is no category even once normalised (e.g. «Q-3», «С-Х-1»): the rules that choose forms, evaluators and indicators by category cannot read it. Cites the place of the act that prints the codes.',
    },
  },
  'session-file': {
    severity: 'info',
    title: { kk: 'Отырыс файлы пакеттермен бірге тексеріледі', ru: 'Файл заседания проверяется вместе с пакетами', en: 'A session file among the packages: checked with the packages that refer to it' },
    basis: FILE,
  },
  'period-order': {
    severity: 'error',
    title: { kk: 'Кезеңнің басы соңынан кейін', ru: 'Начало периода позже конца', en: 'The period starts after it ends' },
    basis: FILE,
  },
  'rules-not-run': {
    severity: 'info',
    title: { kk: 'Нысандарды толтырудағы қателерге байланысты ережелер тексерілмеді', ru: 'Правила не проверялись из-за ошибок заполнения форм', en: 'Rules were not run because of errors in filling the forms' },
    basis: FILE,
  },
  internal: {
    severity: 'error',
    title: { kk: 'Ережені тексеру мүмкін болмады', ru: 'Правило не удалось проверить', en: 'A rule could not be checked' },
    basis: { kk: 'Тексеру құралының қатесі: ереженің тармағына сілтейді.', ru: 'Ошибка средства проверки: ссылается на пункт правила.', en: 'A fault of the checker: cites the rule\'s clause.' },
  },
};
