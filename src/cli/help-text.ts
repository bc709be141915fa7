/**
 * Every word of `bagalau --help` and of each command's help in kk, ru and en: command and option
 * descriptions, argument names and descriptions, the placeholders of options (`--today <күн>`),
 * commander's own words (Usage:, Options:, `[options]`, choices, default, the help option and
 * command). The command modules register flags only; `localizeHelp` puts these texts on them in
 * the language the CLI speaks (see lang.ts). test/cli/help.test.ts proves that every registered
 * command, option and argument has its text here in the three languages, and nothing more.
 */
import { Help, type Argument, type Command, type Option } from 'commander';
import type { Lang, Text3 } from '../law/finding.js';

const t = (kk: string, ru: string, en: string): Text3 => ({ kk, ru, en });

export interface CommandHelp {
  description: Text3;
  /** By argument name. */
  arguments?: Record<string, Text3>;
  /** By long flag without «--» (`fail-on`, `no-config`). */
  options?: Record<string, Text3>;
}

const LANG = t('хабарлар тілі; берілмесе, «LANG» айнымалысынан алынады', 'язык сообщений; если не задан, берётся из переменной «LANG»', 'language of messages; if not given, taken from «LANG»');
const LANG_CHECK = t(
  'хабарлар тілі (әдепкі: баптау файлындағы тіл, одан кейін «LANG» айнымалысы, болмаса қазақ тілі)',
  'язык сообщений (по умолчанию: из файла настроек, затем из переменной «LANG», иначе казахский)',
  'language of messages (default: the config file, then «LANG», else Kazakh)',
);
const FORMAT = t('шығару пішімі', 'формат вывода', 'output format');
const DOC_FORMAT = t('құжат пішімі', 'формат документа', 'document format');
const OUT_DIR = t('шығыс қалтасы', 'папка для результата', 'output folder');
const TEMPLATES = t('үлгілер қалтасы (әдепкі: жобаның templates/ қалтасы)', 'папка шаблонов (по умолчанию: templates/ проекта)', "templates folder (default: the project's templates/)");
const NO_PROGRESS = t('stderr-ге барыс жолағын шығармау', 'не показывать ход работы в stderr', 'no progress line on stderr');

/** Keyed by the command's path below `bagalau` ('' is `bagalau` itself). */
export const HELP: Record<string, CommandHelp> = {
  '': {
    description: t(
      'Қазақстанның әкімшілік мемлекеттік қызметшілерін бағалау: пакеттерді тексеру, нысандарды шығару, әдістеме жобаларын тексеру',
      'Оценка административных государственных служащих Казахстана: проверка пакетов, формирование форм, проверка проектов методик',
      'Evaluation of Kazakhstan administrative civil servants: check, render, draft',
    ),
    options: { version: t('нұсқасын көрсету', 'показать версию', 'print the version') },
  },
  check: {
    description: t(
      'бағалау пакеттерін (YAML/JSON) кезеңінде күшіндегі әдістемеге сәйкестігін тексеру',
      'проверить пакеты оценки (YAML/JSON) по методике, действовавшей в их период',
      'check evaluation packages (YAML/JSON) against the methodology in force for their period',
    ),
    arguments: {
      paths: t(
        'пакет файлдары, қалталар (ішкі қалталарымен), тырнақшадағы үлгілер (glob) немесе стандартты кіріс үшін «-»',
        'файлы пакетов, папки (с вложенными), шаблоны путей в кавычках или «-» для стандартного ввода',
        'package files, folders (walked recursively), quoted globs, or «-» for standard input',
      ),
    },
    options: {
      format: FORMAT,
      lang: LANG_CHECK,
      today: t(
        'ашық мерзімдер осы күнге қарай бағаланады: 2026-12-04 немесе 04.12.2026 (әдепкі: бүгін)',
        'дата, на которую оцениваются незакрытые сроки: 2026-12-04 или 04.12.2026 (по умолчанию: сегодня)',
        'the date open deadlines are judged against, 2026-12-04 or 04.12.2026 (default: today)',
      ),
      wording: t('кезеңнің редакциясы орнына осы күні күшінде болған редакция бойынша тексеру', 'проверять по редакции, действовавшей на эту дату, а не в период', "check under the wording in force on this date instead of the period's"),
      calendar: t(
        'қосымша күнтізбе деректері (келесі жылғы демалыс күнін ауыстыру актісі т.б.), JSON немесе YAML, docs/calendar.md қараңыз; қайталауға болады',
        'дополнительные данные календаря (акт о переносе выходных на следующий год и т. п.), JSON или YAML, см. docs/calendar.md; можно повторять',
        "extra calendar data (next year's transfer act…), JSON or YAML, see docs/calendar.md; repeatable",
      ),
      output: t('есепті стандартты шығысқа емес, осы файлға жазу (толық жазылғанда ғана пайда болады)', 'записать отчёт в этот файл (появляется только целиком), а не в стандартный вывод', 'write the report to this file (atomically) instead of standard output'),
      quiet: t('мәтін: бұзушылығы бар файлдарды ғана шығару', 'текст: выводить только файлы с нарушениями', 'text: print only files with findings'),
      summary: t(
        'мәтін: әр файлдың орнына орган мен бөлімше бойынша жиынтықты және жиі бұзылатын ережелерді шығару',
        'текст: вместо каждого файла вывести сводку по органам и подразделениям и чаще всего нарушаемые правила',
        'text: print the summary per body and unit and the most frequent rules instead of each file',
      ),
      'fail-on': t('осы деңгейдегі немесе одан ауыр бұзушылық болса, 1 кодымен аяқтау', 'завершаться с кодом 1 при нарушении этого уровня или серьёзнее', 'exit 1 when a finding is of this severity or worse'),
      'stdin-filepath': t('стандартты кірістен (-) оқылған пакеттің файл аты', 'имя файла пакета, прочитанного из стандартного ввода (-)', 'the file name of a package read from standard input (-)'),
      config: t(
        'баптау файлы (әдепкі: осы немесе жоғарғы қалтадағы bagalau.config.yaml не .bagalaurc)',
        'файл настроек (по умолчанию: bagalau.config.yaml или .bagalaurc здесь или выше)',
        'config file (default: bagalau.config.yaml or .bagalaurc here or above)',
      ),
      'no-config': t('баптау файлдарын елемеу', 'не читать файлы настроек', 'ignore config files'),
      sessions: t(
        'пакеттердің өз қалталарынан басқа отырыс файлдары оқылатын қалта (қайталауға болады)',
        'папка, из которой, помимо папок самих пакетов, можно читать файлы заседаний (можно повторять)',
        "a folder session files may be read from besides the packages' own folders (repeatable)",
      ),
      'no-progress': t('stderr-ге барыс жолағын шығармау', 'не показывать индикатор хода в stderr', 'no progress bar on stderr'),
      jobs: t(
        'тексеретін ағындар саны (әдепкі: үлкен қалтаға әр ядроға бір ағын, әйтпесе 1)',
        'число потоков проверки (по умолчанию: для большой папки по потоку на ядро, иначе 1)',
        'threads to check with (default: one per core for a large folder, else 1)',
      ),
    },
  },
  methodologies: {
    description: t('әдістемелер тізімі: акт, қолданылу мерзімі, редакциялар, қосымшалар', 'список методик: акт, срок действия, редакции, приложения', 'list the methodology packs: act, validity, wordings, appendices'),
    options: { format: FORMAT, lang: LANG },
  },
  explain: {
    description: t(
      'ережені көрсету: не талап етеді, тармағы, тармақтың қазақша мәтіні, мәндері жазылған файл және пакеттен не оқиды; әдістеменің атауы берілсе, оның ережелері',
      'показать правило: что оно требует, его пункт, казахский текст пункта, файл с его значениями и что оно читает из пакета; для имени методики — её правила',
      "show a rule: what it requires, its clause, the clause's Kazakh text, the file its values are in and what it reads from the package; for a methodology's name, its rules",
    ),
    arguments: {
      ruleId: t(
        'ереже идентификаторы, мысалы mic-2018/kpi-count, не әдістеме, мысалы asa-b-model',
        'идентификатор правила, например mic-2018/kpi-count, или методики, например asa-b-model',
        'a rule id, e.g. mic-2018/kpi-count, or a methodology, e.g. asa-b-model',
      ),
    },
    options: { format: FORMAT, lang: LANG },
  },
  calendar: {
    description: t(
      'Қазақстанның жұмыс күндерінің күнтізбесі (бес күндік апта), 2018–2027, дереккөздерімен',
      'календарь рабочих дней Казахстана (пятидневная неделя), 2018–2027, с источниками',
      'working-day calendar of Kazakhstan (five-day week), 2018–2027, with sources',
    ),
    arguments: {
      value: t('жыл (мысалы 2025), не --add болса қосылатын бірліктер саны (теріс сан: бұрын)', 'год (например 2025) или с --add число добавляемых единиц (отрицательное: назад)', 'a year (e.g. 2025), or with --add the number of units to add (negative: before)'),
    },
    options: {
      add: t('осы күннен бастап санау (ЖЖЖЖ-АА-КК не КК.АА.ЖЖЖЖ); бірліктер саны — аргумент', 'отсчитать от этой даты (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ); число единиц — аргумент', 'count from this date (YYYY-MM-DD or DD.MM.YYYY); the number of units is the argument'),
      day: t('бір күнді түсіндіру (ЖЖЖЖ-АА-КК не КК.АА.ЖЖЖЖ)', 'объяснить один день (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)', 'explain one day (YYYY-MM-DD or DD.MM.YYYY)'),
      unit: t('--add бірлігі', 'единица для --add', 'unit for --add'),
      lang: LANG,
      format: FORMAT,
      calendar: t(
        'қосымша күнтізбе деректерінің файлы (JSON, schemas/calendar/calendar-data.schema.json); қайталауға болады',
        'файл дополнительных данных календаря (JSON, schemas/calendar/calendar-data.schema.json); можно повторять',
        'extra calendar data file (JSON, schemas/calendar/calendar-data.schema.json); repeatable',
      ),
    },
  },
  render: {
    description: t(
      'ресми нысандарды, хаттамаларды және бекіту бұйрығын DOCX және/немесе PDF етіп шығару (Times New Roman / Tinos, A4)',
      'сформировать официальные формы, протоколы и приказ об утверждении в DOCX и/или PDF (Times New Roman / Tinos, A4)',
      'render official forms, protocols and the approval order as DOCX and/or PDF (Times New Roman / Tinos, A4)',
    ),
    arguments: {
      inputs: t(
        'пакет файлдары не қалталар (YAML/JSON); --blank болса: қосымша нөмірі, нысан кілті не «all»',
        'файлы пакетов или папки (YAML/JSON); с --blank: номер приложения, ключ формы или «all»',
        'package files or folders (YAML/JSON); with --blank: an appendix number, a form key or «all»',
      ),
    },
    options: {
      format: DOC_FORMAT,
      out: OUT_DIR,
      blank: t('әдістеменің бос нысандарын шығару (қосымша нөмірі, нысан кілті не «all»)', 'сформировать пустые формы методики (номер приложения, ключ формы или «all»)', 'render the blank forms of a methodology (appendix number, form key, or «all»)'),
      order: t('әдістеменің бекіту бұйрығын қосымшаларымен шығару', 'сформировать приказ об утверждении методики с приложениями', 'render the approval order of a methodology with its annexes'),
      templates: TEMPLATES,
      notes: t(
        'әр құжаттың редакциялық ескертпелерін (не қалпына келтірілді не түзетілді) қасына <аты>.notes.txt етіп жазу',
        'записать редакционные примечания каждого документа (что восстановлено или исправлено) рядом, в <имя>.notes.txt',
        "write each document's editorial notes (what was reconstructed or repaired) beside it as <name>.notes.txt",
      ),
      wording: t(
        'КҮН күні күшінде болған редакцияны шығару (ЖЖЖЖ-АА-КК не КК.АА.ЖЖЖЖ); әдепкі: пакет кезеңінің соңы, --blank/--order үшін бүгін',
        'воспроизвести редакцию, действовавшую на ДАТУ (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ); по умолчанию: конец периода пакета, для --blank/--order сегодня',
        "reproduce the wording in force on DATE (YYYY-MM-DD or DD.MM.YYYY); default: the package's period end, or today for --blank/--order",
      ),
      json: t(
        'stdout-қа бір JSON нысан шығару: жазылған әр құжат, оның редакциясы, ескертулері мен ескертпелері және сәтсіздіктер',
        'вывести в stdout один объект JSON: каждый записанный документ, его редакция, предупреждения и примечания, и неудачи',
        'print one JSON object on stdout: each document written, its wording, warnings and notes, and the failures',
      ),
      lang: LANG,
      'no-progress': NO_PROGRESS,
    },
  },
  templates: { description: t('ресми нысандардың үлгілері', 'шаблоны официальных форм', 'templates of the official forms') },
  'templates check': {
    description: t(
      'үлгі қолданатын әр айнымалы нысан схемасында бар екенін және әр міндетті өріс қолданылатынын тексеру',
      'проверить, что каждая переменная шаблона есть в схеме формы и каждое обязательное поле используется',
      'check that every variable a template uses exists in its form schema and every required field is used',
    ),
    options: {
      templates: TEMPLATES,
      schemas: t('схемалар қалтасы (әдепкі: templates/ қасындағы schemas/)', 'папка схем (по умолчанию: schemas/ рядом с templates/)', 'schemas folder (default: schemas/ beside templates/)'),
      lang: LANG,
    },
  },
  draft: {
    description: t(
      'әдістеме туралы бұйрық жобасын нормативтік құқықтық актілерді ресімдеу қағидаларына және үлгілік әдістемеге (002 акт, 2-қосымша) сәйкестікке тексеру',
      'проверить проект приказа о методике на соответствие правилам оформления и типовой методике (акт 002, приложение 2)',
      'check a draft methodology order against drafting rules and the model methodology (act 002 Annex 2)',
    ),
  },
  'draft import': {
    description: t(
      'жарияланған актіні (жай мәтін) не Word файлын (DOCX) Markdown жобасына айналдыру',
      'превратить опубликованный акт (простой текст) или файл Word (DOCX) в проект на Markdown',
      'turn an act as published (plain text) or a Word file (DOCX) into draft Markdown',
    ),
    arguments: { published: t('жарияланған акт (UTF-8 жай мәтін) не .docx', 'опубликованный акт (простой текст UTF-8) или .docx', 'the act as published (plain UTF-8 text), or a .docx') },
    options: {
      out: t('Markdown-ды осы файлға жазу (әдепкі: стандартты шығыс)', 'записать Markdown в этот файл (по умолчанию: стандартный вывод)', 'write the Markdown here (default: standard output)'),
      column: t('екі тіл қатар жазылған Word кестесінен осы тілдегі бағанды алу (әдепкі: kk)', 'из таблицы Word на двух языках рядом взять колонку на этом языке (по умолчанию kk)', 'from a Word table in two languages side by side, take the column in this language (default kk)'),
      lang: LANG,
    },
  },
  'draft check': {
    description: t(
      'жобаларды тексеру (Markdown, Word .docx не бірден импортталатын жарияланған .txt)',
      'проверить проекты (Markdown, Word .docx или опубликованный .txt, импортируемый на лету)',
      'check drafts (Markdown, Word .docx, or published .txt imported on the fly)',
    ),
    arguments: { files: t('жоба файлдары: .md, .docx не .txt', 'файлы проектов: .md, .docx или .txt', 'draft files: .md, .docx or .txt') },
    options: {
      date: t('жобаны осы күнгі күйінде оқу (ЖЖЖЖ-АА-КК не КК.АА.ЖЖЖЖ): үлгілік әдістеменің редакциясын таңдайды; әдепкі: бүгін', 'читать проект на эту дату (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ): выбирает редакцию типовой методики; по умолчанию сегодня', 'read the draft on this date (YYYY-MM-DD or DD.MM.YYYY): selects the model wording; default today'),
      format: FORMAT,
      lang: LANG,
      alignment: t('үлгі мен жобаны салыстыру есебін жазу (.md не .html)', 'записать отчёт о сопоставлении с типовой методикой (.md или .html)', 'write the model-vs-draft alignment report (.md or .html)'),
      'no-model': t('үлгілік әдістемемен салыстырмау', 'не сравнивать с типовой методикой', 'skip the comparison with the model methodology'),
    },
  },
  'draft render': {
    description: t('бұйрық жобасын DOCX және/немесе PDF етіп шығару', 'сформировать проект приказа в DOCX и/или PDF', 'render a draft order as DOCX and/or PDF'),
    arguments: { draft: t('Markdown жобасы', 'проект на Markdown', 'draft Markdown') },
    options: {
      format: DOC_FORMAT,
      out: OUT_DIR,
      date: t('құжат метадеректеріне жазылатын күн (ЖЖЖЖ-АА-КК не КК.АА.ЖЖЖЖ); әдепкі: бүгін', 'дата в метаданных документа (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ); по умолчанию сегодня', 'date written into the document metadata (YYYY-MM-DD or DD.MM.YYYY); default today'),
      lang: LANG,
    },
  },
  init: {
    description: t(
      'әр міндетті өрісі бар пакет дайындамасын не штат кестесінің әр жолына бір пакет (--from) жазу',
      'записать заготовку пакета со всеми обязательными полями или по пакету на каждую строку штатного расписания (--from)',
      'write a package skeleton with every required field, or one package per row of a staff list (--from)',
    ),
    arguments: { methodology: t('әдістеме идентификаторы', 'идентификатор методики', 'methodology id') },
    options: {
      servant: t('қызметшінің толық аты-жөні', 'полное имя служащего', "the servant's full name"),
      period: t(
        'бағалау кезеңі: ЖЖЖЖ, ЖЖЖЖ-Qn не БАСЫ..СОҢЫ (күндер ЖЖЖЖ-АА-КК не КК.АА.ЖЖЖЖ)',
        'период оценки: ГГГГ, ГГГГ-Qn или С..ПО (даты ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)',
        'evaluation period: YYYY, YYYY-Qn or FROM..TO (dates as YYYY-MM-DD or DD.MM.YYYY)',
      ),
      out: t(
        'жазылатын файл (бір пакет) не қалта (--from болса); әдепкі: <әдістеме>.yaml / ағымдағы қалта',
        'файл для записи (один пакет) или папка (с --from); по умолчанию: <методика>.yaml / текущая папка',
        'file to write (one package) or folder (with --from); default: <methodology>.yaml / the current folder',
      ),
      from: t('штат кестесі: тақырып жолы бар .xlsx, .ods, .fods не .csv (тақырыптар қазақша, орысша не ағылшынша)', 'штатное расписание: .xlsx, .ods, .fods или .csv со строкой заголовков (на казахском, русском или английском)', 'a staff list: .xlsx, .ods, .fods or .csv with a header row (Kazakh, Russian or English headers)'),
      methodology: t('--from болса: пакеттердің әдістемесі', 'с --from: методика пакетов', 'with --from: the methodology of the packages'),
      map: t(
        '--from болса: ӨРІСТІ БАҒАННАН алу (тақырып мәтіні не баған нөмірі), танылған тақырыптардың орнына',
        'с --from: брать ПОЛЕ из СТОЛБЦА (текст заголовка или номер столбца) вместо распознанных заголовков',
        'with --from: take FIELD from COLUMN (header text or column number), overriding the headers recognised',
      ),
      sheet: t(
        '--from болса: кітаптың оқылатын парағы, атауы не нөмірі (1 — бірінші көрінетін парақ); әдепкі: тізімі бар бірінші парақ',
        'с --from: лист книги для чтения, по названию или номеру (1 — первый видимый лист); по умолчанию первый лист со списком',
        'with --from: the sheet of the workbook to read, by name or number (1 = the first visible sheet); default: the first sheet holding a list',
      ),
      body: t(
        '--from болса: әр жолдың мемлекеттік органы (тізімде ол баған болмаса, --set body=МӘТІН сияқты)',
        'с --from: государственный орган каждой строки (если в списке нет такого столбца; как --set body=ТЕКСТ)',
        'with --from: the state body of every row (when the list has no such column; as --set body=TEXT)',
      ),
      set: t(
        '--from болса: тізімде бағаны жоқ мәтін өрісіне (--map-тағы ӨРІС) әр жолға бір мән; қате ӨРІС болса, берілетін өрістер аталады',
        'с --from: одно значение для каждой строки текстовому полю (ПОЛЕ как в --map), для которого в списке нет столбца; при неверном ПОЛЕ называются допустимые',
        'with --from: one value for every row of a text field (FIELD as in --map) the list has no column for; a wrong FIELD is answered with the fields there are',
      ),
      lang: LANG,
    },
  },
  serve: {
    description: t(
      'веб-бет (толтыру, тексеру, импорт, жобалар, күнтізбе) және HTTP API, осы компьютерде',
      'веб-страница (заполнение, проверка, импорт, проекты, календарь) и HTTP API на этом компьютере',
      'the web page (fill, audit, import, drafts, calendar) and the HTTP API, on this machine',
    ),
    options: {
      dir: t('жұмыс қалтасы: бет оқитын және жазатын пакет файлдарының қалтасы', 'рабочая папка: папка файлов пакетов, которые страница читает и пишет', 'workspace: the folder of package files the page reads and writes'),
      port: t('TCP порты (0: кез келген бос порт)', 'порт TCP (0: любой свободный)', 'TCP port (0: any free port)'),
      host: t('тыңдайтын мекенжай (әдепкі: тек осы компьютер; басқасына --token керек)', 'адрес для прослушивания (по умолчанию только этот компьютер; для другого нужен --token)', 'address to listen on (loopback by default; any other needs --token)'),
      token: t('кіру токені, осы компьютерден басқа --host үшін міндетті (бетті /?token=… деп ашыңыз)', 'токен доступа, обязателен для --host не на этом компьютере (открывайте страницу как /?token=…)', 'access token, required for a non-loopback --host (open the page as /?token=…)'),
      lang: LANG,
    },
  },
};

/** Placeholders of options and names of arguments, as the help shows them. */
export const PLACEHOLDERS: Record<string, Text3> = {
  paths: t('жолдар', 'пути', 'paths'),
  format: t('пішім', 'формат', 'format'),
  lang: t('тіл', 'язык', 'lang'),
  date: t('күн', 'дата', 'date'),
  file: t('файл', 'файл', 'file'),
  severity: t('деңгей', 'уровень', 'severity'),
  name: t('аты', 'имя', 'name'),
  dir: t('қалта', 'папка', 'dir'),
  folder: t('қалта', 'папка', 'folder'),
  value: t('мән', 'значение', 'value'),
  unit: t('бірлік', 'единица', 'unit'),
  ruleId: t('ереже', 'правило', 'ruleId'),
  methodology: t('әдістеме', 'методика', 'methodology'),
  period: t('кезең', 'период', 'period'),
  path: t('жол', 'путь', 'path'),
  staffList: t('штат-кестесі', 'штатное-расписание', 'staffList'),
  id: t('идентификатор', 'идентификатор', 'id'),
  'column=field': t('баған=өріс', 'столбец=поле', 'column=field'),
  'field=value': t('өріс=мән', 'поле=значение', 'field=value'),
  sheet: t('парақ', 'лист', 'sheet'),
  text: t('мәтін', 'текст', 'text'),
  port: t('порт', 'порт', 'port'),
  host: t('мекенжай', 'адрес', 'host'),
  n: t('саны', 'число', 'n'),
  token: t('токен', 'токен', 'token'),
  published: t('жарияланған', 'опубликованный', 'published'),
  files: t('файлдар', 'файлы', 'files'),
  draft: t('жоба', 'проект', 'draft'),
  inputs: t('кірістер', 'входы', 'inputs'),
  command: t('команда', 'команда', 'command'),
  options: t('параметрлер', 'параметры', 'options'),
};

export const placeholder = (name: string, lang: Lang): string => PLACEHOLDERS[name]?.[lang] ?? name;

const TITLES: Record<string, Text3> = {
  'Usage:': t('Қолданылуы:', 'Использование:', 'Usage:'),
  'Options:': t('Параметрлер:', 'Параметры:', 'Options:'),
  'Arguments:': t('Аргументтер:', 'Аргументы:', 'Arguments:'),
  'Commands:': t('Командалар:', 'Команды:', 'Commands:'),
  'Global Options:': t('Жалпы параметрлер:', 'Общие параметры:', 'Global Options:'),
};
const HELP_OPTION = t('команданың анықтамасын көрсету', 'показать справку по команде', 'display help for command');
const HELP_COMMAND = t('команданың анықтамасын көрсету', 'показать справку по команде', 'display help for command');
const CHOICES = t('мәндері', 'значения', 'choices');
const DEFAULT = t('әдепкі', 'по умолчанию', 'default');

/** «<paths...>» → «<жолдар...>», «[options]» → «[параметрлер]». */
function placeholders(s: string, lang: Lang): string {
  return s.replace(/([<[])([^\]>]+?)(\.\.\.)?([\]>])/g, (_m, open: string, name: string, dots: string | undefined, close: string) => `${open}${placeholder(name, lang)}${dots ?? ''}${close}`);
}

const optionKey = (o: Option): string => (o.long ?? o.short ?? '').replace(/^--?/, '');
const pathOf = (cmd: Command): string => {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
};

/** The texts of one command's help in `lang`, or undefined where this table has none (a test makes that never). */
export function helpFor(path: string): CommandHelp | undefined {
  return Object.hasOwn(HELP, path) ? HELP[path] : undefined;
}

/**
 * Put the texts of HELP on `cmd` and each command below it, in `lang`, and make commander's own
 * words (titles, `[options]`, choices, default, the help option and command) speak it too.
 */
export function localizeHelp(cmd: Command, lang: Lang, terms?: (c: Command) => string | undefined): void {
  const h = helpFor(pathOf(cmd));
  if (h) cmd.description(h.description[lang]);
  for (const o of cmd.options) {
    const text = optionKey(o) === 'version' && !cmd.parent ? HELP['']!.options!['version'] : h?.options?.[optionKey(o)];
    if (text) o.description = text[lang];
  }
  for (const a of cmd.registeredArguments as Argument[]) {
    const text = h?.arguments?.[a.name()];
    if (text) a.description = text[lang];
  }
  cmd.helpOption('-h, --help', HELP_OPTION[lang]);
  if (cmd.commands.length) cmd.helpCommand(`help [${placeholder('command', lang)}]`, HELP_COMMAND[lang]);
  const extra = (choices: readonly string[] | undefined, def: { value: unknown; description: string | undefined; show: boolean }): string => {
    const bits: string[] = [];
    if (choices) bits.push(`${CHOICES[lang]}: ${choices.map((c) => `«${c}»`).join(', ')}`);
    if (def.show && def.value !== undefined) bits.push(`${DEFAULT[lang]}: «${def.description ?? String(def.value)}»`);
    return bits.length ? ` (${bits.join('; ')})` : '';
  };
  cmd.configureHelp({
    styleTitle: (s: string) => TITLES[s]?.[lang] ?? s,
    commandUsage: (c: Command) => {
      const names: string[] = [];
      for (let p: Command | null = c.parent; p; p = p.parent) names.unshift(p.name());
      return placeholders([...names, c.name(), c.usage()].join(' '), lang);
    },
    subcommandTerm: (c: Command) => placeholders(terms?.(c) ?? new Help().subcommandTerm(c), lang),
    optionTerm: (o: Option) => placeholders(o.flags, lang),
    argumentTerm: (a: Argument) => placeholder(a.name(), lang),
    optionDescription: (o: Option) => {
      const showDefault = o.required || o.optional || (o.isBoolean() && typeof o.defaultValue === 'boolean');
      return `${o.description}${extra(o.argChoices, { value: o.defaultValue, description: o.defaultValueDescription, show: !!showDefault && !o.negate && typeof o.defaultValue !== 'boolean' })}`;
    },
    argumentDescription: (a: Argument) => `${a.description}${extra(a.argChoices, { value: a.defaultValue, description: a.defaultValueDescription, show: true })}`,
  });
  for (const c of cmd.commands) localizeHelp(c, lang, terms);
}
