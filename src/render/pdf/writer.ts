/**
 * Document model → PDF bytes with pdf-lib. Fonts are embedded by hand (Type0 / CIDFontType2,
 * Identity-H, subset with a ToUnicode map) so that text goes through the cmap directly (font.ts).
 * Deterministic: no producer or dates from the clock, subset tags derived from the glyph set.
 */
import { PDFDocument, PDFName, PDFString, PDFHexString, PDFRawStream } from 'pdf-lib';
import type { PDFContext, PDFRef } from 'pdf-lib';
import { strToU8, zlibSync } from 'fflate';
import type { DocumentModel } from '../model.js';
import { fixedDate } from '../format-rules.js';
import { FaceUse, fontSet } from './font.js';
import type { FaceKey, FontBytes, GlyphEncoder } from './font.js';
import { layout } from './layout.js';
import type { LaidPage } from './layout.js';

const num = (n: number): string => (Math.round(n * 100) / 100).toString();

export async function modelToPdf(model: DocumentModel, fontBytes: FontBytes): Promise<Uint8Array> {
  const fonts = fontSet(fontBytes);
  const pages = layout(model, fonts);
  const doc = await PDFDocument.create({ updateMetadata: false });
  const ctx = doc.context;
  // one encoder per face: the shared standard subset when every word fits it, else a subset of this document
  const words = new Map<FaceKey, boolean>();
  for (const p of pages) for (const op of p.ops) {
    if (op.kind !== 'word') continue;
    const std = fonts.get(op.face).isStandard(op.text);
    words.set(op.face, (words.get(op.face) ?? true) && std);
  }
  const uses = new Map<FaceKey, { use: GlyphEncoder; ref: PDFRef; res: string }>();
  for (const [k, std] of words) {
    const face = fonts.get(k);
    uses.set(k, { use: std ? await face.standard() : new FaceUse(face), ref: ctx.nextRef(), res: `F${uses.size + 1}` });
  }
  const useOf = (k: FaceKey): { use: GlyphEncoder; ref: PDFRef; res: string } => {
    const u = uses.get(k);
    if (!u) throw new Error(`face ${k} not prepared`);
    return u;
  };
  const pageRefs: PDFRef[] = [];
  for (const p of pages) {
    const page = doc.addPage([p.width, p.height]);
    pageRefs.push(page.ref);
    let s = '0 g 0 G 0.5 w\n';
    let inText = false;
    let curFont = '';
    for (const op of p.ops) {
      if (op.kind === 'word') {
        const u = useOf(op.face);
        if (!inText) { s += 'BT\n'; inText = true; curFont = ''; }
        const f = `${u.res} ${num(op.size)}`;
        if (f !== curFont) { s += `/${f} Tf\n`; curFont = f; }
        // a space that follows the word is drawn with it (each word is placed on its own, so it moves nothing): a
        // reader's tool then finds the spaces in the text instead of guessing them from the gaps, which ran the
        // letters of the act's spaced-out words together («Ш Е Ш І М … Д А У» read «ДАУ», «а л а д ы ;» «ады;»)
        s += `1 0 0 1 ${num(op.x)} ${num(op.y)} Tm <${u.use.hex(op.space ? `${op.text} ` : op.text)}> Tj\n`;
      }
    }
    if (inText) s += 'ET\n';
    for (const op of p.ops) {
      if (op.kind === 'line') s += `${num(op.x1)} ${num(op.y1)} m ${num(op.x2)} ${num(op.y2)} l S\n`;
    }
    const contentRef = ctx.register(flate(ctx, strToU8(s)));
    page.node.set(PDFName.of('Contents'), contentRef);
    for (const [, u] of uses) page.node.setFontDictionary(PDFName.of(u.res), u.ref);
  }
  for (const [, { use, ref }] of uses) {
    const face = use.face;
    const base = `${use.tag()}+${face.name}`;
    const fontFile = ctx.register(flate(ctx, await use.fontProgram(), true));
    const bbox = face.font.bbox;
    const sc = face.scale;
    const descriptor = ctx.register(ctx.obj({
      Type: 'FontDescriptor',
      FontName: base,
      Flags: 6, // symbolic + serif: a subset with its own encoding
      FontBBox: [bbox.minX * sc, bbox.minY * sc, bbox.maxX * sc, bbox.maxY * sc].map(Math.round),
      ItalicAngle: face.font.italicAngle,
      Ascent: Math.round(face.ascent),
      Descent: Math.round(face.descent),
      CapHeight: Math.round((face.font.capHeight || face.font.ascent) * sc),
      StemV: 0,
      FontFile2: fontFile,
    }));
    const cid = ctx.register(ctx.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: base,
      CIDToGIDMap: 'Identity',
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      W: [0, use.widths.map((w) => w)],
    }));
    const toUnicode = ctx.register(flateText(ctx, use.toUnicodeCMap()));
    ctx.assign(ref, ctx.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: base, Encoding: 'Identity-H', DescendantFonts: [cid], ToUnicode: toUnicode }));
  }
  writeOutline(ctx, doc, pages, pageRefs);
  const date = fixedDate(model.meta.date);
  doc.setTitle(model.meta.title, { showInWindowTitleBar: true });
  if (model.meta.subject) doc.setSubject(model.meta.subject);
  if (model.meta.author) doc.setAuthor(model.meta.author);
  doc.setProducer('bagalau');
  doc.setCreator('bagalau');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setLanguage(model.meta.language);
  // a fixed document ID from the title and date keeps the bytes stable
  const id = PDFHexString.of(hashHex(`${model.meta.title}|${model.meta.date}|${pages.length}`));
  ctx.trailerInfo.ID = ctx.obj([id, id]);
  return doc.save({ useObjectStreams: false });
}

/**
 * The outline (bookmarks) from the navigation headings: level-1 entries (appendix captions, document titles)
 * with their chapters under them, each opening its page at the heading. None when the document has no heading.
 */
function writeOutline(ctx: PDFContext, doc: PDFDocument, pages: LaidPage[], pageRefs: PDFRef[]): void {
  interface Item { title: string; page: PDFRef; y: number; children: Item[]; ref: PDFRef }
  const roots: Item[] = [];
  pages.forEach((p, i) => {
    for (const m of p.marks) {
      const item: Item = { title: m.title, page: pageRefs[i] as PDFRef, y: m.y, children: [], ref: ctx.nextRef() };
      const parent = roots[roots.length - 1];
      if (m.level === 2 && parent) parent.children.push(item);
      else roots.push(item);
    }
  });
  if (roots.length === 0) return;
  const outlines = ctx.nextRef();
  const count = (items: Item[]): number => items.reduce((a, it) => a + 1 + count(it.children), 0);
  const emit = (items: Item[], parent: PDFRef): void => {
    items.forEach((it, k) => {
      const dict = ctx.obj({ Parent: parent, Dest: [it.page, 'XYZ', null, Math.round(it.y * 100) / 100, null] });
      dict.set(PDFName.of('Title'), PDFHexString.fromText(it.title));
      const prev = items[k - 1];
      const next = items[k + 1];
      if (prev) dict.set(PDFName.of('Prev'), prev.ref);
      if (next) dict.set(PDFName.of('Next'), next.ref);
      const first = it.children[0];
      const last = it.children[it.children.length - 1];
      if (first && last) {
        dict.set(PDFName.of('First'), first.ref);
        dict.set(PDFName.of('Last'), last.ref);
        dict.set(PDFName.of('Count'), ctx.obj(count(it.children)));
      }
      ctx.assign(it.ref, dict);
      emit(it.children, it.ref);
    });
  };
  emit(roots, outlines);
  ctx.assign(outlines, ctx.obj({ Type: 'Outlines', First: (roots[0] as Item).ref, Last: (roots[roots.length - 1] as Item).ref, Count: count(roots) }));
  doc.catalog.set(PDFName.of('Outlines'), outlines);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

function hashHex(s: string): string {
  let out = '';
  let h = 2166136261;
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i) + round;
      h = Math.imul(h, 16777619) >>> 0;
    }
    out += h.toString(16).padStart(8, '0');
  }
  return out;
}

/** Compressed streams, with a cache for the bytes that repeat across documents (font programs, ToUnicode maps). */
const deflated = new WeakMap<Uint8Array, Uint8Array>();
const deflatedText = new Map<string, Uint8Array>();
function flate(ctx: PDFContext, bytes: Uint8Array, cache = false): PDFRawStream {
  let z: Uint8Array | undefined;
  if (cache) {
    z = deflated.get(bytes);
    if (!z) {
      z = zlibSync(bytes, { level: 6 });
      deflated.set(bytes, z);
    }
  } else z = zlibSync(bytes, { level: 1 }); // page content: fast beats small
  return PDFRawStream.of(ctx.obj(cache ? { Filter: 'FlateDecode', Length1: bytes.length } : { Filter: 'FlateDecode' }), z);
}

function flateText(ctx: PDFContext, text: string): PDFRawStream {
  let z = deflatedText.get(text);
  if (!z) {
    z = zlibSync(strToU8(text), { level: 6 });
    if (deflatedText.size > 64) deflatedText.clear();
    deflatedText.set(text, z);
  }
  return PDFRawStream.of(ctx.obj({ Filter: 'FlateDecode' }), z);
}
