/**
 * A realistic corpus for the bench: every methodology's bundled packages (the valid one and the
 * package of each one-violation case, test/cases/), with session files inlined, varied servant by servant.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { PACKS } from '../src/acts/index.js';
import { casePath, caseText, listCases } from '../src/package/cases.js';

export interface Sample {
  methodology: string;
  data: Record<string, unknown>;
}

export function bundledSamples(root = '.'): Sample[] {
  const out: Sample[] = [];
  for (const pack of PACKS) {
    const texts: Array<{ file: string; text: string }> = [];
    const valid = join(root, 'samples', pack.id, 'valid.yaml');
    if (existsSync(valid)) texts.push({ file: valid, text: readFileSync(valid, 'utf8') });
    for (const c of listCases(pack.id, root)) texts.push({ file: join(root, casePath(c)), text: caseText(c, root) });
    for (const { file, text } of texts) {
      const data = parse(text) as Record<string, unknown>;
      const s = data['session'] as { ref?: string } | undefined;
      if (s && typeof s.ref === 'string') {
        const p = resolve(dirname(file), s.ref);
        if (existsSync(p)) data['session'] = parse(readFileSync(p, 'utf8'));
      }
      out.push({ methodology: pack.id, data });
    }
  }
  return out;
}

/** n packages cycling through the samples; each a fresh object with its own unit name. */
export function corpus(n: number, samples = bundledSamples()): Sample[] {
  if (samples.length === 0) throw new Error('no bundled samples to build the bench corpus from');
  const out: Sample[] = [];
  for (let i = 0; i < n; i++) {
    const s = samples[i % samples.length]!;
    const data = structuredClone(s.data);
    const servant = data['servant'] as Record<string, unknown> | undefined;
    if (servant) servant['unit'] = `${String(servant['unit'] ?? 'Бөлім')} №${i}`;
    out.push({ methodology: s.methodology, data });
  }
  return out;
}
