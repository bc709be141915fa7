/**
 * The twins of the draft engine's Unicode-property RegExps (src/draft/narrow-regexp.ts): each range
 * list is the running Node's own property class inside the alphabet, each twin matches what its
 * original matches — atom by atom on every character of the alphabet, and as a whole on every line
 * of the bundled drafts and acts — and a text with a character outside the alphabet takes the original.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALPHABET, narrowSource, PROPERTY_RANGES, PROPERTY_REGEXPS, PropertyRegExp } from '../../src/draft/narrow-regexp.js';
// Every module that makes twins, so that the registry holds them all.
import '../../src/draft/check.js';
import '../../src/draft/import.js';

/** Every character of the alphabet (one UTF-16 unit each: the alphabet is inside the BMP, without surrogates). */
const ALPHABET_CHARS: string[] = (() => {
  const out: string[] = [];
  for (const m of ALPHABET.matchAll(/\\u([0-9A-F]{4})-\\u([0-9A-F]{4})/g)) {
    for (let c = parseInt(m[1] as string, 16); c <= parseInt(m[2] as string, 16); c++) out.push(String.fromCharCode(c));
  }
  return out;
})();

const hex = (c: number): string => `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;
/** A property's class inside the alphabet, computed with the running Node's own `\p{…}`. */
function rangesOf(name: string): string {
  const re = new RegExp(`^\\p{${name}}$`, 'u');
  let out = '';
  let start = -1;
  let prev = -2;
  const flush = (): void => {
    if (start >= 0) out += start === prev ? hex(start) : `${hex(start)}-${hex(prev)}`;
  };
  for (const ch of ALPHABET_CHARS) {
    const c = ch.charCodeAt(0);
    if (!re.test(ch)) continue;
    if (c !== prev + 1) {
      flush();
      start = c;
    }
    prev = c;
  }
  flush();
  return out;
}

/** Characters of the alphabet on which two class atoms (with the RegExp's flags) disagree. */
function disagreements(full: string, narrow: string, flags: string): string[] {
  const f = new RegExp(`^(?:${full})$`, flags.replace('g', ''));
  const n = new RegExp(`^(?:${narrow})$`, flags.replace('g', ''));
  return ALPHABET_CHARS.filter((ch) => f.test(ch) !== n.test(ch)).map((ch) => hex(ch.charCodeAt(0)));
}

const ROOT = join(import.meta.dirname, '../..');
/** Every line of the bundled drafts and of the acts (the texts the twins meet). */
const LINES: string[] = [
  ...readdirSync(join(ROOT, 'samples/drafts')).filter((f) => f.endsWith('.md')).map((f) => join(ROOT, 'samples/drafts', f)),
  ...readdirSync(join(ROOT, 'samples/drafts/published')).map((f) => join(ROOT, 'samples/drafts/published', f)),
  ...readdirSync(join(ROOT, 'test/draft/cases')).filter((f) => f.endsWith('.md')).map((f) => join(ROOT, 'test/draft/cases', f)),
].flatMap((f) => readFileSync(f, 'utf8').split('\n'));

/** What a RegExp finds in a text, whatever its kind (all matches with their groups and places). */
function run(re: RegExp, text: string): unknown {
  if (re.global) return [...text.matchAll(re)].map((m) => [m.index, ...m]);
  const m = re.exec(text);
  return m && [m.index, ...m];
}

describe('property ranges', () => {
  it('each range list is the property class of the running Node inside the alphabet', () => {
    for (const [name, ranges] of Object.entries(PROPERTY_RANGES)) {
      expect(ranges, `PROPERTY_RANGES.${name} should be '${rangesOf(name).replace(/\\/g, '\\\\')}'`).toBe(rangesOf(name));
    }
  });
  it('a range list one letter short is caught', () => {
    const short = PROPERTY_RANGES['L']?.replace('\\u0041-\\u005A', '\\u0041-\\u0059') as string;
    expect(disagreements('\\p{L}', `[${short}]`, 'u')).toEqual(['\\u005A']);
  });
});

describe('twins', () => {
  it('the draft engine makes its property RegExps as twins', () => {
    expect(PROPERTY_REGEXPS.length).toBeGreaterThanOrEqual(18);
  });
  it('a twin is made from the source as written: flags, groups and escapes kept', () => {
    const t = new PropertyRegExp(String.raw`(\d+)-(\p{L}+)\.`, 'gu');
    PROPERTY_REGEXPS.pop();
    expect(t.full.source).toBe(String.raw`(\d+)-(\p{L}+)\.`);
    expect(t.full.flags).toBe('gu');
    expect(t.narrow.flags).toBe('gu');
    expect([...'5-тармақ. 6-x.'.matchAll(t.for('5-тармақ. 6-x.'))].map((m) => [m[1], m[2]])).toEqual([['5', 'тармақ'], ['6', 'x']]);
  });
  it('each atom of each twin matches what the original atom matches, character by character', () => {
    for (const t of PROPERTY_REGEXPS) {
      expect(t.atoms.length, t.full.source).toBeGreaterThan(0);
      expect(t.narrow.source).not.toMatch(/\\p\{/);
      for (const a of t.atoms) expect(disagreements(a.full, a.narrow, t.full.flags), `${a.full} in ${t.full}`).toEqual([]);
    }
  });
  it('each twin, where it is taken, finds what its original finds on every line of the bundled drafts and acts', () => {
    let narrow = 0;
    for (const t of PROPERTY_REGEXPS) {
      for (const line of LINES) {
        const picked = t.for(line);
        if (picked === t.narrow) narrow++;
        expect(run(picked, line), `${t.full} on «${line.slice(0, 80)}»`).toEqual(run(t.full, line));
      }
    }
    expect(narrow).toBeGreaterThan(0);
  });
  it('a text with a character outside the alphabet takes the original', () => {
    const t = new PropertyRegExp(String.raw`\p{L}+`, 'u');
    PROPERTY_REGEXPS.pop();
    expect(t.for('Ескерту №5 «а» – б')).toBe(t.narrow);
    // Act 003 prints a Devanagari «र» inside «Ескеरту»: outside the alphabet, where the twin would be wrong.
    expect(t.for('Ескеरту')).toBe(t.full);
    expect(t.exec('Ескеरту')?.[0]).toBe('Ескеरту');
    expect(t.narrow.exec('Ескеरту')?.[0]).toBe('Еске');
    // the two characters whose properties differ between the Unicode versions of the Node releases we run on
    expect(t.for('ʕ')).toBe(t.full);
    expect(t.for('\u20C1')).toBe(t.full);
    expect(t.for('ʔ')).toBe(t.narrow);
    expect(t.for('𝐀')).toBe(t.full);
    expect(t.for('\uD835')).toBe(t.full);
  });
  it('sources: a property inside a class becomes ranges, outside one a class; an unknown property is refused', () => {
    const n = narrowSource('(?<![\\p{L}\\d])\\p{N}+\\[\\p{L}');
    expect(n.source).toBe(`(?<![${PROPERTY_RANGES['L']}\\d])[${PROPERTY_RANGES['N']}]+\\[[${PROPERTY_RANGES['L']}]`);
    expect(n.atoms.map((a) => a.full)).toEqual(['[\\p{L}\\d]', '\\p{N}', '\\p{L}']);
    expect(() => narrowSource('\\p{Lo}')).toThrow(/PROPERTY_RANGES/);
    expect(() => narrowSource('\\P{L}')).toThrow(/not supported/);
  });
});
