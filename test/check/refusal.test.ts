/**
 * mic-2018 cl. 40–42: a servant who refuses in writing has been offered familiarisation in time;
 * the refusal (with its act and the intranet sending) answers cl. 40 without a separate
 * «familiarised» event. Found by a reader who wrote such a package from the README alone.
 */
import { describe, expect, it } from 'vitest';
// the bundled packs, which checkDocument looks up once loaded (a command loads the one its package names)
import '../../src/acts/index.js';
import { checkDocument } from '../../src/check/run.js';
import { createCalendar } from '../../src/law/calendar/index.js';
import { caseDoc, findCase } from '../../src/package/cases.js';
import { sessionLoader } from '../../src/package/load.js';

const calendar = createCalendar();
const CASE = findCase('mic-2018', 'refusal-act-signatories');

function refusedOn(date: string) {
  const doc = caseDoc(CASE);
  const data = doc.data as { forms: { refusalAct: { signatories: unknown[] } }; events: Array<{ type: string; date: string }> };
  data.forms.refusalAct.signatories.push({ name: 'Серікова Ақбота Нұрланқызы' }); // HR + two others (cl. 41)
  data.events = data.events.filter((e) => e.type !== 'familiarised');
  for (const e of data.events) if (e.type === 'familiarisation-refused' || e.type === 'sent-via-intranet') e.date = date;
  return checkDocument(doc, { today: '2026-11-22', calendar, loadSession: sessionLoader() }).findings.filter((f) => f.severity !== 'info');
}

describe('mic-2018 familiarisation by refusal', () => {
  it('a refusal within 2 working days of approval satisfies cl. 40', () => {
    expect(refusedOn('2026-01-22')).toEqual([]);
  });
  it('a refusal recorded late is late', () => {
    expect(refusedOn('2026-01-28').map((f) => f.ruleId)).toEqual(['mic-2018/familiarisation']);
  });
});
