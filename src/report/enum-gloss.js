const g = (kk, ru, en, also) => (also ? { kk, ru, en, also } : { kk, ru, en });
export const GLOSSES = [
    // grades of the KPI sheet and the commission (mic-2018, almaty-maslikhat-2018 cl. 19; asa-a-corps)
    g('өте жақсы', 'отлично', 'excellent'),
    g('тиімді', 'эффективно', 'effective'),
    g('қанағаттанарлық', 'удовлетворительно', 'satisfactory'),
    g('қанағаттанарлықсыз', 'неудовлетворительно', 'unsatisfactory'),
    // asa-b-model and sjc-apparatus results
    g('Функционалдық міндеттерін тиімді атқарады', 'эффективно исполняет функциональные обязанности', 'performs the functional duties effectively'),
    g('Функционалдық міндеттерін тиісті түрде атқарады', 'надлежащим образом исполняет функциональные обязанности', 'performs the functional duties properly'),
    g('Функционалдық міндеттерін қанағаттанарлық түрде атқарады', 'удовлетворительно исполняет функциональные обязанности', 'performs the functional duties satisfactorily'),
    g('Функционалдық міндеттерін қанағаттанарлықсыз түрде атқарады', 'неудовлетворительно исполняет функциональные обязанности', 'performs the functional duties unsatisfactorily'),
    // asa-a-corps decisions
    g('атқаратын лауазымына сай', 'соответствует занимаемой должности', 'fit for the post held'),
    g('атқаратын лауазымына сай емес', 'не соответствует занимаемой должности', 'not fit for the post held'),
    // KPI achieved, competency results (mic-2018 App. 2, 3)
    g('көрсеткішке қол жетті', 'показатель достигнут', 'indicator achieved'),
    g('көрсеткішке қол жетпеді', 'показатель не достигнут', 'indicator not achieved'),
    g('күтілетін нәтижеге сәйкес', 'соответствует ожидаемому результату', 'meets the expected result', ['күтілген нәтижеге сәйкес']),
    g('күтілетін нәтижеге сәйкес емес', 'не соответствует ожидаемому результату', 'does not meet the expected result', ['күтілген нәтижеге сәйкес емес']),
    // commission decisions
    g('бағалау нәтижелерін бекіту', 'утвердить результаты оценки', 'approve the evaluation results'),
    g('бағалау нәтижелерін қайта қарау', 'пересмотреть результаты оценки', 'review the evaluation results'),
    g('бағалаушы адамның бағасын қолдауы', 'поддержать оценку оценивающего лица', "uphold the evaluator's grade"),
    g('бағалауға түзетулер енгізу', 'внести корректировки в оценку', 'adjust the evaluation'),
    // sessions
    g('Ұлттық комиссия', 'Национальная комиссия', 'National Commission'),
    g('калибрлеу сессиясы', 'калибровочная сессия', 'calibration session'),
    // categories (asa-a-corps)
    g('1-санат', 'категория 1', 'category 1'),
    g('2-санат', 'категория 2', 'category 2'),
    // absences
    g('еңбек демалысында', 'в трудовом отпуске', 'on annual leave'),
    g('еңбек демалыстары', 'трудовые отпуска', 'annual leave'),
    g('еңбек немесе әлеуметтік демалыста', 'в трудовом или социальном отпуске', 'on annual or social leave'),
    g('жалақы сақталмайтын демалысында', 'в отпуске без сохранения заработной платы', 'on unpaid leave'),
    g('уақытша еңбекке жарамсыздығы кезеңінде', 'в период временной нетрудоспособности', 'during temporary incapacity for work', ['еңбекке уақытша қабілетсіздігі кезеңінде']),
    g('еңбекке уақытша жарамсыздық', 'временная нетрудоспособность', 'temporary incapacity for work'),
    g('іссапарда', 'в командировке', 'on a business trip', ['іс-сапарда']),
    g('іссапар', 'командировка', 'business trip'),
    g('тағылымдамада', 'на стажировке', 'on an internship'),
    g('қайта даярлауға', 'на переподготовку', 'sent for retraining'),
    g('қайта даярлауда', 'на переподготовке', 'in retraining'),
    g('қайта даярлау', 'переподготовка', 'retraining'),
    g('біліктілігін арттыруға', 'на повышение квалификации', 'sent for professional development'),
    g('біліктілігін арттыруда', 'на повышении квалификации', 'in professional development'),
    g('біліктілігін арттыру', 'повышение квалификации', 'professional development'),
    // disciplinary sanctions (asa-b-model)
    g('ескерту', 'замечание', 'remark'),
    g('сөгіс', 'выговор', 'reprimand'),
    g('қатаң сөгіс', 'строгий выговор', 'severe reprimand'),
    g('жазаның өзге де түрлері', 'иные виды взысканий', 'other sanctions'),
    // the evaluator's basis (asa-b-model App.)
    g('мәслихаттың төрағасы', 'председатель маслихата', 'chair of the maslikhat'),
    g('алмастырушы адам', 'замещающее лицо', 'the person standing in'),
    g('қабылдаушы мемлекеттік орган', 'принимающий государственный орган', 'the receiving state body'),
    g('аппарат басшысы', 'руководитель аппарата', 'head of the apparatus'),
    g('бағалаушы адам айқындайтын "Б" корпусының мемлекеттік әкімшілік қызметшілері', 'административные государственные служащие корпуса «Б», определяемые оценивающим лицом', 'corps "B" servants named by the evaluator'),
    // 360 evaluation (sjc-apparatus)
    g('тікелей басшы', 'непосредственный руководитель', 'direct superior'),
    g('тікелей бағынатын "Б" корпусының қызметшісі', 'непосредственно подчинённый служащий корпуса «Б»', 'a directly subordinate corps "B" servant'),
    g('лауазымы бойынша бағаланушы адаммен бір деңгейде', 'на одном уровне по должности с оцениваемым', 'at the same level of post as the one evaluated'),
    g('өзін-өзі бағалау', 'самооценка', 'self-evaluation'),
    g('құзырет көрінбейді', 'компетенция не проявляется', 'the competency is not shown'),
    g('құзырет сирек көрінеді', 'компетенция проявляется редко', 'the competency is rarely shown'),
    g('құзырет жағдайлардың жартысында көрінеді', 'компетенция проявляется в половине случаев', 'the competency is shown in half of the cases'),
    g('құзырет көп жағдайда көрінеді', 'компетенция проявляется в большинстве случаев', 'the competency is shown in most cases'),
    g('құзырет әрқашан көрінеді', 'компетенция проявляется всегда', 'the competency is always shown'),
    // evaluation parameters (asa-b-model, sjc-apparatus)
    g('Функционалдық міндеттерді орындау сапасы', 'качество исполнения функциональных обязанностей', 'quality of performing the functional duties'),
    g('Міндеттерді орындау мерзімдерін сақтау', 'соблюдение сроков исполнения поручений', 'meeting the deadlines of tasks'),
    g('Дербестік және бастамашылдық', 'самостоятельность и инициативность', 'independence and initiative', ['Дербестік және бастамашылық']),
    g('Еңбек тәртібін сақтау', 'соблюдение трудовой дисциплины', 'observing labour discipline'),
    g('Бағалаушы адамның еңбек тәртібін сақтауы', 'соблюдение трудовой дисциплины оцениваемым лицом', 'labour discipline of the person evaluated'),
    g('Тәртіптік жазалардың болмауы', 'отсутствие дисциплинарных взысканий', 'no disciplinary sanctions'),
    g('Жетекшілік ететін бөлімшелерде (жетекшілік ететін қызметшілердің) міндеттердің сапалы орындалуын қамтамасыз ету', 'обеспечение качественного исполнения поручений в курируемых подразделениях (курируемыми служащими)', 'ensuring that tasks are done well in the units (by the servants) supervised'),
    g('Жетекшілік ететін бөлімшелерде (жетекшілік ететін қызметшілердің) міндеттердің орындалу мерзімдерінің сақталуын қамтамасыз ету', 'обеспечение соблюдения сроков исполнения поручений в курируемых подразделениях (курируемыми служащими)', 'ensuring that deadlines are met in the units (by the servants) supervised'),
    g('Көшбасшылық және шешім қабылдау дағдылары', 'лидерство и навыки принятия решений', 'leadership and decision-making skills'),
    // mandatory KPIs (asa-a-corps)
    g('Қазақстан Республикасы Президентінің, Қазақстан Республикасы Премьер-Министрінің, Қазақстан Республикасы Президенті Әкімшілігінің және Қазақстан Республикасы Үкіметі Аппаратының тапсырмалары мен актілерінің сапалы және уақтылы орындалуын қамтамасыз ету (оның ішінде мәтіннің түпнұсқалығы, мемлекеттік және орыс тілінің сапасы, ресімделуі)', 'обеспечение качественного и своевременного исполнения поручений и актов Президента, Премьер-Министра, Администрации Президента и Аппарата Правительства (в том числе аутентичность текста, качество государственного и русского языков, оформление)', "ensuring that the instructions and acts of the President, the Prime Minister, the Presidential Administration and the Government's Office are carried out well and on time (including the authenticity of the text, the quality of the state and Russian languages, the layout)"),
    g('Жеке және заңды тұлғалардың өтініштерін уақтылы және сапалы қарауды қамтамасыз ету', 'обеспечение своевременного и качественного рассмотрения обращений физических и юридических лиц', 'ensuring that applications of individuals and legal entities are considered well and on time'),
    g('Мемлекеттік қызметшілердің еңбек жағдайларына қанағаттануы (оның ішінде материалдық-техникалық, кадрлық және қаржылық қамтамасыз ету)', 'удовлетворённость государственных служащих условиями труда (в том числе материально-техническим, кадровым и финансовым обеспечением)', "servants' satisfaction with their working conditions (including material, staffing and financial support)"),
    g('Мемлекеттік қызмет істері жөніндегі уәкілетті орган белгілейтін НМИ', 'КЦП, устанавливаемые уполномоченным органом по делам государственной службы', 'KPIs set by the civil service authority'),
    // competencies (mic-2018, almaty-maslikhat-2018 App. 3; kyzylorda-maslikhat-2018 App. 4 in capitals; sjc-apparatus 360)
    g('Қызметті басқару', 'управление деятельностью', 'managing the work', ['ҚЫЗМЕТТІК БАСҚАРУ']),
    g('Ынтымақтастық', 'сотрудничество', 'cooperation', ['ЫНТЫМАҚТАСТЫҚ']),
    g('Шешім қабылдау', 'принятие решений', 'decision-making', ['ШЕШІМ ҚАБЫЛДАУ']),
    g('Қызметті тұтынушыға бағдарлану', 'ориентация на потребителя услуг', 'orientation to the service user', ['Қызметті тұтынушыға бағдарлану *', 'ҚЫЗМЕТТІ ТҰТЫНУШЫҒА БАҒДАРЛАНУ']),
    g('Қызметті тұтынушыларды хабарландыру', 'информирование потребителей услуг', 'informing service users', ['Қызметті тұтынушыларды хабарландыру *', 'ҚЫЗМЕТТІ ТҰТЫНУШЫҒА АҚПАРАТТАНДЫРУ']),
    g('Жеделділік', 'оперативность', 'promptness', ['ЖЕДЕЛДІЛІК']),
    g('Өздігінен даму', 'саморазвитие', 'self-development', ['ӨЗДІГІНЕН ДАМУ']),
    g('Өзін-өзі дамыту', 'саморазвитие', 'self-development'),
    g('Адалдық', 'добропорядочность', 'integrity', ['АДАЛДЫҚ']),
    g('Стресске орнықтылық', 'стрессоустойчивость', 'resilience to stress', ['Стреске орнықтылық', 'СТРЕССКЕ ОРНЫҚТЫЛЫҚ']),
    g('Жауапкершілік', 'ответственность', 'responsibility', ['ЖАУАПКЕРШІЛІК']),
    g('Бастамашылдық', 'инициативность', 'initiative', ['БАСТАМАШЫЛДЫҚ']),
    g('Дербестік және шешім қабылдау дағдылары', 'самостоятельность и навыки принятия решений', 'independence and decision-making skills', ['Дербестік және шешімдерді қабылдау дағдылары']),
    g('Тиімді коммуникациялар құру', 'построение эффективных коммуникаций', 'building effective communication', ['Тиімді коммуникацияларды құру']),
    g('Топты басқару', 'управление командой', 'managing a team'),
    g('Көшбасшылық қасиеттер', 'лидерские качества', 'leadership qualities'),
    g('Нәтижеге бағдарлану', 'ориентация на результат', 'orientation to results', ['Нәтижеге бағдарланау']),
    g('Әдеп нормалары мен қағидаларын ұстану', 'соблюдение норм и правил этики', 'following the norms and rules of ethics', ['Әдеп нормалары мен қагидаларын ұстану']),
    g('Өзгерістерді басқару', 'управление изменениями', 'managing change'),
];
let index;
/** The gloss of an act's value, by any of its spellings. */
export function glossOf(value) {
    if (!index) {
        index = new Map();
        for (const e of GLOSSES)
            for (const v of [e.kk, ...(e.also ?? [])])
                index.set(v, e);
    }
    return index.get(value);
}
/**
 * A message for a ru or en reader with each quoted enum value glossed on its first use:
 * «тиімді» → «тиімді» (effective). Kazakh text is returned as it is; a value already followed by a
 * bracket is left alone.
 */
export function withGlosses(text, lang) {
    if (lang === 'kk' || !text.includes('«'))
        return text;
    const seen = new Set();
    return text.replace(/«([^«»]+)»(?!\s*\()/g, (whole, value) => {
        const e = glossOf(value);
        if (!e || seen.has(e))
            return whole;
        seen.add(e);
        return `${whole} (${e[lang]})`;
    });
}
