/**
 * The LibreOffice Writer author of `./lo-russian.ts` (soffice writes the DOCX): her signature «Аким области» in bold
 * before the methodology's title is the order's signature, not an attached document; clause 6's parts «6.1.», «6.2.»
 * are what «пункта 6.1» refers to, and «пункта 6.3» is a clause-missing error naming 6.3. Skipped without soffice.
 */
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';
import { docxDraft } from '../../src/draft/docx.js';
import { russianAuthorFodt } from './lo-russian.js';
import { tempDir } from '../temp.js';
import { hasSoffice, sofficeDocx } from './lo-convert.js';

const DATE = '2026-01-15';

describe.skipIf(!hasSoffice)('a LibreOffice author\'s signature and references to «6.1.»', () => {
  const dir = tempDir('bagalau-lo-parts-');
  const docx = sofficeDocx(dir, {
    part61: () => russianAuthorFodt({ partReference: '6.1' }), part63: () => russianAuthorFodt({ partReference: '6.3' }),
    sub61: () => russianAuthorFodt({ subPoints: true, referenceWords: 'подпункта 6.1)', signatureTable: true }),
    sub63: () => russianAuthorFodt({ subPoints: true, referenceWords: 'подпункта 6.3) и части четвертой пункта 6' }),
  });
  const read = (name: string) => {
    const d = docxDraft(docx(name));
    return { d, r: checkDraft(d.markdown, { date: DATE, source: d.source }) };
  };

  it('«Аким области» is the signature; «пункта 6.1» finds the part LibreOffice numbers 6.1: no finding but the language note', () => {
    const { r } = read('part61');
    expect(r.act.signature.map((s) => s.text)).toEqual(['Аким области']);
    expect(r.act.documents).toHaveLength(1);
    expect(r.findings.map((f) => f.ruleId)).toEqual(['draft/model-language']);
  }, 300_000);

  it('«пункта 6.3» is a clause-missing error at clause 7, naming 6.3 and the parts clause 6 has', () => {
    const { d, r } = read('part63');
    const f = r.findings.filter((x) => x.ruleId === 'draft/clause-missing');
    expect(f.map((x) => [d.source.text?.[x.place?.line ?? 0]?.slice(0, 10), x.facts?.part, x.facts?.parts])).toEqual([['7. Оценка ', 3, [1, 2]]]);
    expect(f[0]?.message.ru).toMatch(/^Ссылка «пункта 6\.3» указывает на несуществующий пункт 6\.3: в пункте 6 проекта нет абзаца с номером 6\.3 \(в нём есть: 6\.1, 6\.2\) \[абзац \d+: «7\. Оценка/u);
  }, 300_000);

  it('sub-points numbered «6.1)» and the signature in a borderless table («Аким области» | «Д. Абаев»): «подпункта 6.1)» finds its part, the table is the signature', () => {
    const { d, r } = read('sub61');
    expect(d.markdown).toContain('| Аким области | Д. Абаев |');
    expect(r.act.signature.map((s) => s.text)).toEqual(['Аким области', 'Д. Абаев']);
    expect(r.act.documents).toHaveLength(1);
    expect(r.findings.map((f) => f.ruleId)).toEqual(['draft/model-language']);
  }, 300_000);

  it('«подпункта 6.3)» and «части четвертой пункта 6» (clause 6 has three paragraphs) are clause-missing errors at clause 7', () => {
    const { d, r } = read('sub63');
    const f = r.findings.filter((x) => x.ruleId === 'draft/clause-missing');
    expect(f.map((x) => d.source.text?.[x.place?.line ?? 0]?.slice(0, 10))).toEqual(['7. Оценка ', '7. Оценка ']);
    expect(f.map((x) => x.facts)).toMatchObject([{ clause: 6, part: 3, parts: [1, 2] }, { clause: 6, nthPart: 4, paragraphs: 3 }]);
    expect(f[1]?.message.ru).toMatch(/^Ссылка «части четвертой пункта 6» указывает на несуществующую часть 4 пункта 6: абзацев в нём всего 3 \[абзац \d+: «7\. Оценка/u);
  }, 300_000);
});
