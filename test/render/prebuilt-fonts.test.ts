/**
 * The build deflates the four standard font subsets once (scripts/build-font-cache.ts); the CLI hands them to the
 * PDF writer. Used or not, a PDF has the same bytes: the cache holds exactly what the writer would compute, and a
 * program it does not hold (another font, another subsetter) is compressed as before.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { strToU8, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../src/cli/render.js';
import { renderMarkdown } from '../../src/render/index.js';
import { faceFingerprint, fontSet, programKey, providePrebuiltPrograms, providePrebuiltStandardSubsets } from '../../src/render/pdf/font.js';
import type { PrebuiltStandard } from '../../src/render/pdf/font.js';
import type { FaceKey } from '../../src/render/pdf/font.js';

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
type Cache = { entries: [string, string][]; standard: [string, Omit<PrebuiltStandard, 'program' | 'cmap'> & { program: string; cmap: string }][] };
const cache = JSON.parse(readFileSync('dist/src/cli/generated/standard-fonts.json', 'utf8')) as Cache;
const bundled = JSON.parse(readFileSync('dist/bundle/generated/standard-fonts.json', 'utf8')) as Cache;
const standardOf = (c: Cache): [string, PrebuiltStandard][] => c.standard.map(([k, e]) => [k, { ...e, program: new Uint8Array(Buffer.from(e.program, 'base64')), cmap: new Uint8Array(Buffer.from(e.cmap, 'base64')) }]);

describe('font programs deflated by the build', () => {
  it('hold, for each Tinos face, the deflated standard subset and ToUnicode map the writer would make; the bundle has the same file', async () => {
    expect(bundled).toEqual(cache);
    expect(cache.entries).toHaveLength(8);
    const set = fontSet(loadFonts());
    const byKey = new Map(cache.entries);
    for (const face of ['regular', 'bold', 'italic', 'boldItalic'] as FaceKey[]) {
      const subset = await set.get(face).standard();
      for (const bytes of [await subset.fontProgram(), strToU8(subset.toUnicodeCMap())]) {
        const hit = byKey.get(programKey(bytes));
        expect(hit, face).toBeDefined();
        expect(sha(Buffer.from(hit as string, 'base64'))).toBe(sha(zlibSync(bytes, { level: 6 })));
      }
    }
  });

  it('the key tells programs apart: one byte changed, another key', () => {
    const a = new Uint8Array(1000).map((_, i) => i & 255);
    const b = a.slice();
    b[500] = (b[500] as number) ^ 1;
    expect(programKey(a)).not.toBe(programKey(b));
    expect(programKey(a)).toBe(programKey(a.slice()));
  });

  it('a PDF has the same bytes with the cache as without, and the cache is what the writer uses', async () => {
    const md = '# Сынақ\n\nҚазақстан Республикасы — **қалың** мәтін.\n';
    const meta = { title: 'Сынақ', date: '2026-01-02', language: 'kk-KZ' };
    const fonts = loadFonts();
    const without = sha(await renderMarkdown(md, { format: 'pdf', meta, fonts }));
    providePrebuiltPrograms(cache.entries.map(([k, v]) => [k, new Uint8Array(Buffer.from(v, 'base64'))]));
    // a new fonts object: the writer's per-program cache is keyed by the bytes, so it looks the program up again
    const fresh = { ...fonts, regular: fonts.regular.slice(), bold: fonts.bold.slice() };
    expect(sha(await renderMarkdown(md, { format: 'pdf', meta, fonts: fresh }))).toBe(without);
    // poisoned on purpose: the writer takes what the cache says, so a wrong entry would show in the bytes
    const program = await (await fontSet(fresh).get('regular').standard()).fontProgram();
    providePrebuiltPrograms([[programKey(program), zlibSync(program, { level: 1 })]]);
    const again = { ...fonts, regular: fonts.regular.slice(), bold: fonts.bold.slice() };
    expect(sha(await renderMarkdown(md, { format: 'pdf', meta, fonts: again }))).not.toBe(without);
  });

  it('whole standard subsets: a PDF has the same bytes with them as built at run time; a wrong one shows; another font builds its own', async () => {
    // a document of all four faces, drawn with standard letters only
    const md = '# Сынақ\n\nҚазақстан Республикасы — **қалың**, *көлбеу*, ***екеуі де*** «№ 5» мәтін.\n';
    const meta = { title: 'Сынақ', date: '2026-01-02', language: 'kk-KZ' };
    const fonts = loadFonts();
    const copy = () => ({ regular: fonts.regular.slice(), bold: fonts.bold.slice(), italic: fonts.italic!.slice(), boldItalic: fonts.boldItalic!.slice() });
    // the programs as the build deflated them (the test above poisoned one)
    providePrebuiltPrograms(cache.entries.map(([k, v]) => [k, new Uint8Array(Buffer.from(v, 'base64'))]));
    const without = sha(await renderMarkdown(md, { format: 'pdf', meta, fonts: copy() }));
    expect(cache.standard).toHaveLength(4);
    providePrebuiltStandardSubsets(standardOf(cache));
    const fresh = copy();
    expect((await fontSet(fresh).get('bold').standard()).deflated).toBeDefined();
    expect(sha(await renderMarkdown(md, { format: 'pdf', meta, fonts: fresh }))).toBe(without);
    // poisoned on purpose: another tag for the regular face's subset, and the bytes change
    const [key, regular] = standardOf(cache).find(([k]) => k === faceFingerprint(fonts.regular))!;
    providePrebuiltStandardSubsets([[key, { ...regular, tag: 'ZZZZZZ' }]]);
    expect(sha(await renderMarkdown(md, { format: 'pdf', meta, fonts: copy() }))).not.toBe(without);
    providePrebuiltStandardSubsets([[key, regular]]);
    // a face whose table directory differs (one checksum byte) is another font: no prebuilt subset for it
    const other = fonts.regular.slice();
    other[12 + 4] = (other[12 + 4] as number) ^ 1;
    expect(faceFingerprint(other)).not.toBe(faceFingerprint(fonts.regular));
    expect((await fontSet({ ...copy(), regular: other }).get('regular').standard()).deflated).toBeUndefined();
  });
});
