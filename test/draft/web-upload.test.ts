/**
 * A draft uploaded to the web page is read as `bagalau draft check` reads a file of that name
 * (src/serve/api.ts, apiDraftCheck): a .doc, .odt or .rtf is named with what to do — it was «not valid
 * UTF-8 text» on the page while the command said what the file was.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiDraftCheck } from '../../src/serve/api.js';
import { HttpError } from '../../src/serve/http.js';

const refused = (file: string, name: string): HttpError => {
  try {
    apiDraftCheck(new Uint8Array(readFileSync(file)), { date: '2026-01-15', lang: 'en', name });
  } catch (e) {
    if (e instanceof HttpError) return e;
    throw e;
  }
  throw new Error(`${name} was not refused`);
};

describe('POST /api/draft/check with a file saved in another format', () => {
  it('a .doc, an .odt and an .rtf: a 400 whose finding says what the file is and to save it as .docx', () => {
    const doc = refused('test/draft/fixtures/old-word.doc', 'Әдістеме.doc');
    expect(doc.status).toBe(400);
    expect(doc.findings?.map((f) => f.ruleId)).toEqual(['input']);
    expect(doc.text.ru).toMatch(/это документ Word 97–2003 \(\.doc\) или файл Word, защищённый паролем \(снимите пароль\), такой файл не читается: откройте его в Word и сохраните как «Документ Word \(\*\.docx\)»/);
    expect(refused('test/draft/fixtures/writer.odt', 'draft.odt').text.kk).toMatch(/OpenDocument мәтіні \(\.odt, LibreOffice Writer\), ол оқылмайды/);
    expect(refused('test/draft/fixtures/wordpad.rtf', 'draft.rtf').text.en).toMatch(/this is an RTF file, which is not read: open it in Word and save it as «Word Document \(\*\.docx\)»/);
  });
});
