/** A finding's citation names the wording by its date as each language writes a day (law/day-text.ts). */
import { describe, expect, it } from 'vitest';
import { citeText, wordingText } from '../../src/report/i18n.js';
describe('citeText', () => {
    const cite = { act: 'mic-2018', clause: 'cl. 7 pt. 2', wording: '2018-03-26' };
    it('writes the wording date as «26.03.2018» in kk and ru, and ISO in English', () => {
        expect(citeText(cite, 'kk')).toBe('mic-2018, 7-тармақтың 2-бөлігі (26.03.2018 редакциясы)');
        expect(citeText(cite, 'ru')).toBe('mic-2018, 7 п. 2 ч. (редакция от 26.03.2018)');
        expect(citeText(cite, 'en')).toBe('mic-2018, cl. 7 pt. 2 (wording 2018-03-26)');
    });
    it('the text report\'s file line says the wording the same way', () => {
        expect(wordingText('2025-07-28', 'ru')).toBe('редакция от 28.07.2025');
    });
});
