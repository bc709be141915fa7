/**
 * jsonTooDeepAt skips strings by indexOf (src/package/bounded.ts). It must answer what the former loop over every
 * character answered (kept here), for any text: brackets in strings, escaped quotes and backslashes, unclosed strings.
 */
import { describe, expect, it } from 'vitest';
import { jsonTooDeepAt } from '../../src/package/bounded.js';

function formerTooDeepAt(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return -1;
}

describe('the depth of a JSON text, strings skipped by indexOf', () => {
  it('is what a loop over every character finds, for 100,000 random texts of brackets, quotes and backslashes', () => {
    let seed = 14;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % n;
    const alphabet = ['[', ']', '{', '}', '"', '\\', '\\\\', '\\"', 'a', ' ', 'ә'];
    const differ: string[] = [];
    for (let k = 0; k < 100_000; k++) {
      const text = Array.from({ length: rnd(40) }, () => alphabet[rnd(alphabet.length)]).join('');
      for (const limit of [0, 1, 3]) if (jsonTooDeepAt(text, limit) !== formerTooDeepAt(text, limit)) differ.push(`${JSON.stringify(text)} ${limit}`);
    }
    expect(differ.slice(0, 10)).toEqual([]);
  });

  it('finds the bracket past the limit, not one in a string', () => {
    expect(jsonTooDeepAt('[["[[[\\"[["]]', 2)).toBe(-1);
    expect(jsonTooDeepAt('[["\\\\"[]]', 2)).toBe(6);
    expect(jsonTooDeepAt('["\\\\\\"[[[', 1)).toBe(-1);
  });
});
