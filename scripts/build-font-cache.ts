/**
 * Part of `npm run build`: the standard subsets of the four Tinos faces (src/render/pdf/font.ts), deflated once,
 * written to dist/src/cli/generated/standard-fonts.json (and beside the bundle by build-bundle.ts). The CLI hands
 * them to the PDF writer (`providePrebuiltPrograms`), so a render does not compress ~120 KB of font programs at
 * start-up. The same compression the writer would do (fflate, level 6): the PDF bytes do not depend on the cache
 * (test/render/prebuilt-fonts.test.ts). Deterministic: same fonts, same file.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zlibSync } from 'fflate';
import { tinosFonts } from '../src/cli/render.js';
import { faceFingerprint, fontSet, programKey, StandardSubset } from '../src/render/pdf/font.js';
import type { FaceKey } from '../src/render/pdf/font.js';
import type { StandardEntry } from '../src/cli/render.js';

export const FONT_CACHE_FILE = 'standard-fonts.json';

/**
 * The cache's content: `entries`, [programKey, base64 of the deflated bytes] for each face's font program and
 * ToUnicode map; and `standard`, each face's whole standard subset keyed by `faceFingerprint` of the face's file.
 */
export async function fontCache(): Promise<{ entries: [string, string][]; standard: [string, StandardEntry][] }> {
  // the faces without a cache an earlier build wrote: this makes the cache
  const set = fontSet(tinosFonts());
  const entries: [string, string][] = [];
  const standard: [string, StandardEntry][] = [];
  for (const key of ['regular', 'bold', 'italic', 'boldItalic'] as FaceKey[]) {
    const face = set.get(key);
    const subset = await face.standard();
    if (!(subset instanceof StandardSubset)) throw new Error('build-font-cache: a prebuilt subset was given to the build');
    // the font program and its ToUnicode map: the two streams of a face that are the same in every document
    const program = await subset.fontProgram();
    const cmap = strToU8(subset.toUnicodeCMap());
    const [zProgram, zCmap] = [program, cmap].map((bytes) => Buffer.from(zlibSync(bytes, { level: 6 })).toString('base64')) as [string, string];
    entries.push([programKey(program), zProgram], [programKey(cmap), zCmap]);
    standard.push([faceFingerprint(face.font.bytes), { codes: subset.codes(), widths: subset.widths, tag: subset.tag(), program: zProgram, programLength: program.length, cmap: zCmap }]);
  }
  return { entries, standard };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let root = dirname(fileURLToPath(import.meta.url));
  while (!root.endsWith('/dist') && root !== '/') root = dirname(root);
  const dir = join(root, 'src', 'cli', 'generated');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, FONT_CACHE_FILE);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(await fontCache())}\n`);
  renameSync(`${file}.tmp`, file);
  console.log(`font cache: 4 standard subsets (font program and ToUnicode map) deflated in ${file}`);
}
