/**
 * The one text normaliser every test that looks for a pack's words in its act uses. The published acts
 * (../shared/acts/) break lines inside sentences, mix «», “” and "", write dashes as hyphens, en dashes
 * or minus signs, and carry a few HTML tags (<p> in sjc-apparatus App. 5, <br> in the 2018 family's
 * tables); a quote typed from the act is found in it once both are folded the same way. Nothing else is
 * forgiven: a changed letter, a dropped word or a reordered phrase is still not found.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pack } from '../../src/acts/pack.js';

/** HTML tags out, quotation marks and apostrophes unified, every dash a hyphen, white space one space. */
export const normalise = (s: string): string =>
  s
    .replace(/<\/?[a-zA-Z][^<>]*>/g, ' ')
    .replace(/[«»“”„"]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/** The normalised text without any white space: for letter-spaced words («а л а д ы») and words a table cell wraps. */
export const squash = (s: string): string => normalise(s).replace(/[\s•]/g, '');

/** The act file of a pack, as published (the shared acts lie beside the clone, ../shared/acts/). */
export function actFile(source: string): string {
  for (const base of ['../shared/acts', '/work/shared/acts']) {
    const p = join(base, source);
    if (existsSync(p)) return p;
  }
  throw new Error(`act file ${source} not found under ../shared/acts/`);
}

/** The raw text of a pack's act (or of an act file by name). */
export const rawActText = (of: Pack | string): string => readFileSync(actFile(typeof of === 'string' ? of : of.act.source), 'utf8');

/** Is this text of the act? Found after normalising both, as written or (letter-spaced, wrapped) squashed. */
export function inActText(act: { normal: string; squashed: string }, s: string, opts: { ignoreCase?: boolean } = {}): boolean {
  const low = (x: string) => (opts.ignoreCase ? x.toLowerCase() : x);
  return low(act.normal).includes(low(normalise(s))) || low(act.squashed).includes(low(squash(s)));
}

const cache = new Map<string, { normal: string; squashed: string }>();
/** A pack's act, normalised and squashed (read once per test file). */
export function actOf(pack: Pack): { normal: string; squashed: string } {
  let a = cache.get(pack.act.source);
  if (!a) {
    const raw = rawActText(pack);
    a = { normal: normalise(raw), squashed: squash(raw) };
    cache.set(pack.act.source, a);
  }
  return a;
}
