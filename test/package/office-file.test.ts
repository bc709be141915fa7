/**
 * A Word file renamed to .yaml, an Excel list sent as .json, a PDF scan: said to be what it is, with what to do, in
 * the reader's language — not «read as Windows-1251, no top-level methodology field» (a Word file before), nor a JSON
 * syntax error at «PK». A text package is read as before, and one such file in a folder does not stop the others.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docFromBytes } from '../../src/package/from-bytes.js';
import { officeKind } from '../../src/package/office-file.js';
import { buildIfStale } from '../built.js';
import { tempDir } from '../temp.js';

// an OpenDocument file's «mimetype» is its first entry, stored uncompressed (ODF 1.2 Part 3 § 3.3)
const zip = (entries: Record<string, string>): Uint8Array =>
  zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, [strToU8(v), { level: k === 'mimetype' ? 0 : 6 }]])));
const DOCX = zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
const XLSX = zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
const ODS = zip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>' });
const ODT = zip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<office:document-content/>' });
const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
const PDF = strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n');

describe('an office file given as a package', () => {
  it.each([
    ['Word', DOCX, 'word', 'draft check'],
    ['Excel', XLSX, 'excel', 'init --from'],
    ['OpenDocument spreadsheet', ODS, 'ods', 'init --from'],
    ['OpenDocument text', ODT, 'odt', 'draft check'],
    ['Word/Excel 97–2003', OLE, 'ole', 'draft check'],
    ['PDF', PDF, 'pdf', 'serve'],
  ] as const)('%s is named, with what to do, in kk, ru and en', (_, bytes, kind, todo) => {
    expect(officeKind(bytes)).toBe(kind);
    const doc = docFromBytes('a.yaml', bytes);
    expect(doc.data).toBeUndefined();
    expect(doc.findings).toHaveLength(1);
    const f = doc.findings[0]!;
    expect(f).toMatchObject({ ruleId: 'input', severity: 'error', facts: { fileKind: kind } });
    const m = f.message as { kk: string; ru: string; en: string };
    expect(m.en).toMatch(/not YAML or JSON text/);
    expect(m.ru).toMatch(/а не текст YAML или JSON/);
    expect(m.kk).toMatch(/YAML не JSON мәтіні емес/);
    for (const text of [m.kk, m.ru, m.en]) expect(text).toContain(todo);
    expect(JSON.stringify(doc.findings)).not.toMatch(/1251/);
  });

  it('text stays text: a package, and YAML that happens to begin with «PK»', () => {
    expect(officeKind(strToU8('methodology: mic-2018\n'))).toBeUndefined();
    const pk = docFromBytes('a.yaml', strToU8('PK: 1\n'));
    expect(pk.data).toEqual({ PK: 1 });
    expect(JSON.stringify(pk.findings)).not.toMatch(/YAML or JSON text/);
  });

  it('the CLI names it in the folder and checks the package beside it', () => {
    buildIfStale();
    const dir = tempDir('bagalau-office-');
    copyFileSync('samples/asa-a-corps/valid.yaml', join(dir, 'valid.yaml')); // its session is inline
    writeFileSync(join(dir, 'from-word.yaml'), DOCX);
    const r = spawnSync(process.execPath, ['dist/bundle/main.js', 'check', dir, '--lang', 'ru', '--no-progress', '--today', '2026-11-22'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(2); // a file that could not be read (README, CLI)
    expect(r.stdout).toContain('Это документ Word (.docx), а не текст YAML или JSON');
    expect(r.stdout).not.toMatch(/Windows-1251/);
    expect(r.stdout).toMatch(/Итого: 2 файла, 1 ошибка/);
  });
});
