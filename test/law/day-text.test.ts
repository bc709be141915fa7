/** Days in a sentence: «14.04.2026» in Kazakh and Russian, as the acts print them; the ISO day in English and in facts. */
import { describe, expect, it } from 'vitest';
import { dayText } from '../../src/law/day-text.js';
import { checkDocument } from '../../src/check/run.js';
import { createCalendar } from '../../src/law/calendar/index.js';
import { caseDoc, listCases } from '../../src/package/cases.js';
import { sessionLoader } from '../../src/package/load.js';
import { selectWording } from '../../src/check/as-of.js';
import { PACKS } from '../../src/acts/index.js';

describe('dayText', () => {
  it('writes an ISO day as DD.MM.YYYY in kk and ru, and leaves English and anything else alone', () => {
    expect(dayText('2026-04-14', 'kk')).toBe('14.04.2026');
    expect(dayText('2026-04-14', 'ru')).toBe('14.04.2026');
    expect(dayText('2026-04-14', 'en')).toBe('2026-04-14');
    expect(dayText('2026-04', 'ru')).toBe('2026-04');
    expect(dayText('Иванов 2026', 'kk')).toBe('Иванов 2026');
    expect(dayText('12026-04-1', 'kk')).toBe('12026-04-1');
  });
});

describe('dates in findings', () => {
  const calendar = createCalendar();
  it('a deadline finding says its days as DD.MM.YYYY in kk and ru, and keeps ISO days in English and in its facts', () => {
    const c = listCases('asa-b-model').find((x) => x.file.endsWith('calibration-application-late.yaml'))!;
    const f = checkDocument(caseDoc(c), { today: '2026-11-22', calendar, loadSession: sessionLoader() }).findings.find((x) => x.ruleId === 'asa-b-model/calibration-application-deadline')!;
    expect(f, c.file).toBeDefined();
    expect(f.message.ru).toMatch(/срок \d{2}\.\d{2}\.\d{4} \(5 раб\. дн\. от \d{2}\.\d{2}\.\d{4}\)/);
    expect(f.message.kk).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(f.message.en).toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(JSON.stringify(f.facts)).toMatch(/"\d{4}-\d{2}-\d{2}"/);
  });
  it('the engine\'s validity findings say their days the same way', () => {
    const kyz = PACKS.find((p) => p.id === 'kyzylorda-maslikhat-2018')!;
    const { findings } = selectWording(kyz, { from: '2023-05-01', to: '2023-12-31' });
    const f = findings.find((x) => x.ruleId === 'outside-validity')!;
    expect(f.message.ru).toContain('период 01.05.2023–31.12.2023');
    expect(f.message.kk).toContain('01.05.2023–31.12.2023 кезеңі');
    expect(f.message.en).toContain('the period 2023-05-01–2023-12-31');
  });
});
