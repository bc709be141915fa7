/**
 * A package file saved empty (or cut before its first key) is said to be empty, in the reader's language — not «not an
 * evaluation package: no top-level methodology field» (YAML reads nothing as null) nor «the file ended before the
 * JSON did», which sent the reader looking for a key or a bracket. A file with content keeps its own message.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/package/parse.js';
import { docFromBytes } from '../../src/package/from-bytes.js';

const EMPTY = { kk: 'Файл бос', ru: 'Файл пуст', en: 'The file is empty' };
const messageOf = (text: string, kind: 'json' | 'yaml') => parseText(text, kind).findings.map((f) => typeof f.message === 'string' ? f.message : f.message.en);

describe('an empty package file', () => {
  it.each([
    ['empty YAML', '', 'yaml'],
    ['YAML of blank lines', '\n  \r\n\t\n', 'yaml'],
    ['YAML of comments and document markers', '# бағалау пакеті\n---\n# толтырылмаған\n...\n', 'yaml'],
    ['empty JSON', '', 'json'],
    ['JSON of white space', ' \n\n', 'json'],
  ] as const)('%s is said to be empty, and gives no data', (_, text, kind) => {
    const parsed = parseText(text, kind);
    expect(parsed.data).toBeUndefined();
    expect(parsed.findings).toHaveLength(1);
    expect(parsed.findings[0]!.ruleId).toBe('input');
    expect(parsed.findings[0]!.message).toMatchObject({ kk: expect.stringContaining(EMPTY.kk), ru: expect.stringContaining(EMPTY.ru), en: expect.stringContaining(EMPTY.en) });
  });

  it('the same through the bytes the page and the API hand in (a BOM alone is empty too)', () => {
    const doc = docFromBytes('a.yaml', new Uint8Array([0xef, 0xbb, 0xbf, 0x0a]));
    expect(doc.data).toBeUndefined();
    expect(doc.findings.map((f) => (f.message as { ru: string }).ru)).toEqual([expect.stringContaining(EMPTY.ru)]);
  });

  it.each([
    ['a YAML null', 'null\n', 'yaml'],
    ['a package after a comment', '# comment\nmethodology: mic-2018\n', 'yaml'],
    ['a cut JSON', '{"methodology": "mic-2018",', 'json'],
    ['a YAML key with no value', 'methodology:\n', 'yaml'],
  ] as const)('%s is not called empty', (_, text, kind) => {
    expect(messageOf(text, kind).some((m) => m.includes(EMPTY.en))).toBe(false);
  });
});
