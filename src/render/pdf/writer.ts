/**
 * Document model → PDF bytes (objects.ts writes the file). Fonts are embedded as Type0 / CIDFontType2,
 * Identity-H, subset with a ToUnicode map, so that text goes through the cmap directly (font.ts).
 * Deterministic: no producer or dates from the clock, subset tags derived from the glyph set.
 */
import { ByteWriter, PdfDict, PdfFile, PdfHex, PdfLiteral, PdfStream, name } from './objects.js';
import type { PdfRef, PdfValue } from './objects.js';
import { strToU8, zlibSync } from 'fflate';
import type { DocumentModel } from '../model.js';
import { fixedDate } from '../format-rules.js';
import { FaceUse, fontSet, prebuiltDeflate } from './font.js';
import type { FaceKey, FontBytes, GlyphEncoder } from './font.js';
import { layout } from './layout.js';
import { keep } from '../cache.js';
import type { DeflatedProgram, RenderCache } from '../cache.js';
import type { LaidPage } from './layout.js';

export async function modelToPdf(model: DocumentModel, fontBytes: FontBytes, cache?: RenderCache): Promise<Uint8Array> {
  const fonts = fontSet(fontBytes);
  const pages = layout(model, fonts, cache);
  const file = new PdfFile();
  // the page tree and the catalog come first (objects 1 and 2), as they did when pdf-lib wrote the file
  const kids: PdfRef[] = [];
  const pageTree = new PdfDict({ Type: name('Pages'), Kids: kids, Count: 0 });
  const pageTreeRef = file.register(pageTree);
  const catalog = new PdfDict({ Type: name('Catalog'), Pages: pageTreeRef });
  const root = file.register(catalog);
  // one encoder per face: the shared standard subset when every word fits it, else a subset of this document
  const words = new Map<FaceKey, boolean>();
  for (const p of pages) for (const op of p.ops) {
    if (op.kind !== 'word') continue;
    const std = fonts.get(op.face).isStandard(op.text);
    words.set(op.face, (words.get(op.face) ?? true) && std);
  }
  const uses = new Map<FaceKey, { use: GlyphEncoder; ref: PdfRef; res: string }>();
  for (const [k, std] of words) {
    const face = fonts.get(k);
    uses.set(k, { use: std ? await face.standard() : new FaceUse(face), ref: file.ref(), res: `F${uses.size + 1}` });
  }
  const useOf = (k: FaceKey): { use: GlyphEncoder; ref: PdfRef; res: string } => {
    const u = uses.get(k);
    if (!u) throw new Error(`face ${k} not prepared`);
    return u;
  };
  const pageRefs: PdfRef[] = [];
  const content = new ByteWriter();
  for (const p of pages) {
    const page = new PdfDict({ Type: name('Page'), Parent: pageTreeRef, Resources: new PdfDict(), MediaBox: [0, 0, p.width, p.height] });
    const pageRef = file.register(page);
    pageRefs.push(pageRef);
    kids.push(pageRef);
    const s = content;
    s.length = 0;
    s.ascii('0 g 0 G 0.5 w\n');
    let inText = false;
    let curRes = '';
    let curSize = NaN;
    for (const op of p.ops) {
      if (op.kind === 'word') {
        const u = useOf(op.face);
        if (!inText) { s.ascii('BT\n'); inText = true; curRes = ''; }
        // the font changes when its resource or its size as written (hundredths) does
        const size = Math.round(op.size * 100);
        if (u.res !== curRes || size !== curSize) { s.byte(0x2f).ascii(u.res).byte(0x20).hundredths(op.size).ascii(' Tf\n'); curRes = u.res; curSize = size; }
        // a space that follows the word is drawn with it (each word is placed on its own, so it moves nothing): a
        // reader's tool then finds the spaces in the text instead of guessing them from the gaps, which ran the
        // letters of the act's spaced-out words together («Ш Е Ш І М … Д А У» read «ДАУ», «а л а д ы ;» «ады;»)
        s.ascii('1 0 0 1 ').hundredths(op.x).byte(0x20).hundredths(op.y).ascii(' Tm <').ascii(u.use.hex(op.text));
        if (op.space) s.ascii(u.use.hex(' '));
        s.ascii('> Tj\n');
      }
    }
    if (inText) s.ascii('ET\n');
    for (const op of p.ops) {
      if (op.kind === 'line') s.hundredths(op.x1).byte(0x20).hundredths(op.y1).ascii(' m ').hundredths(op.x2).byte(0x20).hundredths(op.y2).ascii(' l S\n');
    }
    const contentRef = file.register(flate(s.view()));
    if (uses.size === 0) page.set('Contents', contentRef);
    else {
      const fontDict = new PdfDict();
      for (const [, u] of uses) fontDict.set(u.res, u.ref);
      page.set('Resources', new PdfDict({ Font: fontDict, XObject: new PdfDict(), ExtGState: new PdfDict() }));
      page.set('Contents', [contentRef]);
      page.set('Annots', []);
    }
  }
  pageTree.set('Count', kids.length);
  for (const [, { use, ref }] of uses) {
    const face = use.face;
    const base = `${use.tag()}+${face.name}`;
    const pre = use.deflated?.();
    const program = pre ? { length: pre.programLength, deflated: pre.program } : await deflatedProgram(use, cache);
    const fontFile = file.register(new PdfStream(new PdfDict({ Filter: name('FlateDecode'), Length1: program.length }), program.deflated));
    const bbox = face.font.bbox;
    const sc = face.scale;
    const descriptor = file.register(new PdfDict({
      Type: name('FontDescriptor'),
      FontName: name(base),
      Flags: 6, // symbolic + serif: a subset with its own encoding
      FontBBox: [bbox.minX * sc, bbox.minY * sc, bbox.maxX * sc, bbox.maxY * sc].map(Math.round),
      ItalicAngle: face.font.italicAngle,
      Ascent: Math.round(face.ascent),
      Descent: Math.round(face.descent),
      CapHeight: Math.round((face.font.capHeight || face.font.ascent) * sc),
      StemV: 0,
      FontFile2: fontFile,
    }));
    const cid = file.register(new PdfDict({
      Type: name('Font'),
      Subtype: name('CIDFontType2'),
      BaseFont: name(base),
      CIDToGIDMap: name('Identity'),
      CIDSystemInfo: new PdfDict({ Registry: new PdfLiteral('Adobe'), Ordering: new PdfLiteral('Identity'), Supplement: 0 }),
      FontDescriptor: descriptor,
      W: [0, use.widths.map((w) => w)],
    }));
    const toUnicode = file.register(pre ? new PdfStream(new PdfDict({ Filter: name('FlateDecode') }), pre.cmap) : flateText(use.toUnicodeCMap()));
    file.assign(ref, new PdfDict({ Type: name('Font'), Subtype: name('Type0'), BaseFont: name(base), Encoding: name('Identity-H'), DescendantFonts: [cid], ToUnicode: toUnicode }));
  }
  writeOutline(file, catalog, pages, pageRefs);
  const date = pdfDate(fixedDate(model.meta.date));
  const info = file.register(new PdfDict({
    Title: PdfHex.fromText(model.meta.title),
    Subject: model.meta.subject ? PdfHex.fromText(model.meta.subject) : undefined,
    Author: model.meta.author ? PdfHex.fromText(model.meta.author) : undefined,
    Producer: PdfHex.fromText('bagalau'),
    Creator: PdfHex.fromText('bagalau'),
    CreationDate: date,
    ModDate: date,
  }));
  // the title, not the file name, in the viewer's title bar
  catalog.set('ViewerPreferences', file.register(new PdfDict({ DisplayDocTitle: true })));
  catalog.set('Lang', new PdfLiteral(model.meta.language));
  // a fixed document ID from the title and date keeps the bytes stable
  const id = new PdfHex(hashHex(`${model.meta.title}|${model.meta.date}|${pages.length}`));
  return file.save({ root, info, id });
}

const pdfDate = (d: Date): PdfLiteral => new PdfLiteral(`D:${d.toISOString().slice(0, 19).replace(/[-:T]/g, '')}Z`);

/**
 * The outline (bookmarks) from the navigation headings: level-1 entries (appendix captions, document titles)
 * with their chapters under them, each opening its page at the heading. None when the document has no heading.
 */
function writeOutline(file: PdfFile, catalog: PdfDict, pages: LaidPage[], pageRefs: PdfRef[]): void {
  interface Item { title: string; page: PdfRef; y: number; children: Item[]; ref: PdfRef }
  const roots: Item[] = [];
  pages.forEach((p, i) => {
    for (const m of p.marks) {
      const item: Item = { title: m.title, page: pageRefs[i] as PdfRef, y: m.y, children: [], ref: file.ref() };
      const parent = roots[roots.length - 1];
      if (m.level === 2 && parent) parent.children.push(item);
      else roots.push(item);
    }
  });
  if (roots.length === 0) return;
  const outlines = file.ref();
  const count = (items: Item[]): number => items.reduce((a, it) => a + 1 + count(it.children), 0);
  const emit = (items: Item[], parent: PdfRef): void => {
    items.forEach((it, k) => {
      const dict = new PdfDict({ Parent: parent, Dest: [it.page, name('XYZ'), null, Math.round(it.y * 100) / 100, null] as PdfValue[], Title: PdfHex.fromText(it.title) });
      const prev = items[k - 1];
      const next = items[k + 1];
      if (prev) dict.set('Prev', prev.ref);
      if (next) dict.set('Next', next.ref);
      const first = it.children[0];
      const last = it.children[it.children.length - 1];
      if (first && last) {
        dict.set('First', first.ref);
        dict.set('Last', last.ref);
        dict.set('Count', count(it.children));
      }
      file.assign(it.ref, dict);
      emit(it.children, it.ref);
    });
  };
  emit(roots, outlines);
  file.assign(outlines, new PdfDict({ Type: name('Outlines'), First: (roots[0] as Item).ref, Last: (roots[roots.length - 1] as Item).ref, Count: count(roots) }));
  catalog.set('Outlines', outlines);
  catalog.set('PageMode', name('UseOutlines'));
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
/** A page's content: fast beats small. */
function flate(bytes: Uint8Array): PdfStream {
  return new PdfStream(new PdfDict({ Filter: name('FlateDecode') }), zlibSync(bytes, { level: 1 }));
}

/**
 * A subset's font program, deflated: the standard subset built at run time once per face (the same bytes object each
 * time), a document's own subset once per batch when a cache is given (the same glyphs asked in the same order make
 * the same program), else encoded and deflated for this document.
 */
async function deflatedProgram(use: GlyphEncoder, cache: RenderCache | undefined): Promise<DeflatedProgram> {
  const key = use.subsetKey?.();
  const byFace = key !== undefined ? cache?.fontPrograms.get(use.face) : undefined;
  const hit = key !== undefined ? byFace?.get(key) : undefined;
  if (hit) return hit;
  const bytes = await use.fontProgram();
  let z = deflated.get(bytes);
  if (!z) {
    z = prebuiltDeflate(bytes) ?? zlibSync(bytes, { level: 6 });
    if (key === undefined) deflated.set(bytes, z);
  }
  const program = { length: bytes.length, deflated: z };
  if (cache && key !== undefined) keep(byFace ?? keep(cache.fontPrograms, use.face, new Map()), key, program);
  return program;
}

function flateText(text: string): PdfStream {
  let z = deflatedText.get(text);
  if (!z) {
    const bytes = strToU8(text);
    z = prebuiltDeflate(bytes) ?? zlibSync(bytes, { level: 6 });
    if (deflatedText.size > 64) deflatedText.clear();
    deflatedText.set(text, z);
  }
  return new PdfStream(new PdfDict({ Filter: name('FlateDecode') }), z);
}
