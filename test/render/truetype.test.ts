/**
 * The TrueType reader and subsetter (src/render/pdf/truetype.ts) that replaced `@pdf-lib/fontkit`. The hashes
 * below are those of the font programs the patched fontkit 1.1.1 subsetter wrote for the same glyph sets
 * (computed with it before it was removed, 05.12.2026): every PDF kept its bytes, and a change to the subset's
 * layout — table order, loca format, padding, component renumbering — fails here before it reaches a document.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../src/cli/render.js';
import { FontFormatError, TrueTypeFont, TrueTypeSubset } from '../../src/render/pdf/truetype.js';
import { MissingGlyphError } from '../../src/render/index.js';
import { faceOf } from '../../src/render/pdf/font.js';

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex').slice(0, 16);

/** Kazakh text with every letter of the alphabet's own, and one of composite glyphs with components outside it. */
const TEXTS = ['Қазақстан Республикасы «БЕКІТЕМІН» № 1–2 … ӘҒҚҢӨҰҮҺІ әғқңөұүһі Ёё', 'Ǆ ǅ ǆ ½ Ȫ ffi'];

const FONTKIT = {
  regular: { name: 'Tinos-Regular', italicAngle: 0, hashes: ['7f341a277f4ff4f9', '4ec2229ce1eb40c3'] },
  bold: { name: 'Tinos-Bold', italicAngle: 0, hashes: ['69d038e8fd4a658f', '5a174c0c66e9ad47'] },
  italic: { name: 'Tinos-Italic', italicAngle: -16.330001831054688, hashes: ['f50f734c7ef1eaa6', 'c9aa93783b66fc89'] },
  boldItalic: { name: 'Tinos-BoldItalic', italicAngle: -16.330001831054688, hashes: ['f42106ea0fadd025', 'a00889cb139f2bcc'] },
} as const;

function subsetOf(font: TrueTypeFont, text: string): TrueTypeSubset {
  const s = new TrueTypeSubset(font);
  for (const ch of text) {
    const g = font.glyphOf(ch.codePointAt(0) ?? 0);
    if (g) s.includeGlyph(g);
  }
  return s;
}

describe('TrueType subsets (FontFile2)', () => {
  const fonts = loadFonts();
  for (const [key, want] of Object.entries(FONTKIT)) {
    it(`${key}: the same bytes as the fontkit subsetter wrote, and the descriptor's metrics`, () => {
      const font = new TrueTypeFont(fonts[key as keyof typeof FONTKIT] as Uint8Array);
      expect(font.postscriptName).toBe(want.name);
      expect(font.italicAngle).toBe(want.italicAngle);
      expect(TEXTS.map((t) => sha(subsetOf(font, t).encode()))).toEqual(want.hashes);
    });
  }

  it('a subset changes when a glyph is added, and composites bring their components along', () => {
    const font = new TrueTypeFont(fonts.regular);
    const base = subsetOf(font, TEXTS[0] as string).encode();
    expect(sha(subsetOf(font, `${TEXTS[0] as string}Ж`).encode())).not.toBe(sha(base));
    // «Ё» is a composite (Е + diaeresis): its subset holds more glyphs than the one letter asked for
    const e = subsetOf(font, 'Ё').encode();
    const numGlyphs = (b: Uint8Array): number => {
      const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
      for (let i = 0; i < v.getUint16(4); i++) if (String.fromCharCode(...b.subarray(12 + 16 * i, 16 + 16 * i)) === 'maxp') return v.getUint16(v.getUint32(12 + 16 * i + 8) + 4);
      return -1;
    };
    expect(numGlyphs(e)).toBeGreaterThan(2);
    expect(numGlyphs(subsetOf(font, 'Ж').encode())).toBe(2);
  });

  it('reads the cmap and advances: every Kazakh letter is drawn, a letter Tinos lacks is refused by name', () => {
    const face = faceOf(fonts.regular);
    for (const ch of 'ӘәҒғҚқҢңӨөҰұҮүҺһІі') expect(face.has(ch.codePointAt(0) ?? 0)).toBe(true);
    expect(face.width('Ш')).toBeGreaterThan(face.width('і'));
    expect(face.has(0x4e2d)).toBe(false); // 中
    expect(() => face.glyphId(0x4e2d)).toThrow(MissingGlyphError);
    expect(() => face.glyphId(0x4e2d)).toThrow(/U\+4E2D/);
  });

  it('bytes that are not a TrueType font get a plain error, not a crash deep in a table', () => {
    expect(() => new TrueTypeFont(new TextEncoder().encode('not a font at all'))).toThrow(FontFormatError);
    const cut = fonts.regular.slice(0, 2000);
    expect(() => new TrueTypeFont(cut)).toThrow(FontFormatError);
  });
});
