/**
 * Fonts for the PDF backend, without OpenType shaping: Kazakh Cyrillic needs none (every letter is
 * one glyph), so code points map to glyphs through the font's cmap and advances come from hmtx,
 * both cached per face (stack.md §10), read by truetype.ts. A code point the face lacks is an error,
 * never dropped. Pure: the caller hands in the font bytes (the CLI reads Tinos from node_modules).
 */
import { TrueTypeFont, TrueTypeSubset } from './truetype.js';
import { t3, type Text3 } from '../../law/finding.js';

export interface FontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
  italic?: Uint8Array;
  boldItalic?: Uint8Array;
}

export type FaceKey = 'regular' | 'bold' | 'italic' | 'boldItalic';

/**
 * Font programs compressed ahead of time: the standard subsets of the Tinos faces (font program and ToUnicode map)
 * are the same bytes in every run, and deflating them (~30 KB each) was a tenth of a one-form `render`'s start-up. The build compresses them once
 * (scripts/build-font-cache.ts) and the CLI hands the results in here; a program is looked up by its length and two
 * hashes of its bytes, so a changed font or subsetter simply misses and is compressed as before — the bytes are
 * the same either way (deflate is a function of its input; test/render/prebuilt-fonts.test.ts).
 */
const prebuilt = new Map<string, Uint8Array>();

/** The lookup key of a font program: its length and two 32-bit FNV-1a hashes with different seeds. */
export function programKey(bytes: Uint8Array): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ bytes.length;
  for (let i = 0; i < bytes.length; i++) {
    const x = bytes[i] as number;
    a = Math.imul(a ^ x, 16777619) >>> 0;
    b = Math.imul(b ^ x ^ (i & 0xff), 2246822519) >>> 0;
  }
  return `${bytes.length}-${a.toString(16)}-${b.toString(16)}`;
}

/** Register font programs deflated ahead of time (key: `programKey` of the uncompressed program). */
export function providePrebuiltPrograms(entries: Iterable<[string, Uint8Array]>): void {
  for (const [k, v] of entries) prebuilt.set(k, v);
}

/** The ahead-of-time deflated bytes of a program, if the build made them. */
export const prebuiltDeflate = (program: Uint8Array): Uint8Array | undefined => (prebuilt.size ? prebuilt.get(programKey(program)) : undefined);

/**
 * A face's standard subset as the build made it (scripts/build-font-cache.ts): the subset glyph of each code point,
 * the widths, the tag, the font program and ToUnicode map deflated. Building the subset was a tenth of a one-form
 * `render` (two faces); the build's subset is taken for a face whose table directory — each table's tag, place,
 * length and checksum — is the one the build read (`faceFingerprint`), so another font builds its own as before.
 */
export interface PrebuiltStandard {
  /** [code point, subset glyph id] for each standard code point the face draws. */
  codes: [number, number][];
  widths: number[];
  tag: string;
  program: Uint8Array;
  programLength: number;
  cmap: Uint8Array;
}
const prebuiltStandard = new Map<string, PrebuiltStandard>();

/** The identity of a font file: its length and a hash of its table directory (which holds every table's checksum). */
export function faceFingerprint(bytes: Uint8Array): string {
  const n = bytes.length >= 12 ? ((bytes[4] as number) << 8) | (bytes[5] as number) : 0;
  return `${bytes.length}-${programKey(bytes.subarray(0, Math.min(bytes.length, 12 + 16 * n)))}`;
}

export function providePrebuiltStandardSubsets(entries: Iterable<[string, PrebuiltStandard]>): void {
  for (const [k, v] of entries) prebuiltStandard.set(k, v);
}

/** A character the face cannot draw, worded in kk, ru and en. */
export class MissingGlyphError extends Error {
  override name = 'MissingGlyphError';
  constructor(readonly text: Text3) {
    super(text.en);
  }
}

/** A parsed face with its caches; shared across documents (keyed by the bytes object). */
let faceCount = 0;

export class Face {
  /** A number of its own, for keys that must tell faces apart (a batch's line cache). */
  readonly id = ++faceCount;
  readonly font: TrueTypeFont;
  readonly name: string;
  /** font units → 1000-unit text space */
  readonly scale: number;
  readonly ascent: number;
  readonly descent: number;
  private readonly gid = new Map<number, number>();
  private readonly adv = new Map<number, number>();
  private readonly words = new Map<string, number>();
  private readonly standardWords = new Map<string, boolean>();
  private standardSubset: Promise<GlyphEncoder> | undefined;

  constructor(bytes: Uint8Array) {
    this.font = new TrueTypeFont(bytes);
    this.name = (this.font.postscriptName || 'Font').replace(/[^A-Za-z0-9-]/g, '');
    this.scale = 1000 / this.font.unitsPerEm;
    this.ascent = this.font.ascent * this.scale;
    this.descent = this.font.descent * this.scale;
  }

  /** Does the face draw this code point? */
  has(cp: number): boolean {
    return this.font.glyphOf(cp) !== 0;
  }

  /** Glyph id of a code point; throws if the face has none. */
  glyphId(cp: number): number {
    let g = this.gid.get(cp);
    if (g === undefined) {
      g = this.font.glyphOf(cp);
      if (g === 0) {
        const c = `U+${cp.toString(16).toUpperCase().padStart(4, '0')} «${String.fromCodePoint(cp)}»`;
        throw new MissingGlyphError(t3(`${this.name} қарпінде ${c} таңбасы жоқ`, `в шрифте ${this.name} нет знака ${c}`, `font ${this.name} has no glyph for ${c}`));
      }
      this.gid.set(cp, g);
      this.adv.set(cp, this.font.metrics(g).advance * this.scale);
    }
    return g;
  }

  /** Advance of a string in 1000-unit text space (multiply by size/1000 for points). */
  width(text: string): number {
    let w = this.words.get(text);
    if (w !== undefined) return w;
    w = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      this.glyphId(cp);
      w += this.adv.get(cp) ?? 0;
    }
    if (this.words.size < 50_000) this.words.set(text, w);
    return w;
  }

  /** Is every letter of `text` in the standard repertoire (so the shared subset can draw it)? */
  isStandard(text: string): boolean {
    let ok = this.standardWords.get(text);
    if (ok === undefined) {
      ok = true;
      for (const ch of text) if (!STANDARD_SET.has(ch.codePointAt(0) ?? 0)) { ok = false; break; }
      if (this.standardWords.size < 50_000) this.standardWords.set(text, ok);
    }
    return ok;
  }

  /** The shared subset of the standard repertoire, built once per face (same bytes every time), or as the build made it. */
  standard(): Promise<GlyphEncoder> {
    if (!this.standardSubset) {
      const pre = prebuiltStandard.size ? prebuiltStandard.get(faceFingerprint(this.font.bytes)) : undefined;
      this.standardSubset = pre ? Promise.resolve(new PrebuiltStandardSubset(this, pre)) : StandardSubset.build(this);
    }
    return this.standardSubset;
  }
}

/**
 * The letters nearly every document uses: ASCII, Russian and Kazakh Cyrillic, the punctuation of
 * official texts (« » – — № …). A document drawn only with these shares one prebuilt, precompressed
 * subset per face, so a form costs no subsetting; any other letter gets a per-document subset.
 */
const STANDARD_CODEPOINTS: number[] = (() => {
  const cps: number[] = [];
  for (let c = 0x20; c <= 0x7e; c++) cps.push(c);
  for (let c = 0x410; c <= 0x44f; c++) cps.push(c);
  cps.push(0xa0, 0xa7, 0xab, 0xb0, 0xbb, 0x401, 0x451, 0x406, 0x456, 0x4d8, 0x4d9, 0x492, 0x493, 0x49a, 0x49b, 0x4a2, 0x4a3,
    0x4e8, 0x4e9, 0x4b0, 0x4b1, 0x4ae, 0x4af, 0x4ba, 0x4bb, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x201e, 0x2026, 0x2116);
  return cps;
})();
const STANDARD_SET = new Set(STANDARD_CODEPOINTS);

/** Something that turns text into glyph codes and can write its font objects. */
export interface GlyphEncoder {
  hex(text: string): string;
  fontProgram(): Promise<Uint8Array>;
  widths: number[];
  tag(): string;
  toUnicodeCMap(): string;
  readonly face: Face;
  /** The font program and ToUnicode map already deflated (the build's standard subset), if so. */
  deflated?(): { program: Uint8Array; programLength: number; cmap: Uint8Array };
  /** A subset of one document's: what decides its program (a batch's cache keeps the program by it). */
  subsetKey?(): string;
}

export class StandardSubset implements GlyphEncoder {
  readonly face: Face;
  readonly widths: number[];
  private readonly use: FaceUse;
  private program!: Uint8Array;
  private cmap!: string;
  private tagText!: string;

  private constructor(face: Face) {
    this.face = face;
    this.use = new FaceUse(face);
    this.widths = this.use.widths;
  }

  static async build(face: Face): Promise<StandardSubset> {
    const s = new StandardSubset(face);
    const have = STANDARD_CODEPOINTS.filter((cp) => face.has(cp));
    for (const cp of have) s.use.hex(String.fromCodePoint(cp));
    s.program = await s.use.encode();
    s.cmap = s.use.toUnicodeCMap();
    s.tagText = s.use.tag();
    return s;
  }

  hex(text: string): string {
    return this.use.hex(text);
  }
  /** For the build: [code point, subset glyph id] of each standard code point the face draws. */
  codes(): [number, number][] {
    return STANDARD_CODEPOINTS.filter((cp) => this.face.has(cp)).map((cp) => [cp, this.use.subsetGlyph(cp)]);
  }
  fontProgram(): Promise<Uint8Array> {
    return Promise.resolve(this.program);
  }
  tag(): string {
    return this.tagText;
  }
  toUnicodeCMap(): string {
    return this.cmap;
  }
}

/** The standard subset as the build made it: glyph codes from its table, the font streams as it deflated them. */
/** A text as hex glyph ids (Identity-H, two bytes per glyph), cached per text; `glyphOf` gives each code point's id. */
function hexOf(cache: Map<string, string>, text: string, glyphOf: (cp: number, ch: string) => number): string {
  let h = cache.get(text);
  if (h !== undefined) return h;
  h = '';
  for (const ch of text) h += glyphOf(ch.codePointAt(0) ?? 0, ch).toString(16).padStart(4, '0');
  // bounded like the width cache: a long batch of new names would otherwise grow it without end
  if (cache.size < 50_000) cache.set(text, h);
  return h;
}

class PrebuiltStandardSubset implements GlyphEncoder {
  readonly face: Face;
  readonly widths: number[];
  private readonly sid: Map<number, number>;
  private readonly hexCache = new Map<string, string>();

  constructor(face: Face, private readonly pre: PrebuiltStandard) {
    this.face = face;
    this.widths = pre.widths;
    this.sid = new Map(pre.codes);
  }

  hex(text: string): string {
    return hexOf(this.hexCache, text, this.glyphOf);
  }
  private readonly glyphOf = (cp: number): number => {
    const sid = this.sid.get(cp);
    if (sid !== undefined) return sid;
    this.face.glyphId(cp); // a letter the face lacks: its MissingGlyphError
    throw new Error(`U+${cp.toString(16)} is not in the standard subset`);
  };
  fontProgram(): Promise<Uint8Array> {
    throw new Error('the prebuilt standard subset holds its program deflated only');
  }
  tag(): string {
    return this.pre.tag;
  }
  toUnicodeCMap(): string {
    throw new Error('the prebuilt standard subset holds its ToUnicode map deflated only');
  }
  deflated(): { program: Uint8Array; programLength: number; cmap: Uint8Array } {
    return { program: this.pre.program, programLength: this.pre.programLength, cmap: this.pre.cmap };
  }
}

const faces = new WeakMap<Uint8Array, Face>();

export function faceOf(bytes: Uint8Array): Face {
  let f = faces.get(bytes);
  if (!f) {
    f = new Face(bytes);
    faces.set(bytes, f);
  }
  return f;
}

export interface FontSet {
  get(key: FaceKey): Face;
}

/** The faces of one set of font bytes; each face is looked up once per set (a layout asks for one per word). */
export function fontSet(bytes: FontBytes): FontSet {
  const got: Partial<Record<FaceKey, Face>> = {};
  return {
    get(key: FaceKey): Face {
      let f = got[key];
      if (f) return f;
      const b = key === 'italic' ? bytes.italic ?? bytes.regular : key === 'boldItalic' ? bytes.boldItalic ?? bytes.bold : bytes[key];
      f = faceOf(b);
      got[key] = f;
      return f;
    },
  };
}

/** One face's use inside one PDF: the subset and the text each subset glyph stands for. */
export class FaceUse implements GlyphEncoder {
  readonly face: Face;
  private readonly subset: TrueTypeSubset;
  private readonly map = new Map<number, number>();
  /** subset glyph id → the code point it was drawn for (for ToUnicode) */
  readonly unicode: number[] = [0];
  readonly widths: number[] = [0];
  private readonly hexCache = new Map<string, string>();
  /** The glyphs asked for, in order: they decide the subset's program (`subsetKey`). */
  private asked = '';

  constructor(face: Face) {
    this.face = face;
    this.subset = new TrueTypeSubset(face.font);
  }

  /** What decides this subset's font program: the face's glyphs asked for, in the order they were met. */
  subsetKey(): string {
    return this.asked;
  }

  /** Hex string of subset glyph ids for `text` (Identity-H, two bytes per glyph). */
  hex(text: string): string {
    return hexOf(this.hexCache, text, this.glyphOf);
  }
  private readonly glyphOf = (cp: number, ch: string): number => {
    const gid = this.face.glyphId(cp);
    let sid = this.map.get(gid);
    if (sid === undefined) {
      this.asked += `${gid},`;
      sid = this.subset.includeGlyph(gid);
      this.map.set(gid, sid);
      this.unicode[sid] = cp;
      this.widths[sid] = Math.round(this.face.width(ch));
    }
    return sid;
  };

  /** The subset glyph drawn for a code point already encoded. */
  subsetGlyph(cp: number): number {
    const sid = this.map.get(this.face.glyphId(cp));
    if (sid === undefined) throw new Error(`U+${cp.toString(16)} is not in this subset`);
    return sid;
  }

  get glyphCount(): number {
    return this.unicode.length;
  }

  fontProgram(): Promise<Uint8Array> {
    return this.encode();
  }

  encode(): Promise<Uint8Array> {
    return Promise.resolve(this.subset.encode());
  }

  /** Six capital letters from the glyph set: the PDF subset tag, stable for the same text. */
  tag(): string {
    let h = 2166136261;
    for (const u of this.unicode) {
      h ^= u;
      h = Math.imul(h, 16777619) >>> 0;
    }
    let t = '';
    for (let i = 0; i < 6; i++) {
      t += String.fromCharCode(65 + (h % 26));
      h = Math.floor(h / 26) + i * 7919;
    }
    return t;
  }

  toUnicodeCMap(): string {
    const entries: string[] = [];
    for (let sid = 1; sid < this.unicode.length; sid++) {
      const cp = this.unicode[sid] ?? 0;
      const utf16 = String.fromCodePoint(cp);
      let u = '';
      for (let i = 0; i < utf16.length; i++) u += utf16.charCodeAt(i).toString(16).padStart(4, '0');
      entries.push(`<${sid.toString(16).padStart(4, '0')}> <${u}>`);
    }
    let body = '';
    for (let i = 0; i < entries.length; i += 100) {
      const chunk = entries.slice(i, i + 100);
      body += `${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar\n`;
    }
    return `/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <ffff>\nendcodespacerange\n${body}endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend`;
  }
}
