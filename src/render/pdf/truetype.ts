/**
 * The little of a TrueType font the PDF backend needs, read straight from its tables: the cmap (code point →
 * glyph), advances and bearings (hmtx), the metrics a font descriptor names (head, hhea, OS/2, post, name), and
 * a subset for embedding (FontFile2): the glyphs a document draws, renumbered from 1 in the order they are met,
 * with the composite glyphs' components, under the tables a PDF reader needs (head, hhea, loca, maxp, cvt, prep,
 * glyf, hmtx, fpgm). Kazakh Cyrillic needs no shaping: every letter is one glyph.
 *
 * Replaces `@pdf-lib/fontkit` (a stale fork of fontkit 1.x, 1.6 MB of bundled code, a fifth of `render`'s start-up)
 * whose subsetter had to be patched through a private method to keep glyphs from being drawn blank. The subset is
 * written byte for byte as that patched subsetter wrote it (test/render/truetype.test.ts holds the hashes of its
 * output), so no PDF changed: same table order, directory tag `true` and zero checksums, the short `loca` when the
 * glyph data fits it, every glyph padded to an even length (the short `loca` stores halved offsets).
 */

export class FontFormatError extends Error {
  override name = 'FontFormatError';
}

interface TableRef { offset: number; length: number }

/** A parsed TrueType font (glyf outlines; CFF-flavoured OpenType is refused). */
export class TrueTypeFont {
  readonly bytes: Uint8Array;
  private readonly view: DataView;
  private readonly tables = new Map<string, TableRef>();
  readonly unitsPerEm: number;
  readonly bbox: { minX: number; minY: number; maxX: number; maxY: number };
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
  readonly italicAngle: number;
  readonly postscriptName: string;
  readonly numGlyphs: number;
  private readonly numberOfHMetrics: number;
  private readonly longLoca: boolean;
  private readonly cmap: (cp: number) => number;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.length < 12) throw new FontFormatError('not a TrueType font: too short');
    const sfnt = this.u32(0);
    if (sfnt !== 0x00010000 && sfnt !== 0x74727565) throw new FontFormatError('not a TrueType font with glyf outlines');
    const n = this.u16(4);
    for (let i = 0; i < n; i++) {
      const at = 12 + 16 * i;
      const tag = String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
      const offset = this.u32(at + 8);
      const length = this.u32(at + 12);
      if (offset + length > bytes.length) throw new FontFormatError(`table ${tag} runs past the end of the font`);
      this.tables.set(tag, { offset, length });
    }
    for (const t of ['head', 'hhea', 'maxp', 'hmtx', 'loca', 'glyf', 'cmap']) if (!this.tables.has(t)) throw new FontFormatError(`font has no ${t} table`);
    const head = this.table('head').offset;
    this.unitsPerEm = this.u16(head + 18);
    this.bbox = { minX: this.i16(head + 36), minY: this.i16(head + 38), maxX: this.i16(head + 40), maxY: this.i16(head + 42) };
    this.longLoca = this.i16(head + 50) === 1;
    const hhea = this.table('hhea').offset;
    this.ascent = this.i16(hhea + 4);
    this.descent = this.i16(hhea + 6);
    this.numberOfHMetrics = this.u16(hhea + 34);
    this.numGlyphs = this.u16(this.table('maxp').offset + 4);
    const os2 = this.tables.get('OS/2');
    this.capHeight = os2 && this.u16(os2.offset) >= 2 && os2.length >= 90 ? this.i16(os2.offset + 88) : this.ascent;
    const post = this.tables.get('post');
    this.italicAngle = post ? this.i32(post.offset + 4) / 65536 : 0;
    this.postscriptName = this.name(6);
    this.cmap = this.cmapLookup();
  }

  private u16(at: number): number { return this.view.getUint16(at); }
  private i16(at: number): number { return this.view.getInt16(at); }
  private u32(at: number): number { return this.view.getUint32(at); }
  private i32(at: number): number { return this.view.getInt32(at); }

  private table(tag: string): TableRef {
    const t = this.tables.get(tag);
    if (!t) throw new FontFormatError(`font has no ${tag} table`);
    return t;
  }

  /** The raw bytes of a table (a view, never copied), or undefined when the font has none. */
  tableBytes(tag: string): Uint8Array | undefined {
    const t = this.tables.get(tag);
    return t ? this.bytes.subarray(t.offset, t.offset + t.length) : undefined;
  }

  /** A name record (6: the PostScript name), Windows Unicode first, then Macintosh Roman. */
  private name(id: number): string {
    const t = this.tables.get('name');
    if (!t) return '';
    const count = this.u16(t.offset + 2);
    const strings = t.offset + this.u16(t.offset + 4);
    let mac = '';
    for (let i = 0; i < count; i++) {
      const r = t.offset + 6 + 12 * i;
      if (this.u16(r + 6) !== id) continue;
      const platform = this.u16(r);
      const len = this.u16(r + 8);
      const at = strings + this.u16(r + 10);
      if (platform === 3 || platform === 0) {
        let s = '';
        for (let k = 0; k + 1 < len; k += 2) s += String.fromCharCode(this.u16(at + k));
        return s;
      }
      if (platform === 1 && !mac) mac = String.fromCharCode(...this.bytes.subarray(at, at + len));
    }
    return mac;
  }

  /** The Unicode cmap subtable (format 4 or 12), chosen in the order fontkit chose it. */
  private cmapLookup(): (cp: number) => number {
    const c = this.table('cmap').offset;
    const subtables = new Map<string, number>();
    const n = this.u16(c + 2);
    for (let i = 0; i < n; i++) subtables.set(`${this.u16(c + 4 + 8 * i)},${this.u16(c + 6 + 8 * i)}`, c + this.u32(c + 8 + 8 * i));
    for (const key of ['3,10', '0,6', '0,4', '3,1', '0,3', '0,2', '0,1', '0,0']) {
      const at = subtables.get(key);
      if (at === undefined) continue;
      const format = this.u16(at);
      if (format === 4) return this.format4(at);
      if (format === 12) return this.format12(at);
    }
    throw new FontFormatError('font has no Unicode cmap of format 4 or 12');
  }

  private format4(at: number): (cp: number) => number {
    const segs = this.u16(at + 6) / 2;
    const ends = at + 14;
    const starts = ends + 2 * segs + 2;
    const deltas = starts + 2 * segs;
    const ranges = deltas + 2 * segs;
    return (cp) => {
      let lo = 0;
      let hi = segs - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (cp < this.u16(starts + 2 * mid)) hi = mid - 1;
        else if (cp > this.u16(ends + 2 * mid)) lo = mid + 1;
        else {
          const delta = this.i16(deltas + 2 * mid);
          const range = this.u16(ranges + 2 * mid);
          if (range === 0) return (cp + delta) & 0xffff;
          const g = this.u16(ranges + 2 * mid + range + 2 * (cp - this.u16(starts + 2 * mid)));
          return g === 0 ? 0 : (g + delta) & 0xffff;
        }
      }
      return 0;
    };
  }

  private format12(at: number): (cp: number) => number {
    const groups = this.u32(at + 12);
    return (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const g = at + 16 + 12 * mid;
        if (cp < this.u32(g)) hi = mid - 1;
        else if (cp > this.u32(g + 4)) lo = mid + 1;
        else return this.u32(g + 8) + (cp - this.u32(g));
      }
      return 0;
    };
  }

  /** Glyph id of a code point, 0 when the font has none. */
  glyphOf(cp: number): number {
    return cp < 0 || cp > 0x10ffff ? 0 : this.cmap(cp);
  }

  /** Advance width and left side bearing of a glyph, in font units. */
  metrics(gid: number): { advance: number; bearing: number } {
    const h = this.table('hmtx').offset;
    const n = this.numberOfHMetrics;
    if (gid < n) return { advance: this.u16(h + 4 * gid), bearing: this.i16(h + 4 * gid + 2) };
    return { advance: this.u16(h + 4 * (n - 1)), bearing: this.i16(h + 4 * n + 2 * (gid - n)) };
  }

  /** The bytes of a glyph's outline (empty for a glyph without contours, e.g. the space). */
  glyphBytes(gid: number): Uint8Array {
    const loca = this.table('loca').offset;
    const at = (i: number): number => (this.longLoca ? this.u32(loca + 4 * i) : this.u16(loca + 2 * i) * 2);
    const glyf = this.table('glyf').offset;
    const from = at(gid);
    const to = at(gid + 1);
    return this.bytes.subarray(glyf + from, glyf + Math.max(from, to));
  }
}

/** Flags of a composite glyph's component record (OpenType `glyf`). */
const ARG_1_AND_2_ARE_WORDS = 0x1;
const WE_HAVE_A_SCALE = 0x8;
const MORE_COMPONENTS = 0x20;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x40;
const WE_HAVE_A_TWO_BY_TWO = 0x80;

/** Where each component's glyph id sits in a composite glyph's bytes, and which glyph it names. */
function components(glyph: Uint8Array): { pos: number; gid: number }[] {
  const v = new DataView(glyph.buffer, glyph.byteOffset, glyph.byteLength);
  const out: { pos: number; gid: number }[] = [];
  let at = 10;
  let flags = MORE_COMPONENTS;
  while (flags & MORE_COMPONENTS) {
    if (at + 4 > glyph.length) throw new FontFormatError('a composite glyph runs past its end');
    flags = v.getUint16(at);
    out.push({ pos: at + 2, gid: v.getUint16(at + 2) });
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
  }
  return out;
}

/** A subset of one font: glyph 0 (.notdef) first, then each glyph in the order it is included. */
export class TrueTypeSubset {
  private readonly font: TrueTypeFont;
  private readonly glyphs: number[] = [];
  private readonly mapping = new Map<number, number>();

  constructor(font: TrueTypeFont) {
    this.font = font;
    this.includeGlyph(0);
  }

  /** The subset's id for a glyph of the font, added when new. */
  includeGlyph(gid: number): number {
    let sid = this.mapping.get(gid);
    if (sid === undefined) {
      sid = this.glyphs.length;
      this.glyphs.push(gid);
      this.mapping.set(gid, sid);
    }
    return sid;
  }

  /** The subset as a TrueType font program (FontFile2). */
  encode(): Uint8Array {
    const f = this.font;
    const glyf: Uint8Array[] = [];
    const offsets: number[] = [];
    const hmtx: { advance: number; bearing: number }[] = [];
    let offset = 0;
    // components join the list as their composites are met, so the list grows while it is walked
    for (let i = 0; i < this.glyphs.length; i++) {
      const gid = this.glyphs[i]!;
      let bytes = f.glyphBytes(gid);
      const composite = bytes.length >= 10 && ((bytes[0]! << 8) | bytes[1]!) >= 0x8000;
      if (composite || bytes.length % 2 === 1) {
        const copy = new Uint8Array(bytes.length + (bytes.length % 2));
        copy.set(bytes);
        if (composite) {
          for (const c of components(bytes)) {
            const id = this.includeGlyph(c.gid);
            copy[c.pos] = id >> 8;
            copy[c.pos + 1] = id & 255;
          }
        }
        bytes = copy;
      }
      glyf.push(bytes);
      offsets.push(offset);
      hmtx.push(f.metrics(gid));
      offset += bytes.length;
    }
    offsets.push(offset);
    const longLoca = offset > 0xffff;
    const patched = (tag: string, at: number, value: number): Uint8Array => {
      const t = f.tableBytes(tag);
      if (!t) throw new FontFormatError(`font has no ${tag} table`);
      const copy = t.slice();
      new DataView(copy.buffer).setUint16(at, value);
      return copy;
    };
    const loca = new Uint8Array(offsets.length * (longLoca ? 4 : 2));
    const lv = new DataView(loca.buffer);
    offsets.forEach((o, i) => (longLoca ? lv.setUint32(4 * i, o) : lv.setUint16(2 * i, o >>> 1)));
    const hm = new Uint8Array(hmtx.length * 4);
    const hv = new DataView(hm.buffer);
    hmtx.forEach((m, i) => { hv.setUint16(4 * i, m.advance); hv.setInt16(4 * i + 2, m.bearing); });
    const glyfBytes = new Uint8Array(offset);
    let o = 0;
    for (const g of glyf) { glyfBytes.set(g, o); o += g.length; }
    const tables: [string, Uint8Array | undefined][] = [
      ['head', patched('head', 50, longLoca ? 1 : 0)],
      ['hhea', patched('hhea', 34, hmtx.length)],
      ['loca', loca],
      ['maxp', patched('maxp', 4, glyf.length)],
      ['cvt ', f.tableBytes('cvt ')],
      ['prep', f.tableBytes('prep')],
      ['glyf', glyfBytes],
      ['hmtx', hm],
      ['fpgm', f.tableBytes('fpgm')],
    ];
    const present = tables.filter((t): t is [string, Uint8Array] => t[1] !== undefined);
    const n = present.length;
    const pow2 = 2 ** Math.floor(Math.log2(n));
    let size = 12 + 16 * n;
    for (const [, b] of present) size += b.length;
    const out = new Uint8Array(size);
    const v = new DataView(out.buffer);
    // the directory as fontkit wrote it: tag «true», zero checksums, tables back to back in this order
    out.set([0x74, 0x72, 0x75, 0x65], 0);
    v.setUint16(4, n);
    v.setUint16(6, pow2 * 16);
    v.setUint16(8, Math.log2(pow2));
    v.setUint16(10, n * 16 - pow2 * 16);
    let data = 12 + 16 * n;
    present.forEach(([tag, b], i) => {
      const e = 12 + 16 * i;
      for (let k = 0; k < 4; k++) out[e + k] = tag.charCodeAt(k);
      v.setUint32(e + 4, 0);
      v.setUint32(e + 8, data);
      v.setUint32(e + 12, b.length);
      out.set(b, data);
      data += b.length;
    });
    return out;
  }
}
