/**
 * Document model → PDF bytes with pdf-lib. Fonts are embedded by hand (Type0 / CIDFontType2,
 * Identity-H, subset with a ToUnicode map) so that text goes through the cmap directly (font.ts).
 * Deterministic: no producer or dates from the clock, subset tags derived from the glyph set.
 */
import { PDFDocument, PDFName, PDFString, PDFHexString } from 'pdf-lib';
import type { PDFRef } from 'pdf-lib';
import type { DocumentModel } from '../model.js';
import { ptFromMm } from '../model.js';
import { FaceUse, fontSet } from './font.js';
import type { FaceKey, FontBytes } from './font.js';
import { layout } from './layout.js';

const num = (n: number): string => (Math.round(n * 100) / 100).toString();

export async function modelToPdf(model: DocumentModel, fontBytes: FontBytes): Promise<Uint8Array> {
  const fonts = fontSet(fontBytes);
  const pages = layout(model, fonts);
  const doc = await PDFDocument.create({ updateMetadata: false });
  const ctx = doc.context;
  const uses = new Map<FaceKey, { use: FaceUse; ref: PDFRef; res: string }>();
  const useOf = (k: FaceKey): { use: FaceUse; ref: PDFRef; res: string } => {
    let u = uses.get(k);
    if (!u) {
      u = { use: new FaceUse(fonts.get(k)), ref: ctx.nextRef(), res: `F${uses.size + 1}` };
      uses.set(k, u);
    }
    return u;
  };
  const W = ptFromMm(model.page.widthMm);
  const H = ptFromMm(model.page.heightMm);
  for (const p of pages) {
    const page = doc.addPage([W, H]);
    let s = '0 g 0 G 0.5 w\n';
    let inText = false;
    let curFont = '';
    for (const op of p.ops) {
      if (op.kind === 'word') {
        const u = useOf(op.face);
        if (!inText) { s += 'BT\n'; inText = true; curFont = ''; }
        const f = `${u.res} ${num(op.size)}`;
        if (f !== curFont) { s += `/${f} Tf\n`; curFont = f; }
        s += `1 0 0 1 ${num(op.x)} ${num(op.y)} Tm <${u.use.hex(op.text)}> Tj\n`;
      }
    }
    if (inText) s += 'ET\n';
    for (const op of p.ops) {
      if (op.kind === 'line') s += `${num(op.x1)} ${num(op.y1)} m ${num(op.x2)} ${num(op.y2)} l S\n`;
    }
    const contentRef = ctx.register(ctx.flateStream(s));
    page.node.set(PDFName.of('Contents'), contentRef);
    for (const [, u] of uses) page.node.setFontDictionary(PDFName.of(u.res), u.ref);
  }
  for (const [, { use, ref }] of uses) {
    const face = use.face;
    const base = `${use.tag()}+${face.name}`;
    const fontFile = ctx.register(ctx.flateStream(await use.encode()));
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
    const toUnicode = ctx.register(ctx.flateStream(use.toUnicodeCMap()));
    ctx.assign(ref, ctx.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: base, Encoding: 'Identity-H', DescendantFonts: [cid], ToUnicode: toUnicode }));
  }
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

export function fixedDate(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`document date must be YYYY-MM-DD, got "${iso}"`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
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
