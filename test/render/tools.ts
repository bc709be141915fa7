/** Helpers of the reader-level render tests: external tools that must exist, PNG decoding, image comparison. */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

const INSTALL = 'apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation2 poppler-utils qpdf';

/** Throw (never skip) when a tool the reader-level tests need is missing. */
export function requireTools(tools: string[]): void {
  for (const t of tools) {
    const r = spawnSync('sh', ['-c', `command -v ${t}`]);
    if (r.status !== 0) throw new Error(`render tests need "${t}" on PATH; install with: ${INSTALL}`);
  }
}

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

export function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

export interface Gray { width: number; height: number; data: Uint8Array }

/** Decode an 8-bit grayscale or RGB PNG (what pdftoppm writes) into gray pixels. */
export function decodePng(bytes: Uint8Array): Gray {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 8;
  let width = 0, height = 0, colorType = 0, bitDepth = 0;
  const idat: Uint8Array[] = [];
  while (pos < bytes.length) {
    const len = dv.getUint32(pos);
    const type = String.fromCharCode(...bytes.subarray(pos + 4, pos + 8));
    const body = bytes.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      const h = new DataView(body.buffer, body.byteOffset, body.byteLength);
      width = h.getUint32(0); height = h.getUint32(4); bitDepth = body[8] ?? 0; colorType = body[9] ?? 0;
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    pos += 12 + len;
  }
  if (bitDepth !== 8 || (colorType !== 0 && colorType !== 2)) throw new Error(`unsupported PNG (depth ${bitDepth}, colour type ${colorType})`);
  const bpp = colorType === 2 ? 3 : 1;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)] ?? 0;
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[y * stride + x - bpp] ?? 0 : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] ?? 0 : 0;
      const c = x >= bpp && y > 0 ? out[(y - 1) * stride + x - bpp] ?? 0 : 0;
      let v = src[x] ?? 0;
      if (f === 1) v += a;
      else if (f === 2) v += b;
      else if (f === 3) v += (a + b) >> 1;
      else if (f === 4) { const p = a + b - c; const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c); v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c; }
      out[y * stride + x] = v & 255;
    }
  }
  if (bpp === 1) return { width, height, data: out };
  const g = new Uint8Array(width * height);
  for (let i = 0; i < g.length; i++) g[i] = Math.round(((out[i * 3] ?? 0) + (out[i * 3 + 1] ?? 0) + (out[i * 3 + 2] ?? 0)) / 3);
  return { width, height, data: g };
}

export function readPng(file: string): Gray {
  return decodePng(new Uint8Array(readFileSync(file)));
}

/**
 * Compare two rasters: pixels whose grey level differs by more than `level` count as different.
 * Antialiasing noise moves edges by a few grey levels; a missing dot of «і» or a missing «Қ» flips
 * whole dark pixels, which is what the count sees.
 */
export function diffPixels(a: Gray, b: Gray, level = 48): number {
  if (a.width !== b.width || a.height !== b.height) return Number.POSITIVE_INFINITY;
  let n = 0;
  for (let i = 0; i < a.data.length; i++) if (Math.abs((a.data[i] ?? 0) - (b.data[i] ?? 0)) > level) n++;
  return n;
}

/** The CLI tests run the built CLI: rebuilt only when a source is newer (test/built.ts). */
export { buildIfStale as ensureBuilt } from '../built.js';
