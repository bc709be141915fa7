/**
 * The PDF file format, as much of it as the writer needs: names, strings, arrays, dictionaries, streams and indirect
 * objects, serialised with a classic cross-reference table (ISO 32000-1 §7.3, §7.5). The layout of the bytes — one
 * entry a line, `[ a b ]`, objects in number order, the binary comment `%\x81\x81\x81\x81` — is pdf-lib 1.17's, the
 * library this replaced, so no document changed a byte (test/render/pdf-golden.test.ts holds their hashes).
 */

export class PdfName {
  constructor(readonly name: string) {
    if (!/^[A-Za-z0-9+._-]+$/.test(name)) throw new Error(`PDF name «${name}» needs escaping, which the writer does not do`);
  }
}
export class PdfRef {
  constructor(readonly n: number) {}
}
/** A literal string `( … )`, written as given: only ASCII without parentheses or backslashes (dates, language tags). */
export class PdfLiteral {
  constructor(readonly text: string) {
    if (!/^[\x20-\x7e]*$/.test(text) || /[()\\]/.test(text)) throw new Error(`PDF literal «${text}» needs escaping, which the writer does not do`);
  }
}
/** A hex string `< … >`: given as hex digits, or from text as UTF-16BE with its byte-order mark (titles, outlines). */
export class PdfHex {
  constructor(readonly hex: string) {}
  static fromText(text: string): PdfHex {
    let hex = 'FEFF';
    for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
    return new PdfHex(hex);
  }
}
export type PdfValue = number | boolean | null | PdfName | PdfRef | PdfLiteral | PdfHex | PdfDict | PdfValue[];
export class PdfDict {
  readonly entries = new Map<string, PdfValue>();
  constructor(init?: Record<string, PdfValue | undefined>) {
    if (init) for (const [k, v] of Object.entries(init)) if (v !== undefined) this.entries.set(k, v);
  }
  set(key: string, value: PdfValue): this {
    this.entries.set(key, value);
    return this;
  }
}
export class PdfStream {
  constructor(readonly dict: PdfDict, readonly bytes: Uint8Array) {}
}

export const name = (n: string): PdfName => new PdfName(n);

/** A number as PDF writes it: decimal, never in exponent notation. */
export function pdfNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`PDF number must be finite, got ${n}`);
  const s = String(n);
  if (!s.includes('e')) return s;
  return Math.abs(n) < 1 ? n.toFixed(20).replace(/0+$/, '') : BigInt(Math.round(n)).toString();
}

function valueText(v: PdfValue): string {
  if (typeof v === 'number') return pdfNumber(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v === null) return 'null';
  if (v instanceof PdfName) return `/${v.name}`;
  if (v instanceof PdfRef) return `${v.n} 0 R`;
  if (v instanceof PdfLiteral) return `(${v.text})`;
  if (v instanceof PdfHex) return `<${v.hex}>`;
  if (Array.isArray(v)) {
    let s = '[';
    for (const x of v) s += ` ${valueText(x)}`;
    return `${s} ]`;
  }
  let s = '<<\n';
  for (const [k, x] of v.entries) s += `/${k} ${valueText(x)}\n`;
  return `${s}>>`;
}

const ascii = (s: string): Uint8Array => {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
};

/** A PDF file being built: indirect objects by number, the trailer's Root, Info and ID. */
export class PdfFile {
  private readonly objects = new Map<number, PdfDict | PdfStream | PdfValue[]>();
  private last = 0;

  /** A new object number, to be assigned later. */
  ref(): PdfRef {
    return new PdfRef(++this.last);
  }
  assign(ref: PdfRef, obj: PdfDict | PdfStream | PdfValue[]): PdfRef {
    this.objects.set(ref.n, obj);
    return ref;
  }
  register(obj: PdfDict | PdfStream | PdfValue[]): PdfRef {
    return this.assign(this.ref(), obj);
  }

  /** The file's bytes: header, objects in number order, the cross-reference table, the trailer. */
  save(trailer: { root: PdfRef; info?: PdfRef; id?: PdfHex }): Uint8Array {
    const parts: Uint8Array[] = [];
    let size = 0;
    const push = (b: Uint8Array): void => { parts.push(b); size += b.length; };
    push(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x25, 0x81, 0x81, 0x81, 0x81, 0x0a, 0x0a]));
    const offsets: number[] = [];
    for (const n of [...this.objects.keys()].sort((a, b) => a - b)) {
      if (n !== offsets.length + 1) throw new Error(`PDF object ${offsets.length + 1} was allocated but never written`);
      offsets.push(size);
      const obj = this.objects.get(n) as PdfDict | PdfStream | PdfValue[];
      if (obj instanceof PdfStream) {
        obj.dict.set('Length', obj.bytes.length);
        push(ascii(`${n} 0 obj\n${valueText(obj.dict)}\nstream\n`));
        push(obj.bytes);
        push(ascii('\nendstream\nendobj\n\n'));
      } else push(ascii(`${n} 0 obj\n${valueText(obj)}\nendobj\n\n`));
    }
    if (offsets.length !== this.last) throw new Error(`PDF object ${offsets.length + 1} was allocated but never written`);
    const xrefAt = size;
    let xref = `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n`;
    for (const o of offsets) xref += `${String(o).padStart(10, '0')} 00000 n \n`;
    const t = new PdfDict({ Size: offsets.length + 1, Root: trailer.root, Info: trailer.info, ID: trailer.id ? [trailer.id, trailer.id] : undefined });
    push(ascii(`${xref}\ntrailer\n${valueText(t)}\n\nstartxref\n${xrefAt}\n%%EOF`));
    const out = new Uint8Array(size);
    let at = 0;
    for (const p of parts) { out.set(p, at); at += p.length; }
    return out;
  }
}
