/**
 * The line under a field on the fill page starts with what is wrong: a schema finding's message begins with the
 * field's place in words, which the field's label already shows; the findings list keeps the whole message.
 */
import { describe, expect, it } from 'vitest';
import '../../src/acts/index.js'; // every pack, loaded
import { check } from '../../src/index.js';
import type { Finding } from '../../src/law/finding.js';

// web/lib.ts is typed against the browser's DOM, which this project's Node typecheck leaves out: loaded by a path
// the typecheck does not follow, its two functions typed here
const WEB_LIB = '../../web/lib.js';
const { errorSchemaFor, findingText } = (await import(WEB_LIB)) as {
  errorSchemaFor: (findings: Finding[], section: string[], lang: 'kk' | 'ru' | 'en') => unknown;
  findingText: (f: Finding, lang: 'kk' | 'ru' | 'en') => string;
};
import { readFileSync } from 'node:fs';

const valid = readFileSync('samples/mic-2018/valid.yaml', 'utf8');

describe('a field\'s own message line', () => {
  const findings = check(valid.replace('result: тиімді', 'result: жақсы'), { today: '2026-12-04', file: 'samples/mic-2018/x.yaml' }).findings;
  const f = findings.find((x) => x.path === '/forms/kpiSheet/result')!;
  it('the list says where: the form and the field', () => {
    expect(findingText(f, 'ru')).toMatch(/^«[^»]+» › «[^»]+»: значение должно быть одним из значений акта/);
  });
  it('under the field, the message starts with what is wrong', () => {
    const schema = errorSchemaFor(findings, ['forms', 'kpiSheet'], 'ru') as { result?: { __errors?: string[] } };
    expect(schema.result?.__errors?.[0]).toMatch(/^значение должно быть одним из значений акта: «/);
  });
});
