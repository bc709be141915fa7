/**
 * The working translations of the field captions live on the acts floor (src/acts/field-labels.ts), where the
 * check's messages read them; the web page's labels (web/field-labels.ts) take them from there and add the
 * schema's Kazakh title: both tables have the same fields, and the page says what the check says.
 */
import { describe, expect, it } from 'vitest';
import { FIELD_TRANSLATIONS } from '../../src/acts/field-labels.js';
import { FIELD_LABELS } from '../../web/field-labels.js';

describe('one table of field captions', () => {
  it('the page\'s Russian and English labels are the check\'s', () => {
    const page = Object.fromEntries(Object.entries(FIELD_LABELS).map(([k, l]) => [k, { ru: l.ru, en: l.en }]));
    expect(page).toEqual(FIELD_TRANSLATIONS);
  });
});
