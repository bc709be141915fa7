/**
 * A Word author refers to clause 11 with a cross-reference (Insert → Cross-reference → Numbered item → «Paragraph
 * number»): a REF field to a hidden bookmark on clause 11, whose result («11») the file holds. Before, only that
 * result was read, so a reference left showing «11» after a clause was inserted above (clause 11 now 12; the fields
 * not updated) was checked against clause 11, and one whose clause was deleted with its bookmark — Word shows an
 * error once the fields are updated — was not told at all. Built with the `docx` package and the XML Word writes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';
import { docxDraft, docxToMarkdown } from '../../src/draft/docx.js';
import { edit } from './restarted.js';
import { wordDraft } from './word-author.js';

const kk = readFileSync(join(import.meta.dirname, 'cases/faithful.md'), 'utf8');
const DATE = '2026-01-15';
const CLAUSE_11 = 'Бағалау нәтижелерімен келіспеген жағдайда';
const REF_IN_19 = 'Әдістеменің 11-тармағында көзделген тәртіппен калибрлеу';

/** Clause 11 bookmarked (`bookmark`, or none) and clause 19's «11» a REF field to `target` showing `shows`. */
async function withReference(md: string, shows: string, bookmark: string | null, target = '_Ref11'): Promise<Uint8Array> {
  const files = unzipSync(await wordDraft(md, { clauseRestart: 0 }));
  const xml = strFromU8(files['word/document.xml'] as Uint8Array);
  let out = bookmark ? xml.replace(new RegExp(`(<w:r>(?:(?!<w:r>).)*?<w:t xml:space="preserve">${CLAUSE_11})`, 's'), `<w:bookmarkStart w:id="7" w:name="${bookmark}"/>$1`) : xml;
  if (bookmark) out = out.replace(/(<w:bookmarkStart w:id="7"[^>]*\/>(?:(?!<\/w:p>).)*)(<\/w:p>)/s, '$1<w:bookmarkEnd w:id="7"/>$2');
  out = out.replace(/Әдістеменің 11-тармағында көзделген тәртіппен калибрлеу/, () =>
    `Әдістеменің </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF ${target} \\r \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${shows}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve">-тармағында көзделген тәртіппен калибрлеу`);
  expect(out).toContain(' REF ');
  if (bookmark) expect(out).toContain(`w:name="${bookmark}"`);
  files['word/document.xml'] = strToU8(out);
  return zipSync(files);
}

function check(bytes: Uint8Array) {
  const d = docxToMarkdown(bytes);
  const r = checkDraft(d.markdown, { date: DATE, source: docxDraft(bytes).source });
  return { d, r, refs: r.findings.filter((f) => f.ruleId.startsWith('draft/cross-reference')) };
}

/** A clause inserted before clause 11 (the list numbers it 11, and clause 11 becomes 12). */
const inserted = edit(kk, `\n11. ${CLAUSE_11}`, `\n11. Бағалау нәтижелері туралы ақпарат қызметшіге жеке хабарланады.\n\n12. ${CLAUSE_11}`);

describe('cross-references (REF fields) to a numbered clause', () => {
  it('up to date: the field shows clause 11\'s number, the draft reads as before — no finding', async () => {
    const { d, r, refs } = check(await withReference(kk, '11', '_Ref11'));
    expect(refs).toEqual([]);
    expect(d.paragraphText.some((t) => t.includes(REF_IN_19))).toBe(true);
    expect(r.findings).toEqual([]);
  }, 60_000);

  it('out of date: a clause inserted above, clause 11 is now 12 and the field still shows 11 — one warning at clause 19, naming the paragraph and its number now, in kk/ru/en', async () => {
    const { d, refs } = check(await withReference(inserted, '11', '_Ref11'));
    expect(refs.map((f) => [f.ruleId, f.severity, { bookmark: f.facts?.['bookmark'], shows: f.facts?.['shows'], now: f.facts?.['now'] }])).toEqual([['draft/cross-reference-stale', 'warning', { bookmark: '_Ref11', shows: '11', now: '12.' }]]);
    const f = refs[0];
    expect(d.paragraphText[f?.place?.line ?? 0]).toMatch(/^20\. Бағалау процесіне бірыңғай тәсілді/u);
    const target = d.paragraphText.findIndex((t) => t.startsWith(`12. ${CLAUSE_11}`));
    expect(f?.message.en).toMatch(new RegExp(`^A cross-reference shows «11», but the paragraph it points to is now numbered «12\\.» \\(in paragraph ${target}\\): the clauses were renumbered and the fields not updated\\.`, 'u'));
    expect(f?.message.ru).toMatch(new RegExp(`^Перекрёстная ссылка показывает «11», а абзац, на который она указывает, теперь имеет номер «12\\.» \\(в абзаце ${target}\\)`, 'u'));
    expect(f?.message.kk).toMatch(new RegExp(`^Айқас сілтеме «11» көрсетеді, ал ол нұсқайтын абзацтың нөмірі қазір «12\\.» \\(${target}-абзацта\\)`, 'u'));
    // updated (F9), it shows 12: no finding
    expect(check(await withReference(inserted, '12', '_Ref11')).refs).toEqual([]);
  }, 60_000);

  it('broken: its bookmark is not in the file (the clause deleted with it) — one error at the paragraph that holds it; the text it shows is quoted', async () => {
    const { d, refs } = check(await withReference(kk, 'Error! Reference source not found.', null));
    expect(refs.map((f) => [f.ruleId, f.severity, { bookmark: f.facts?.['bookmark'], shows: f.facts?.['shows'], now: f.facts?.['now'] }])).toEqual([['draft/cross-reference-broken', 'error', { bookmark: '_Ref11', shows: 'Error! Reference source not found.', now: undefined }]]);
    expect(d.paragraphText[refs[0]?.place?.line ?? 0]).toMatch(/^19\. Бағалау процесіне/u);
    expect(refs[0]?.message.ru).toMatch(/^Перекрёстная ссылка \(поле REF\) указывает на закладку «_Ref11», которой в файле нет: сейчас в тексте «Error! Reference source not found\.»/u);
    expect(refs[0]?.message.kk).toMatch(/^Айқас сілтеме \(REF өрісі\) файлда жоқ «_Ref11» бетбелгісіне нұсқайды/u);
    // a REF to a bookmark that is there is not broken, whatever it names, nor one that begins between paragraphs
    expect(check(await withReference(kk, '11', 'Clause11', 'Clause11')).refs).toEqual([]);
    const files = unzipSync(await withReference(kk, '11', null, 'Between'));
    files['word/document.xml'] = strToU8(strFromU8(files['word/document.xml'] as Uint8Array).replace('<w:body>', '<w:body><w:bookmarkStart w:id="8" w:name="Between"/><w:bookmarkEnd w:id="8"/>'));
    expect(check(zipSync(files)).refs).toEqual([]);
  }, 60_000);
});
