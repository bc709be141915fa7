/** Each result says who it is about, so that reports can group by body, unit and servant. */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/law/calendar/index.js';
// the bundled packs, which checkDocument looks up once loaded (a command loads the one its package names)
import '../../src/acts/index.js';
import { checkDocument } from '../../src/check/run.js';
import { whoOf } from '../../src/check/who.js';
import { loadFile } from '../../src/package/load.js';
const opts = { today: '2026-12-04', calendar: createCalendar() };
describe('who a result is about', () => {
    it('a valid package carries servant, unit, body, period, methodology and wording', () => {
        const r = checkDocument(loadFile('samples/mic-2018/valid.yaml'), opts);
        expect(r.servant).toEqual({
            id: 'MIC-0457',
            fullName: 'Нұрланова Әсел Бауыржанқызы',
            position: 'Медиа саясаты департаментінің бас сарапшысы',
            category: 'С-4',
            unit: 'Медиа саясаты департаменті',
            body: 'Қазақстан Республикасы Ақпарат және коммуникациялар министрлігі',
        });
        expect(r.period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
        expect(r.methodology).toBe('mic-2018');
        expect(r.wording).toBe('2018-03-26');
    });
    it('a broken package still says what it can; nothing is invented', () => {
        const r = checkDocument({ file: 'x.yaml', data: { methodology: 'no-such', servant: { fullName: 'Иванов И.', unit: 42, body: '  ' } }, findings: [] }, opts);
        expect(r.servant).toEqual({ fullName: 'Иванов И.' });
        expect(r.period).toBeUndefined();
        expect(whoOf([1, 2])).toEqual({});
        expect(whoOf({ period: { from: '2025-01-01' } })).toEqual({});
    });
});
