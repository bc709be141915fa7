/**
 * The PDF writer's byte buffer (issue 14): numbers written digit by digit must be the text `String` gave before, and
 * a batch's shared cache must not change a byte. Each has a case that would fail if the fast path were wrong.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ByteWriter } from '../../src/render/pdf/objects.js';
import { createRenderCache, renderMarkdown, MarkdownError } from '../../src/render/index.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultTemplatesDir, loadFonts, loadTemplateSet } from '../../src/cli/render.js';
import { fillDocument } from '../../src/render/documents.js';

const text = (w: ByteWriter): string => new TextDecoder('latin1').decode(w.view());
const written = (f: (w: ByteWriter) => void): string => {
  const w = new ByteWriter(4); // small: growing the buffer is part of what is tested
  f(w);
  return text(w);
};
/** What the writer wrote before: `(Math.round(n * 100) / 100).toString()`. */
const before = (n: number): string => (Math.round(n * 100) / 100).toString();

describe('ByteWriter writes numbers as String did', () => {
  it('hundredths: every hundredth from -3000 to 3000 pt, values between them, halves, negative zero, large and odd values', () => {
    const xs: number[] = [];
    for (let k = -300_000; k <= 300_000; k += 7) xs.push(k / 100, k / 100 + 0.004999, k / 100 - 0.005, k / 100 + 0.005, k * 0.0100000001);
    let seed = 7;
    const rnd = (): number => ((seed = Math.imul(seed, 48271) % 2147483647) & 0x7fffffff) / 2147483647;
    for (let i = 0; i < 20_000; i++) xs.push((rnd() - 0.5) * 2000, (rnd() - 0.5) * 1e9, (rnd() - 0.5) * 0.1, (rnd() - 0.5) * 2e13);
    xs.push(0, -0, -0.001, 0.001, 0.005, -0.005, 1e13, -1e13, 123456789012.345, 1e15, 1e21, -1e300, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity);
    const bad = xs.filter((n) => written((w) => w.hundredths(n)) !== before(n)).slice(0, 5);
    expect(bad.map((n) => [n, written((w) => w.hundredths(n)), before(n)])).toEqual([]);
  });
  it('a wrong digit is seen: the comparison fails for a value written otherwise', () => {
    expect(written((w) => w.hundredths(1.5))).toBe('1.5');
    expect(written((w) => w.hundredths(1.5))).not.toBe('1.50');
    expect(written((w) => w.hundredths(-0.004))).toBe('0');
  });
  it('int: with and without zeros in front, as padStart', () => {
    for (const [k, width] of [[0, 1], [7, 10], [1234567890, 10], [42, 1], [-5, 1], [-0, 1], [123456, 3]] as const) {
      expect(written((w) => w.int(k, width))).toBe(String(k).padStart(width, '0'));
    }
  });
  it('ascii, bytes and growth keep everything written', () => {
    const w = new ByteWriter(2);
    w.ascii('BT\n').bytes(new Uint8Array([0x81, 0x82])).byte(0x2f).ascii('F1 ').hundredths(11.999).ascii(' Tf');
    expect([...w.view()]).toEqual([...Buffer.from('BT\n', 'latin1'), 0x81, 0x82, ...Buffer.from('/F1 12 Tf', 'latin1')]);
  });
});

describe('a batch cache (createRenderCache) changes no byte', () => {
  const fonts = loadFonts();
  const meta = { title: 'Сынақ', date: '2026-07-15', language: 'kk-KZ' };
  const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
  const doc = (size: number): string => `---\nfontSize: ${size}\ntableFontSize: 12\n---\n\n# Хаттама\n\nМәтін мәтін мәтін.\n\n| № | Атауы |\n|---|---|\n| 1 | Бір |\n`;
  it('the same documents with and without the cache, front matter differing between them', async () => {
    const cache = createRenderCache();
    for (const size of [14, 12, 14]) {
      for (const format of ['pdf', 'docx'] as const) {
        const alone = await renderMarkdown(doc(size), { format, meta, fonts });
        const shared = await renderMarkdown(doc(size), { format, meta, fonts, cache });
        expect(sha(shared)).toBe(sha(alone));
      }
    }
    // the front matter does decide the bytes (so the comparison above can fail): 12 pt is not 14 pt
    expect(sha(await renderMarkdown(doc(12), { format: 'pdf', meta, fonts, cache }))).not.toBe(sha(await renderMarkdown(doc(14), { format: 'pdf', meta, fonts, cache })));
  });
  it('documents with letters outside the standard subset: their own subsets kept per glyph sequence, the bytes as without', async () => {
    const cache = createRenderCache();
    const own = (names: string): string => `---\ntitle: Сынақ\n---\n\n# Бөлім\n\nЖазу *курсив* және **қалың**: ${names} — № 5.\n`;
    // the second differs from the first by one letter only; the third asks for the same letters in another order
    const docs = [own('Łódź, Øresund'), own('Łódź, Öresund'), own('Øresund, Łódź')];
    const alone = await Promise.all(docs.map(async (d) => sha(await renderMarkdown(d, { format: 'pdf', meta, fonts }))));
    expect(new Set(alone).size).toBe(3);
    for (let round = 0; round < 2; round++) {
      for (const [i, d] of docs.entries()) expect(sha(await renderMarkdown(d, { format: 'pdf', meta, fonts, cache }))).toBe(alone[i]);
    }
    // kept: one program per face and glyph sequence (the regular face: three; italic and bold draw only standard letters)
    expect([...cache.fontPrograms.values()].map((m) => m.size)).toEqual([3]);
  });
  it('every blank form of every methodology, one cache for all of them, twice: each PDF as without (kept lines, front matter)', async () => {
    const templates = defaultTemplatesDir();
    const cache = createRenderCache();
    const docs: { name: string; md: string; meta: typeof meta }[] = [];
    for (const id of readdirSync(templates).filter((d) => !d.includes('.')).sort()) {
      const ts = loadTemplateSet(templates, id);
      for (const [form, entry] of Object.entries(ts.set.forms)) {
        const src = readFileSync(join(ts.dir, entry.file), 'utf8');
        docs.push({ name: `${id} ${form}`, md: fillDocument(entry.file, src, { methodology: { id: ts.set.methodology, title: ts.set.title } }), meta: { ...meta, title: form } });
      }
    }
    expect(docs.length).toBeGreaterThan(20);
    const alone = new Map<string, string>();
    for (const d of docs) alone.set(d.name, sha(await renderMarkdown(d.md, { format: 'pdf', meta: d.meta, fonts })));
    const differ: string[] = [];
    for (let round = 0; round < 2; round++) {
      for (const d of docs) if (sha(await renderMarkdown(d.md, { format: 'pdf', meta: d.meta, fonts, cache })) !== alone.get(d.name)) differ.push(`${round} ${d.name}`);
    }
    expect(differ).toEqual([]);
    expect(cache.lines.size).toBeGreaterThan(100);
  }, 120_000);
  it('a paragraph kept in the cache is not taken for the same text in another face, width or size', async () => {
    const cache = createRenderCache();
    // the same words as body text, in a narrow and a wide column, bold, underlined, and at another size
    const words = 'Бағалау нәтижелері туралы хаттама жасалды және қол қойылды';
    const docs = [
      `${words}\n`,
      `| ${words} | № |\n|---|---|\n| 1 | 2 |\n`,
      `<!-- widths: 90 10 -->\n| ${words} | № |\n|---|---|\n| 1 | 2 |\n`,
      `**${words}**\n`,
      `<u>${words}</u>\n`,
      `${words} {.small}\n`,
    ];
    for (const md of docs) {
      const alone = sha(await renderMarkdown(md, { format: 'pdf', meta, fonts }));
      expect(sha(await renderMarkdown(md, { format: 'pdf', meta, fonts, cache }))).toBe(alone);
    }
  });
  it('bad front matter is refused every time, cache or not', async () => {
    const cache = createRenderCache();
    const bad = '---\nfontSize: 200\n---\n\nМәтін.\n';
    for (let i = 0; i < 2; i++) await expect(renderMarkdown(bad, { format: 'pdf', meta, fonts, cache })).rejects.toThrow(MarkdownError);
  });
});
