/**
 * The JSON parser's errors reach the user in their language: every error V8's JSON.parse gives for a
 * broken package is worded in Kazakh and Russian (the English message kept for en), not quoted in
 * English. Each input below breaks JSON one way; a V8 whose wording changed makes the lookup miss and
 * this test fail (the user would then see the quoted English again).
 */
import { describe, expect, it } from 'vitest';
import { jsonErrorText } from '../../src/package/yaml-messages.js';

const BROKEN = ['{"a":1,,}', '{"a" 1}', '{a:1}', '[1 2]', '{"a":1 "b":2}', '"abc', '"a\u0001"', '"\\q"', '{} x', '-', '1e', '1.', '"\\u12"', '', 'tru', 'x'];
const messageOf = (text: string): string => {
  try {
    JSON.parse(text);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`${text} parsed`);
};

describe('JSON syntax errors in kk and ru', () => {
  it.each(BROKEN)('%j: worded, not quoted', (text) => {
    const m = messageOf(text);
    const t = jsonErrorText(m);
    expect(t.kk).toMatch(/^JSON синтаксис қатесі: /);
    expect(t.kk.replace(/JSON/g, '')).not.toMatch(/талдаушы хабары|[A-Za-z]{4,}/);
    expect(t.ru.replace(/JSON/g, '')).not.toMatch(/сообщение разборщика|[A-Za-z]{4,}/);
    expect(t.en).toBe(`JSON syntax error: ${m}`);
  });
  it('an unknown message is quoted, so it is never lost', () => {
    expect(jsonErrorText('Something new').kk).toBe('JSON синтаксис қатесі: талдаушы хабары: «Something new»');
  });
});
