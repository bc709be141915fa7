/**
 * A missing form, field or step is named as the officer knows it: a field by the form's captions, an event by
 * the pack's label for it; the pointer or id the file spells follows in brackets. A rule run without the
 * runner's context (no pack) still names the pointer or id.
 */
import { describe, expect, it } from 'vitest';
import '../../src/acts/index.js'; // every pack, loaded
import { checkDocument } from '../../src/check/run.js';
import { createCalendar } from '../../src/law/calendar/index.js';
import { caseDoc, listCases } from '../../src/package/cases.js';
import { sessionLoader } from '../../src/package/load.js';
import { requiredRule } from '../../src/rules/presence.js';
import type { RuleContext } from '../../src/rules/rule.js';

const calendar = createCalendar();
const findingsOf = (pack: string, file: string) =>
  checkDocument(caseDoc(listCases(pack).find((c) => c.file.endsWith(file))!), { today: '2026-11-22', calendar, loadSession: sessionLoader() }).findings;

describe('what is missing, in words', () => {
  it('a field: the form\'s and the field\'s captions, then the pointer', () => {
    const f = findingsOf('asa-a-corps', 'agreement-unsigned.yaml').find((x) => x.ruleId === 'asa-a-corps/agreement-signed')!;
    expect(f.message.ru).toMatch(/отсутствует: «Приложение 1\. Ежегодное соглашение.*» › «Уполномоченное лицо» › «Дата» \(\/forms\/agreementCategory1\/authorizedPerson\/date\)/);
    expect(f.message.kk).toMatch(/жоқ: «.+» › «.+» › «.+» \(\/forms\/agreementCategory1\/authorizedPerson\/date\)/);
    expect(f.path.startsWith('/forms/agreementCategory1')).toBe(true);
  });
  it('an event: the pack\'s label, then the id', () => {
    const f = findingsOf('asa-b-model', 'calibration-no-protocol.yaml').find((x) => x.ruleId === 'asa-b-model/calibration-protocol')!;
    expect(f.message.ru).toContain('не записано событие «протокол калибровочной сессии подписан» (protocol-signed)');
    expect(f.message.en).toMatch(/event «[^»]+» not recorded \(protocol-signed\)/);
  });
  it('without the runner\'s pack, the pointer and the id alone', () => {
    const ctx = { pkg: {}, today: '2026-11-22', calendar, get: () => undefined, events: () => [] } as unknown as RuleContext;
    const field = requiredRule({ id: 't/f', clause: 'cl. 1', quote: 'q', title: { kk: 'т', ru: 'т', en: 't' }, require: { field: '/forms/x' }, path: '/forms/x' });
    const event = requiredRule({ id: 't/e', clause: 'cl. 1', quote: 'q', title: { kk: 'т', ru: 'т', en: 't' }, require: { event: 'done' }, path: '/events' });
    expect(field.check(ctx)[0]!.message.ru).toBe('т: отсутствует: /forms/x');
    expect(event.check(ctx)[0]!.message.ru).toBe('т: не записано событие «done»');
  });
});
