/**
 * Findings say bounds, forms and numbers as a reader says them: «ожидалось от 3 до 5», not «≥ 3, ≤ 5»; a form by
 * its caption («Приложение 4: оценка методом ранжирования»), not the file's key («rankingSheet»); «4,75» with a comma
 * in Kazakh and Russian. The facts keep the machine's forms (`≥ 3, ≤ 5`, the key).
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../src/acts/index.js'; // every pack, loaded
import { checkDocument } from '../../src/check/run.js';
import { createCalendar } from '../../src/law/calendar/index.js';
import { caseDoc, listCases } from '../../src/package/cases.js';
import { loadFile, sessionLoader } from '../../src/package/load.js';
import { boundsText } from '../../src/rules/base.js';

const calendar = createCalendar();
const finding = (pack: string, file: string, ruleId: string) => {
  const c = listCases(pack).find((x) => x.file.endsWith(file));
  expect(c, file).toBeDefined();
  const f = checkDocument(caseDoc(c!), { today: '2026-11-22', calendar, loadSession: sessionLoader() }).findings.find((x) => x.ruleId === ruleId);
  expect(f, `${file}: ${ruleId}`).toBeDefined();
  return f!;
};

describe('bounds in words', () => {
  it('exactly, from–to, at least, at most', () => {
    expect(boundsText({ exactly: 5 })).toEqual({ kk: '5', ru: '5', en: '5' });
    expect(boundsText({ min: 3, max: 5 })).toEqual({ kk: '3–5', ru: 'от 3 до 5', en: '3 to 5' });
    expect(boundsText({ min: 1 })).toEqual({ kk: 'кемінде 1', ru: 'не менее 1', en: 'at least 1' });
    expect(boundsText({ max: 7 })).toEqual({ kk: 'көп дегенде 7', ru: 'не более 7', en: 'at most 7' });
  });
  it('a list of 2 where 3 to 5 are required (count kind), the facts keep the signs', () => {
    const f = finding('sjc-apparatus', 'kpi-count-two.yaml', 'sjc-apparatus/kpi-count');
    expect(f.message.ru).toMatch(/: ожидалось от 3 до 5, найдено 2$/);
    expect(f.message.kk).toMatch(/: күтілгені 3–5, табылғаны 2$/);
    expect(f.message.en).toMatch(/: expected 3 to 5, found 2$/);
    expect(f.facts?.['expected']).toBe('≥ 3, ≤ 5');
  });
  it('exactly five (count kind), at least one (count-each kind), a commission of at least five', () => {
    expect(finding('mic-2018', 'kpi-count.yaml', 'mic-2018/kpi-count').message.ru).toMatch(/: ожидалось 5, найдено 4$/);
    expect(finding('sjc-apparatus', 'survey-no-direct-head.yaml', 'sjc-apparatus/survey-direct-head').message.ru).toMatch(/: ожидалось не менее 1, найдено 0$/);
    const size = finding('mic-2018', 'commission-size.yaml', 'mic-2018/commission-size');
    expect(size.message.ru).toMatch(/требуется: не менее 5$/);
    expect(size.message.kk).toMatch(/талап: кемінде 5$/);
  });
});

describe('forms by their captions', () => {
  it('a servant too short a time in the post (tenure-in-period kind): the forms filled in by their captions', () => {
    const f = finding('sjc-apparatus', 'tenure-short.yaml', 'sjc-apparatus/tenure');
    expect(f.message.kk).toMatch(/толтырылған: «\d-қосымша[^»]*»/);
    expect(f.message.ru).toMatch(/заполнено: «Приложение \d[^»]*»/);
    expect(f.message.kk).not.toMatch(/[A-Za-z]{3,}/);
    expect(f.facts?.['forms']).toEqual(expect.arrayContaining(['rankingSheet']));
    expect(finding('sjc-apparatus', 'plan-short-tenure.yaml', 'sjc-apparatus/plan-short-tenure').message.ru).toMatch(/заполнено: «Приложение 1[.:] [^»]+»$/);
  });
  it('the App. 4 group read by the position words (competency kind): the field by its caption, its key after it', () => {
    const c = listCases('kyzylorda-maslikhat-2018').find((x) => x.file.endsWith('split-code-by-position.yaml'))!;
    const all = checkDocument(caseDoc(c), { today: '2026-11-22', calendar, loadSession: sessionLoader() }).findings;
    const f = all.find((x) => x.ruleId === 'kyzylorda-maslikhat-2018/indicators' && x.severity === 'info');
    expect(f, all.map((x) => x.message.kk).join('\n')).toBeDefined();
    expect(f!.message.kk).toContain('«басшы лауазым» (servant.managerial) көрсетілмеген');
    expect(f!.message.ru).toContain('«руководящая должность» (servant.managerial) не указано');
  });
  it('the form of the other category (form-assignment kind)', () => {
    const f = finding('asa-b-model', 'form-by-category.yaml', 'asa-b-model/form-by-category');
    expect(f.message.ru).toMatch(/форма «Приложение 2\. Оценочный лист лица, не занимающего руководящую должность», заполнена «Приложение 1\. /);
    expect(f.message.en).not.toMatch(/managerialSheet/);
    expect(f.facts?.['found']).toBe('managerialSheet');
    const a = finding('asa-a-corps', 'agreement-form.yaml', 'asa-a-corps/agreement-form');
    expect(a.message.kk).toMatch(/^[^:]+: 1-санат \(/); // «1-санат», not «1-санат санаты»
    expect(a.message.kk).toMatch(/«1-қосымша\. .+» нысаны, толтырылғаны «2-қосымша\. /);
  });
  it('a form this category does not fill (forms-by-category kind)', () => {
    const f = finding('sjc-apparatus', 'method-head-ranked.yaml', 'sjc-apparatus/method-by-category');
    expect(f.message.ru).toContain('форма «Приложение 4: оценка методом ранжирования» не заполняется');
    expect(f.message.kk).not.toMatch(/rankingSheet/);
  });
});

describe('numbers with a decimal comma in kk and ru', () => {
  it('a grade bound of App. 4 (percent-table kind)', () => {
    const f = finding('asa-a-corps', 'assignments-above-maximum.yaml', 'asa-a-corps/assignments-kpi-maximum');
    expect(f.message.ru).toContain('оценка ≤ 4,75, поставлено 4,8');
    expect(f.message.kk).toContain('баға ≤ 4,75, қойылғаны 4,8');
    expect(f.message.en).toContain('allows ≤ 4.75, found 4.8');
  });
});

describe('a step not recorded says how long ago its deadline passed, or how long is left, as every kind says it', () => {
  const at = (file: string, ruleId: string, today: string) => {
    const c = listCases('sjc-apparatus').find((x) => x.file.endsWith(file))!;
    return checkDocument(caseDoc(c), { today, calendar, loadSession: sessionLoader() }).findings.find((x) => x.ruleId === ruleId)!;
  };
  it('limit-before kind (the Sector\'s actual values, cl. 22): overdue and open', () => {
    const overdue = at('actuals-overdue.yaml', 'sjc-apparatus/actuals-sent', '2026-11-22');
    expect(overdue.message.ru).toMatch(/: ещё не выполнено; срок 02\.07\.2026 истёк \(99 раб\. дн\. назад, дата проверки 22\.11\.2026\)$/);
    expect(overdue.message.kk).toMatch(/мерзімі 02\.07\.2026 өтіп кетті \(99 жұмыс күні өтті, тексеру күні 22\.11\.2026\)$/);
    expect(overdue.message.en).toMatch(/the deadline 2026-07-02 has passed \(99 working days ago, as of 2026-11-22\)$/);
    const open = at('actuals-open.yaml', 'sjc-apparatus/actuals-sent', '2026-06-25');
    expect(open.message.ru).toMatch(/: ещё не выполнено; срок 02\.07\.2026, осталось 5 раб\. дн\. \(дата проверки 25\.06\.2026\)$/);
  });
  it('return-deadline kind (a head evaluated after returning, cl. 5): overdue and open', () => {
    expect(at('absent-evaluation-overdue.yaml', 'sjc-apparatus/absent-kpi-evaluation', '2026-11-22').message.ru).toMatch(/срок 22\.07\.2026 истёк \(86 раб\. дн\. назад, дата проверки 22\.11\.2026\)$/);
    expect(at('absent-evaluation-open.yaml', 'sjc-apparatus/absent-kpi-evaluation', '2026-07-17').message.ru).toMatch(/срок оценки 22\.07\.2026, осталось 3 раб\. дн\. \(дата проверки 17\.07\.2026\)$/);
  });
});

describe('rules not run: said in the words of the one who fills the forms', () => {
  it('names the filling of the forms, not the «schema» or «structure» of a file', () => {
    // a date that does not exist: a field filled wrong
    const doc = loadFile('samples/asa-b-model/valid.yaml');
    (doc.data as { servant: { appointedOn: string } }).servant.appointedOn = '2024-02-31';
    const f = checkDocument(doc, { today: '2026-11-22', calendar, loadSession: sessionLoader() }).findings.find((x) => x.ruleId === 'rules-not-run')!;
    expect(f).toBeDefined();
    expect(f.message.ru).toBe('Правила методики не проверялись: сначала исправьте ошибки заполнения форм');
    expect(f.message.kk).toBe('Әдістеме ережелері тексерілмеді: алдымен нысандарды толтырудағы қателерді түзетіңіз');
    for (const l of ['kk', 'ru', 'en'] as const) expect(f.message[l]).not.toMatch(/сызба|структур|struct|schema/i);
  });
});

/**
 * A rule's Kazakh and Russian title and note say things in words: an English identifier (a field `servant.managerial`,
 * a rule id `quarterly-deadline`, a form key `workPlan`) may stand only in brackets right after the words it names
 * («басшы лауазым» (servant.managerial)), for the reader who writes the package. Latin that is the act's own is left:
 * a code with a digit (categories D-1, E-R-1, the App. 4 groups G2), a Roman numeral (Table I), a code's letters («V-»).
 * The same for what `bagalau methodologies` prints of a pack: the provisions it cannot check, the appendices' notes.
 */
function latinIdentifiers(text: string): string[] {
  const s = text
    .replace(/»\s*\([\w./-]+\)/g, '»') // «label» (identifier)
    .replace(/[^\s,;:()«»]*\d[^\s,;:()«»]*/g, ' '); // codes with a digit
  // a Roman numeral; a category code's letters as the act prints them («V-», «E-R-»)
  return (s.match(/[A-Za-z][\w./-]*/g) ?? []).filter((w) => !/^[IVX]+$/.test(w) && !/^[A-Z](?:-[A-Z])*-$/.test(w));
}

describe('rule texts in words', () => {
  it('the scan finds an identifier standing for a word, and leaves codes and a label with its identifier', () => {
    expect(latinIdentifiers('Парақ servant.managerial белгісімен таңдалады, form-by-category сияқты')).toEqual(['servant.managerial', 'form-by-category']);
    expect(latinIdentifiers('пакетті quarterly-deadline емес, осы ереже атайды')).toEqual(['quarterly-deadline']);
    expect(latinIdentifiers('«басшы лауазым» (servant.managerial) белгісімен; D-1, E-R-1 санаттары; G2 тобы; таблица I; «V-»')).toEqual([]);
    expect(latinIdentifiers('тек қызметкері тексеріледі (calibration-hr-member); `protocol` тек')).toEqual(['calibration-hr-member', 'protocol']);
  });

  it('every pack: the kk and ru title and note of every rule', () => {
    const found: string[] = [];
    for (const pack of PACKS)
      for (const rule of pack.rules)
        for (const [part, text] of [['title', rule.title], ['note', rule.note]] as const)
          for (const lang of ['kk', 'ru'] as const) {
            const ids = text ? latinIdentifiers(text[lang]) : [];
            if (ids.length) found.push(`${rule.id} ${part}.${lang}: ${ids.join(', ')}`);
          }
    expect(found).toEqual([]);
    expect(PACKS.flatMap((p) => p.rules).filter((r) => r.note).length).toBeGreaterThan(20);
  });

  it('every pack: the kk and ru reasons of the provisions it cannot check, and the notes of its appendices', () => {
    const found: string[] = [];
    for (const pack of PACKS) {
      const texts = [...pack.unchecked.map((u, i) => [`unchecked ${i} (${u.clause})`, u.reason] as const), ...pack.appendices.map((a) => [`App. ${a.no}`, a.note] as const)];
      for (const [where, text] of texts)
        for (const lang of ['kk', 'ru'] as const) {
          const ids = text ? latinIdentifiers(text[lang]) : [];
          if (ids.length) found.push(`${pack.id} ${where} ${lang}: ${ids.join(', ')}`);
        }
    }
    expect(found).toEqual([]);
    expect(PACKS.flatMap((p) => p.unchecked).length).toBeGreaterThan(50);
  });
});
