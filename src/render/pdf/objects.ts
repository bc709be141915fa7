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

/**
 * Bytes being written: one growing buffer instead of strings joined and encoded, for the content streams and the
 * file (issue 14: a one-page form spent a tenth of its time building, flattening and encoding strings). Text given
 * to `ascii` is written one byte per UTF-16 unit (only ASCII is given); numbers are written digit by digit.
 */
export class ByteWriter {
  private buf: Uint8Array;
  length = 0;

  constructor(size = 1 << 15) {
    this.buf = new Uint8Array(size);
  }

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.length));
    this.buf = b;
  }

  ascii(s: string): this {
    const n = s.length;
    this.room(n);
    const b = this.buf;
    let at = this.length;
    for (let i = 0; i < n; i++) b[at++] = s.charCodeAt(i);
    this.length = at;
    return this;
  }

  byte(c: number): this {
    this.room(1);
    this.buf[this.length++] = c;
    return this;
  }

  bytes(x: Uint8Array): this {
    this.room(x.length);
    this.buf.set(x, this.length);
    this.length += x.length;
    return this;
  }

  /** A safe integer in decimal, as `String(k)` writes it (`-0` as `0`), at least `width` digits (zeros in front). */
  int(k: number, width = 1): this {
    this.room(20 + width);
    const b = this.buf;
    let at = this.length;
    if (k < 0) { b[at++] = 0x2d; k = -k; }
    let n = 1;
    for (let t = k; t >= 10; t = Math.floor(t / 10)) n++;
    for (; n < width; width--) b[at++] = 0x30;
    const end = at + n;
    at = end;
    do {
      const q = Math.floor(k / 10);
      b[--at] = 0x30 + (k - q * 10);
      k = q;
    } while (k > 0);
    this.length = end;
    return this;
  }

  /**
   * `n` rounded to hundredths, as `String(Math.round(n * 100) / 100)` writes it: for |n| below 10¹³ a double
   * k/100 prints as k's digits with the point put back and trailing zeros dropped (test/render/pdf-bytes.test.ts
   * compares the two); anything else is written by `String` itself.
   */
  hundredths(n: number): this {
    const k = Math.round(n * 100);
    if (!(Math.abs(k) < 1e15)) return this.ascii(String(k / 100));
    if (k === 0) return this.byte(0x30);
    const a = k < 0 ? -k : k;
    const whole = Math.floor(a / 100);
    const f = a - whole * 100;
    if (k < 0) this.byte(0x2d);
    this.int(whole);
    if (f === 0) return this;
    this.room(3);
    const b = this.buf;
    let at = this.length;
    b[at++] = 0x2e;
    const tens = Math.floor(f / 10);
    b[at++] = 0x30 + tens;
    if (f !== tens * 10) b[at++] = 0x30 + (f - tens * 10);
    this.length = at;
    return this;
  }

  /** The bytes written so far (a view: valid until the next write). */
  view(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}

function writeValue(w: ByteWriter, v: PdfValue): void {
  if (typeof v === 'number') {
    if (Number.isInteger(v) && Math.abs(v) < 1e15) w.int(v);
    else w.ascii(pdfNumber(v));
  } else if (typeof v === 'boolean') w.ascii(v ? 'true' : 'false');
  else if (v === null) w.ascii('null');
  else if (v instanceof PdfName) w.byte(0x2f).ascii(v.name);
  else if (v instanceof PdfRef) w.int(v.n).ascii(' 0 R');
  else if (v instanceof PdfLiteral) w.byte(0x28).ascii(v.text).byte(0x29);
  else if (v instanceof PdfHex) w.byte(0x3c).ascii(v.hex).byte(0x3e);
  else if (Array.isArray(v)) {
    w.byte(0x5b);
    for (const x of v) {
      w.byte(0x20);
      writeValue(w, x);
    }
    w.ascii(' ]');
  } else {
    w.ascii('<<\n');
    for (const [k, x] of v.entries) {
      w.byte(0x2f).ascii(k).byte(0x20);
      writeValue(w, x);
      w.byte(0x0a);
    }
    w.ascii('>>');
  }
}

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
    let size = 16;
    for (const obj of this.objects.values()) if (obj instanceof PdfStream) size += obj.bytes.length;
    const w = new ByteWriter(size + 256 * (this.objects.size + 4));
    w.bytes(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x25, 0x81, 0x81, 0x81, 0x81, 0x0a, 0x0a]));
    const offsets: number[] = [];
    for (const n of [...this.objects.keys()].sort((a, b) => a - b)) {
      if (n !== offsets.length + 1) throw new Error(`PDF object ${offsets.length + 1} was allocated but never written`);
      offsets.push(w.length);
      const obj = this.objects.get(n) as PdfDict | PdfStream | PdfValue[];
      w.int(n).ascii(' 0 obj\n');
      if (obj instanceof PdfStream) {
        obj.dict.set('Length', obj.bytes.length);
        writeValue(w, obj.dict);
        w.ascii('\nstream\n').bytes(obj.bytes).ascii('\nendstream\nendobj\n\n');
      } else {
        writeValue(w, obj);
        w.ascii('\nendobj\n\n');
      }
    }
    if (offsets.length !== this.last) throw new Error(`PDF object ${offsets.length + 1} was allocated but never written`);
    const xrefAt = w.length;
    w.ascii('xref\n0 ').int(offsets.length + 1).ascii('\n0000000000 65535 f \n');
    for (const o of offsets) w.int(o, 10).ascii(' 00000 n \n');
    const t = new PdfDict({ Size: offsets.length + 1, Root: trailer.root, Info: trailer.info, ID: trailer.id ? [trailer.id, trailer.id] : undefined });
    w.ascii('\ntrailer\n');
    writeValue(w, t);
    w.ascii('\n\nstartxref\n').int(xrefAt).ascii('\n%%EOF');
    return w.view().slice();
  }
}
